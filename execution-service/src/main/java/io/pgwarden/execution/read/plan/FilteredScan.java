package io.pgwarden.execution.read.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A step of the plan that reads a whole table and keeps only the rows its filter matches: a "Seq Scan" node with a
 * "Filter", from EXPLAIN (FORMAT JSON, VERBOSE). VERBOSE is what makes this readable: it names the table's schema and
 * writes every column in the filter qualified by the scan's alias ({@code (o.customer_id = $1)}), so the filtered
 * columns are told apart from functions, literals and parameters without parsing SQL.
 *
 * @param schema          the table's schema
 * @param table           the table
 * @param columns         the table's columns the filter reads, in the order they appear
 * @param estimatedRows   rows the planner expects the filter to keep
 */
public record FilteredScan(String schema, String table, List<String> columns, double estimatedRows) {

    private static final String IDENTIFIER = "(?:\"((?:[^\"]|\"\")+)\"|([A-Za-z_][A-Za-z0-9_$]*))";
    // alias.column, not preceded by another identifier part (which would make it schema.function or similar).
    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w$.\"])" + IDENTIFIER + "\\." + IDENTIFIER + "(?![\\w$\"(])");
    private static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^']|'')*'");

    /** Every filtered full scan in the plan; {@code explain} is EXPLAIN's JSON array. */
    public static List<FilteredScan> in(JsonNode explain) {
        List<FilteredScan> scans = new ArrayList<>();
        Deque<JsonNode> pending = new ArrayDeque<>();
        explain.forEach(entry -> pending.add(entry.path("Plan")));
        while (!pending.isEmpty()) {
            JsonNode node = pending.poll();
            if ("Seq Scan".equals(node.path("Node Type").asText()) && node.hasNonNull("Filter")
                    && node.hasNonNull("Relation Name") && node.hasNonNull("Schema")) {
                List<String> columns = columnsOf(node.path("Filter").asText(),
                        node.path("Alias").asText(node.path("Relation Name").asText()));
                if (!columns.isEmpty()) {
                    scans.add(new FilteredScan(node.path("Schema").asText(), node.path("Relation Name").asText(),
                            columns, node.path("Plan Rows").asDouble()));
                }
            }
            node.path("Plans").forEach(pending::add);
        }
        return scans;
    }

    /** The columns qualified by {@code alias} in a VERBOSE filter, string literals left out. */
    static List<String> columnsOf(String filter, String alias) {
        String withoutLiterals = STRING_LITERAL.matcher(filter).replaceAll("''");
        Set<String> columns = new LinkedHashSet<>();
        Matcher matcher = QUALIFIED.matcher(withoutLiterals);
        while (matcher.find()) {
            String qualifier = unquoted(matcher.group(1), matcher.group(2));
            if (qualifier.equals(alias)) {
                columns.add(unquoted(matcher.group(3), matcher.group(4)));
            }
        }
        return List.copyOf(columns);
    }

    private static String unquoted(String quoted, String plain) {
        return quoted != null ? quoted.replace("\"\"", "\"") : plain;
    }
}
