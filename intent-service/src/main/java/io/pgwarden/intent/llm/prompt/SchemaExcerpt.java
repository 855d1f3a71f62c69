package io.pgwarden.intent.llm.prompt;

import io.pgwarden.contracts.schema.ColumnInfo;
import io.pgwarden.contracts.schema.ForeignKeyInfo;
import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.contracts.schema.TableInfo;
import io.pgwarden.intent.domain.lexicon.Lexicon;
import io.pgwarden.intent.domain.lexicon.Term;
import io.pgwarden.intent.domain.reading.Piece;
import io.pgwarden.intent.domain.reading.QuestionReader;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The part of the schema a prompt carries: the tables the question's words found in the lexicon, plus the tables
 * one foreign key away from them, with columns, keys and a few stored values. Sending less keeps the prompt small
 * and the model on the tables that matter; when the words found no table, the whole catalog is sent up to a cap.
 */
public final class SchemaExcerpt {

    /** The most tables a prompt describes. */
    static final int MAX_TABLES = 40;
    /** The most stored values shown per column. */
    static final int MAX_VALUES = 5;

    private final QuestionReader reader = new QuestionReader();

    /** The tables to describe for {@code question}, found ones first. */
    public List<TableInfo> relevantTables(String question, Lexicon lexicon) {
        SchemaCatalog catalog = lexicon.catalog();
        Map<String, TableInfo> chosen = new LinkedHashMap<>();
        for (Piece piece : reader.read(question, lexicon).pieces()) {
            if (piece instanceof Piece.Mention mention) {
                for (Term term : mention.terms()) {
                    TableInfo table = term.meaning().table();
                    chosen.putIfAbsent(table.qualifiedName(), table);
                }
            }
        }
        if (chosen.isEmpty()) {
            return catalog.tables().stream().sorted(Comparator.comparing(TableInfo::qualifiedName))
                    .limit(MAX_TABLES).toList();
        }
        for (TableInfo found : List.copyOf(chosen.values())) {
            for (TableInfo neighbour : neighbours(found, catalog)) {
                chosen.putIfAbsent(neighbour.qualifiedName(), neighbour);
            }
        }
        return chosen.values().stream().limit(MAX_TABLES).toList();
    }

    /** The tables {@code table} references and the tables that reference it. */
    static List<TableInfo> neighbours(TableInfo table, SchemaCatalog catalog) {
        Map<String, TableInfo> found = new LinkedHashMap<>();
        for (ForeignKeyInfo key : table.foreignKeys()) {
            catalog.table(key.referencedTable()).ifPresent(t -> found.putIfAbsent(t.qualifiedName(), t));
        }
        for (TableInfo other : catalog.tables()) {
            for (ForeignKeyInfo key : other.foreignKeys()) {
                if (key.referencedTable().equals(table.qualifiedName())) {
                    found.putIfAbsent(other.qualifiedName(), other);
                }
            }
        }
        found.remove(table.qualifiedName());
        return List.copyOf(found.values());
    }

    /** The tables as the prompt shows them: one block per table. */
    public static String describe(List<TableInfo> tables) {
        StringBuilder text = new StringBuilder();
        for (TableInfo table : tables) {
            text.append("TABLE ").append(quoted(table.schema())).append('.').append(quoted(table.name()));
            if (table.estimatedRows() >= 0) {
                text.append(" (about ").append(table.estimatedRows()).append(" rows)");
            }
            if (table.comment() != null && !table.comment().isBlank()) {
                text.append(" -- ").append(oneLine(table.comment()));
            }
            text.append('\n');
            for (ColumnInfo column : table.columns()) {
                text.append("  ").append(quoted(column.name())).append(' ').append(column.dataType());
                if (!column.nullable()) {
                    text.append(" NOT NULL");
                }
                if (table.primaryKey().contains(column.name())) {
                    text.append(" PRIMARY KEY");
                }
                if (!column.values().isEmpty()) {
                    text.append(" values such as ").append(column.values().stream().limit(MAX_VALUES)
                            .map(v -> "'" + oneLine(v).replace("'", "''") + "'").collect(Collectors.joining(", ")));
                }
                if (column.comment() != null && !column.comment().isBlank()) {
                    text.append(" -- ").append(oneLine(column.comment()));
                }
                text.append('\n');
            }
            for (ForeignKeyInfo key : table.foreignKeys()) {
                text.append("  FOREIGN KEY (").append(names(key.columns())).append(") REFERENCES ")
                        .append(key.referencedTable()).append(" (").append(names(key.referencedColumns()))
                        .append(")\n");
            }
        }
        return text.toString();
    }

    private static String names(List<String> columns) {
        return columns.stream().map(SchemaExcerpt::quoted).collect(Collectors.joining(", "));
    }

    /** A name as PostgreSQL needs it written: bare when it is lower-case letters, digits and underscores. */
    static String quoted(String name) {
        return name.matches("[a-z_][a-z0-9_]*") ? name : "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > 120 ? line.substring(0, 120) + "..." : line;
    }
}
