package io.pgwarden.intent.domain.lexicon;

import io.pgwarden.contracts.schema.ColumnInfo;
import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.contracts.schema.TableInfo;
import io.pgwarden.intent.domain.lexicon.Meaning.ValueRef;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Other spellings of stored values: "CA" for a stored "California" and "California" for a stored "CA", from
 * built-in tables of US states and common countries (names, ISO 3166 alpha-2 and alpha-3 codes). A column gets
 * aliases only when its stored values are mostly of one table (a state column of codes or names, a country
 * column), so a state column's "CA" never turns into Canada; and an alias is left out when some column stores it
 * as it is, because a value the data holds always wins over a guess.
 */
final class ValueAliases {

    /**
     * One other spelling of a stored value.
     *
     * @param text  the spelling, as the table writes it ("CA", "California")
     * @param value the stored value it stands for
     */
    record Alias(String text, ValueRef value) {

        /** Codes ("CA", "DEU") are matched only as typed in capitals: "in", "or" and "me" are also words. */
        boolean isCode() {
            return text.length() <= 3 && text.chars().allMatch(c -> c >= 'A' && c <= 'Z');
        }
    }

    /** Each table: groups of spellings of one thing. */
    private static final List<List<List<String>>> TABLES = List.of(load("us-states.txt"), load("countries.txt"));

    private ValueAliases() {
    }

    static List<Alias> of(SchemaCatalog catalog) {
        Set<String> stored = new HashSet<>();
        for (TableInfo table : catalog.tables()) {
            for (ColumnInfo column : table.columns()) {
                column.values().forEach(v -> stored.add(lower(v)));
            }
        }
        List<Alias> aliases = new ArrayList<>();
        for (TableInfo table : catalog.tables()) {
            for (ColumnInfo column : table.columns()) {
                List<List<String>> kind = tableOf(column.values());
                if (kind == null) {
                    continue;
                }
                for (String value : column.values()) {
                    List<String> group = groupOf(kind, value);
                    if (group == null) {
                        continue;
                    }
                    for (String other : group) {
                        if (!stored.contains(lower(other))) {
                            aliases.add(new Alias(other, new ValueRef(table, column, value)));
                        }
                    }
                }
            }
        }
        return aliases;
    }

    /**
     * The table most of a column's values come from: at least two values (or all of them) must be found, and
     * strictly more than in any other table. Null when none fits.
     */
    private static List<List<String>> tableOf(List<String> values) {
        List<List<String>> best = null;
        int bestCount = 0;
        boolean tie = false;
        for (List<List<String>> table : TABLES) {
            int count = (int) values.stream().filter(v -> groupOf(table, v) != null).count();
            boolean enough = count >= 2 || count > 0 && count == values.size();
            if (enough && count > bestCount) {
                best = table;
                bestCount = count;
                tie = false;
            } else if (enough && count == bestCount) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private static List<String> groupOf(List<List<String>> table, String value) {
        String key = lower(value);
        for (List<String> group : table) {
            for (String spelling : group) {
                if (lower(spelling).equals(key)) {
                    return group;
                }
            }
        }
        return null;
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static List<List<String>> load(String resource) {
        List<List<String>> groups = new ArrayList<>();
        try (InputStream in = ValueAliases.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing alias table " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    groups.add(List.of(line.strip().split("\\|")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(groups);
    }
}
