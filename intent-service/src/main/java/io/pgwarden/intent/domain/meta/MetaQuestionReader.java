package io.pgwarden.intent.domain.meta;

import io.pgwarden.contracts.event.ClarificationNeeded.ClarificationOption;
import io.pgwarden.contracts.intent.Complexity;
import io.pgwarden.contracts.intent.Intent;
import io.pgwarden.contracts.intent.IntentType;
import io.pgwarden.contracts.intent.MetaRequest;
import io.pgwarden.contracts.intent.MetaRequest.Kind;
import io.pgwarden.contracts.intent.QuerySpec;
import io.pgwarden.contracts.intent.RiskLevel;
import io.pgwarden.contracts.plan.WorkflowPlan;
import io.pgwarden.contracts.schema.ForeignKeyInfo;
import io.pgwarden.contracts.schema.TableInfo;
import io.pgwarden.intent.domain.Understanding;
import io.pgwarden.intent.domain.Understanding.NeedsClarification;
import io.pgwarden.intent.domain.lexicon.Lexicon;
import io.pgwarden.intent.domain.lexicon.Meaning.TableRef;
import io.pgwarden.intent.domain.lexicon.Strength;
import io.pgwarden.intent.domain.lexicon.Term;
import io.pgwarden.intent.domain.reading.Piece;
import io.pgwarden.intent.domain.reading.Piece.Mention;
import io.pgwarden.intent.domain.reading.Reading;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises questions about the schema itself: "which tables are there?", "what columns does orders have?",
 * "describe the customers table", "how is orders related to customers?". Each is planned as a read of the
 * database's own catalog (query-service builds it), so it runs as the reading role and shows only what that role
 * may see. A question is a meta-question only when every word is a meta word, filler or a table's name: anything
 * else ("tables with more than ten rows") is left to the other readings.
 */
public final class MetaQuestionReader {

    private static final Set<String> TABLE_WORDS = Set.of("tables", "table", "relations", "views", "entities");
    private static final Set<String> COLUMN_WORDS = Set.of("columns", "column", "fields", "field", "attributes",
            "structure", "schema", "describe", "definition", "layout");
    private static final Set<String> RELATION_WORDS = Set.of("related", "relate", "relates", "relation",
            "relationship", "relationships", "connected", "connect", "connects", "linked", "link", "links", "joined",
            "join", "joins", "references", "reference", "referenced");
    /** Words a meta-question may hold besides its cue and its tables. */
    private static final Set<String> ALLOWED = Set.of("what", "which", "are", "is", "there", "do", "does", "you",
            "we", "i", "have", "has", "in", "the", "a", "an", "of", "to", "and", "with", "database", "db", "all",
            "show", "list", "me", "tell", "about", "how", "can", "see", "query", "available", "exist", "existing",
            "look", "like", "each", "other", "between", "its", "their", "please", "give", "get", "names",
            "name", "by", "for", "on", "this", "that", "it", "s", "many", "these", "those", "kind", "kinds", "type",
            "types", "data", "explain", "display", "would", "could", "want", "know", "find", "from");

    private static final double CONFIDENCE = 0.95;

    /** A meta-question's answer, or empty when the question is not one. */
    public Optional<Understanding> read(Reading reading, Lexicon lexicon) {
        List<Piece> pieces = reading.pieces();
        List<Mention> tables = new ArrayList<>();
        boolean tableWord = false;
        boolean columnWord = false;
        boolean relationWord = false;
        for (Piece piece : pieces) {
            String words = piece.text().toLowerCase(Locale.ROOT);
            if (piece instanceof Mention mention && namesTables(mention)) {
                tables.add(mention);
                continue;
            }
            boolean known = false;
            for (String word : words.split("[\\s']+")) {
                if (TABLE_WORDS.contains(word)) {
                    tableWord = true;
                } else if (COLUMN_WORDS.contains(word)) {
                    columnWord = true;
                } else if (RELATION_WORDS.contains(word)) {
                    relationWord = true;
                } else if (!ALLOWED.contains(word) && !word.isEmpty()) {
                    return Optional.empty();
                }
                known = true;
            }
            if (!known) {
                return Optional.empty();
            }
        }
        if (relationWord && !tables.isEmpty()) {
            return Optional.of(relationships(tables, lexicon));
        }
        if (columnWord && tables.size() == 1) {
            return one(tables.get(0), lexicon).map(t -> planned(Kind.COLUMNS, List.of(t)));
        }
        if (tableWord && tables.isEmpty() && !columnWord && !relationWord) {
            return Optional.of(planned(Kind.TABLES, List.of()));
        }
        return Optional.empty();
    }

