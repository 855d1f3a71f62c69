package io.pgwarden.deploy.accuracy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Execution accuracy: the engine's rows match the gold rows when every gold column is found among the engine's
 * columns (the engine may show more, such as every column of a listed table or the name next to a grouped key)
 * and the rows are the same multiset over those columns. Row order counts only when the gold SQL orders its rows.
 * Numbers compare by value to 6 decimal places, everything else by its text.
 */
final class ResultSets {

    private ResultSets() {
    }

    static boolean match(List<List<Object>> engine, List<List<Object>> gold, boolean ordered) {
        if (engine.size() != gold.size()) {
            return false;
        }
        if (gold.isEmpty()) {
            return true;
        }
        List<List<String>> e = normalise(engine);
        List<List<String>> g = normalise(gold);
        int goldWidth = g.get(0).size();
        int engineWidth = e.get(0).size();
        if (engineWidth < goldWidth) {
            return false;
        }
        return assign(e, g, ordered, new int[goldWidth], new boolean[engineWidth], 0);
    }

    /** Tries each way of mapping gold columns to distinct engine columns with the same values. */
    private static boolean assign(List<List<String>> e, List<List<String>> g, boolean ordered, int[] mapping,
            boolean[] used, int goldColumn) {
        if (goldColumn == mapping.length) {
            return sameRows(e, g, ordered, mapping);
        }
        List<String> wanted = sortedColumn(g, goldColumn);
        for (int j = 0; j < used.length; j++) {
            if (!used[j] && sortedColumn(e, j).equals(wanted)) {
                used[j] = true;
                mapping[goldColumn] = j;
                if (assign(e, g, ordered, mapping, used, goldColumn + 1)) {
                    return true;
                }
                used[j] = false;
            }
        }
        return false;
    }

    private static boolean sameRows(List<List<String>> e, List<List<String>> g, boolean ordered, int[] mapping) {
        List<List<String>> projected = new ArrayList<>();
        for (List<String> row : e) {
            List<String> cut = new ArrayList<>();
            for (int j : mapping) {
                cut.add(row.get(j));
            }
            projected.add(cut);
        }
        if (ordered) {
            return projected.equals(g);
        }
        Map<List<String>, Integer> counts = new HashMap<>();
        projected.forEach(row -> counts.merge(row, 1, Integer::sum));
        for (List<String> row : g) {
            Integer left = counts.get(row);
            if (left == null || left == 0) {
                return false;
            }
            counts.put(row, left - 1);
        }
        return true;
    }

    private static List<String> sortedColumn(List<List<String>> rows, int column) {
        List<String> values = new ArrayList<>(rows.size());
        rows.forEach(row -> values.add(row.get(column)));
        values.sort(null);
        return values;
    }

    private static List<List<String>> normalise(List<List<Object>> rows) {
        List<List<String>> result = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            List<String> values = new ArrayList<>(row.size());
            for (Object value : row) {
                values.add(normalise(value));
            }
            result.add(values);
        }
        return result;
    }

    private static String normalise(Object value) {
        if (value == null) {
            return "<null>";
        }
        if (value instanceof Number number) {
            BigDecimal decimal = new BigDecimal(number.toString()).setScale(6, RoundingMode.HALF_UP);
            return decimal.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }
}
