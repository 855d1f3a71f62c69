package io.pgwarden.intent.domain.classify;

import io.pgwarden.contracts.intent.IntentType;
import io.pgwarden.intent.domain.lexicon.Strength;
import io.pgwarden.intent.domain.reading.Piece;
import io.pgwarden.intent.domain.reading.Reading;
import io.pgwarden.intent.domain.text.Token;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells reads from writes and schema changes before anything else, so a write is never planned as a read. It errs
 * towards writes: a read mistaken for a write is refused or sent for approval, a write mistaken for a read would be
 * a confident wrong answer.
 */
public final class StatementClassifier {

    /** Verbs that ask for a change wherever they stand, unless they are part of a schema name ("last update"). */
    private static final Map<String, IntentType> ANYWHERE = Map.ofEntries(
            Map.entry("delete", IntentType.DELETE), Map.entry("update", IntentType.UPDATE),
            Map.entry("insert", IntentType.INSERT), Map.entry("upsert", IntentType.INSERT),
            Map.entry("drop", IntentType.DDL), Map.entry("truncate", IntentType.DDL),
            Map.entry("alter", IntentType.DDL), Map.entry("grant", IntentType.DDL),
            Map.entry("revoke", IntentType.DDL));

    /** Verbs that ask for a change when they open the request ("remove order 5", "set the price ..."). */
    private static final Map<String, IntentType> LEADING = Map.ofEntries(
            Map.entry("remove", IntentType.DELETE), Map.entry("erase", IntentType.DELETE),
            Map.entry("purge", IntentType.DELETE), Map.entry("wipe", IntentType.DELETE),
            Map.entry("destroy", IntentType.DELETE), Map.entry("change", IntentType.UPDATE),
            Map.entry("modify", IntentType.UPDATE), Map.entry("set", IntentType.UPDATE),
            Map.entry("edit", IntentType.UPDATE), Map.entry("increase", IntentType.UPDATE),
            Map.entry("decrease", IntentType.UPDATE), Map.entry("raise", IntentType.UPDATE),
            Map.entry("reduce", IntentType.UPDATE), Map.entry("replace", IntentType.UPDATE),
            Map.entry("mark", IntentType.UPDATE), Map.entry("correct", IntentType.UPDATE),
            Map.entry("fix", IntentType.UPDATE), Map.entry("rename", IntentType.UPDATE),
            Map.entry("assign", IntentType.UPDATE), Map.entry("add", IntentType.INSERT),
            Map.entry("create", IntentType.INSERT), Map.entry("register", IntentType.INSERT),
            Map.entry("append", IntentType.INSERT), Map.entry("put", IntentType.INSERT));

    /** Verbs that change the schema when their object is a schema object: "create table", "add a column". */
    private static final Set<String> SCHEMA_VERBS = Set.of("create", "add", "rename", "remove", "delete");
    private static final Set<String> SCHEMA_OBJECTS = Set.of("table", "tables", "column", "columns", "index",
            "indexes", "indices", "view", "views", "schema", "schemas", "database", "databases", "constraint",
            "constraints", "sequence", "sequences", "trigger", "triggers", "function", "functions", "procedure",
            "extension", "role", "roles");
    private static final int SCHEMA_OBJECT_REACH = 3;

    /**
     * The kind of statement the question asks for.
     *
     * @param type     SELECT for reads
     * @param verb     the word that made it a write or a schema change, or null for reads
     * @param explicit true when the verb can only mean a change ("delete"), false when it was read as one only
     *                 because it opens the request ("remove", "set")
     */
    public record Classification(IntentType type, String verb, boolean explicit) {

        public boolean isRead() {
            return type == IntentType.SELECT;
        }
    }

    public Classification classify(Reading reading) {
        List<Token> tokens = reading.tokens();
        boolean[] named = namedBySchema(reading);
        for (int i = 0; i < tokens.size(); i++) {
            if (!named[i] && tokens.get(i).isWord() && startsSchemaChange(tokens, i)) {
                return new Classification(IntentType.DDL, tokens.get(i).key(), true);
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            IntentType type = ANYWHERE.get(tokens.get(i).key());
            if (type != null && !named[i] && tokens.get(i).isWord()) {
                return new Classification(type, tokens.get(i).key(), true);
            }
        }
        int lead = leadingWord(reading);
        if (lead >= 0 && !named[lead] && tokens.get(lead).isWord()) {
            String verb = tokens.get(lead).key();
            boolean addUp = verb.equals("add") && lead + 1 < tokens.size() && tokens.get(lead + 1).key().equals("up");
            IntentType type = LEADING.get(verb);
            if (type != null && !addUp) {
                return new Classification(type, verb, false);
            }
        }
        return new Classification(IntentType.SELECT, null, true);
    }

    private static boolean startsSchemaChange(List<Token> tokens, int at) {
        String word = tokens.get(at).key();
        if (ANYWHERE.get(word) == IntentType.DDL) {
            return true;
        }
        if (!SCHEMA_VERBS.contains(word)) {
            return false;
        }
        for (int i = at + 1; i < Math.min(tokens.size(), at + 1 + SCHEMA_OBJECT_REACH); i++) {
            if (SCHEMA_OBJECTS.contains(tokens.get(i).key())) {
                return true;
            }
        }
        return false;
    }

    /** Tokens inside a phrase that names a schema element or value outright, such as the column "last update". */
    private static boolean[] namedBySchema(Reading reading) {
        boolean[] named = new boolean[reading.tokens().size()];
        for (Piece piece : reading.pieces()) {
            if (piece instanceof Piece.Mention mention && mention.terms().stream()
                    .anyMatch(t -> t.strength() == Strength.NAME || t.strength() == Strength.VALUE)) {
                for (int i = piece.span().from(); i < piece.span().to(); i++) {
                    named[i] = true;
                }
            }
        }
        return named;
    }

    /** The first token that is not filler ("please", "can you", "I want to"). */
    private static int leadingWord(Reading reading) {
        for (Piece piece : reading.pieces()) {
            if (!(piece instanceof Piece.Filler)) {
                return piece.span().from();
            }
        }
        return -1;
    }
}