    private Understanding relationships(List<Mention> mentions, Lexicon lexicon) {
        List<TableInfo> tables = new ArrayList<>();
        for (Mention mention : mentions) {
            Optional<TableInfo> table = one(mention, lexicon);
            if (table.isEmpty()) {
                return ambiguous(mention, lexicon);
            }
            if (!tables.contains(table.get())) {
                tables.add(table.get());
            }
        }
        if (tables.size() <= 1) {
            return planned(Kind.RELATIONSHIPS, tables);
        }
        // Two tables that no foreign key joins directly: the tables on the shortest path between them.
        List<TableInfo> path = new ArrayList<>(tables);
        for (int i = 1; i < tables.size(); i++) {
            for (TableInfo step : shortestPath(tables.get(0), tables.get(i), lexicon)) {
                if (!path.contains(step)) {
                    path.add(step);
                }
            }
        }
        return planned(Kind.RELATIONSHIPS, path);
    }

    private static Understanding planned(Kind kind, List<TableInfo> tables) {
        List<String> names = tables.stream().map(TableInfo::qualifiedName).toList();
        QuerySpec spec = QuerySpec.meta(new MetaRequest(kind, names));
        Intent intent = new Intent(IntentType.META, names, List.of("describe", kind.name().toLowerCase(Locale.ROOT)),
                List.of(), Complexity.SIMPLE, RiskLevel.LOW, spec, CONFIDENCE);
        return new Understanding.Understood(intent, WorkflowPlan.readFromQuestion());
    }

    private static boolean namesTables(Mention mention) {
        return mention.terms().stream().anyMatch(t -> t.meaning() instanceof TableRef && t.strength() == Strength.NAME);
    }

    /** The one table a mention names outright; empty when it names several (the same name in two schemas). */
    private static Optional<TableInfo> one(Mention mention, Lexicon lexicon) {
        List<TableInfo> tables = mention.terms().stream()
                .filter(t -> t.meaning() instanceof TableRef && t.strength() == Strength.NAME)
                .map(Term::meaning).map(m -> m.table()).distinct().toList();
        return tables.size() == 1 ? Optional.of(tables.get(0)) : Optional.empty();
    }

    private static Understanding ambiguous(Mention mention, Lexicon lexicon) {
        List<ClarificationOption> options = mention.terms().stream()
                .filter(t -> t.meaning() instanceof TableRef && t.strength() == Strength.NAME)
                .map(t -> t.meaning().table()).distinct()
                .map(t -> new ClarificationOption(t.qualifiedName(), t.qualifiedName())).toList();
        return new NeedsClarification("'" + mention.text() + "' names more than one table.", options);
    }

    /** Breadth-first over foreign keys in both directions; the inner tables of the path, or none. */
    private static List<TableInfo> shortestPath(TableInfo from, TableInfo to, Lexicon lexicon) {
        Map<String, List<String>> edges = new HashMap<>();
        for (TableInfo table : lexicon.catalog().tables()) {
            for (ForeignKeyInfo key : table.foreignKeys()) {
                edges.computeIfAbsent(table.qualifiedName(), k -> new ArrayList<>()).add(key.referencedTable());
                edges.computeIfAbsent(key.referencedTable(), k -> new ArrayList<>()).add(table.qualifiedName());
            }
        }
        Map<String, String> previous = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(from.qualifiedName()));
        previous.put(from.qualifiedName(), null);
        while (!queue.isEmpty()) {
            String at = queue.poll();
            if (at.equals(to.qualifiedName())) {
                break;
            }
            for (String next : edges.getOrDefault(at, List.of())) {
                if (!previous.containsKey(next)) {
                    previous.put(next, at);
                    queue.add(next);
                }
            }
        }
        List<TableInfo> inner = new ArrayList<>();
        if (!previous.containsKey(to.qualifiedName())) {
            return inner;
        }
        for (String at = previous.get(to.qualifiedName()); at != null && !at.equals(from.qualifiedName());
                at = previous.get(at)) {
            lexicon.catalog().table(at).ifPresent(t -> inner.add(0, t));
        }
        return inner;
    }
}
