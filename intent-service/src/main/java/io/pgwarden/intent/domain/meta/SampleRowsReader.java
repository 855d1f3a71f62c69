package io.pgwarden.intent.domain.meta;

import io.pgwarden.contracts.intent.Complexity;
import io.pgwarden.contracts.intent.Intent;
import io.pgwarden.contracts.intent.IntentType;
import io.pgwarden.contracts.intent.QuerySpec;
import io.pgwarden.contracts.intent.RiskLevel;
import io.pgwarden.contracts.plan.WorkflowPlan;
import io.pgwarden.contracts.schema.TableInfo;
import io.pgwarden.intent.domain.Understanding;
import io.pgwarden.intent.domain.lexicon.Meaning.TableRef;
import io.pgwarden.intent.domain.lexicon.Strength;
import io.pgwarden.intent.domain.reading.Piece.LiteralKind;
import io.pgwarden.intent.domain.reading.Piece;
import io.pgwarden.intent.domain.reading.Piece.Literal;
import io.pgwarden.intent.domain.reading.Piece.Mention;
import io.pgwarden.intent.domain.reading.Reading;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Sample data on request: "show me sample rows of orders", "give me a few example customers", "preview 3 products".
 * The answer is a plain read of the table's own columns with a small row limit, so a person sees what a table
 * holds before asking about it. It is read only when every word is a sample word, filler or the one table's name
 * (and at most one whole number, the row count); anything else is left to the other readings.
 */
public final class SampleRowsReader {

    /** Rows shown when the question gives no number. */
    static final int DEFAULT_ROWS = 5;
    /** A sample is a look, not an export: more rows than this is an ordinary list. */
    static final int MAX_ROWS = 100;

    private static final Set<String> SAMPLE_WORDS = Set.of("sample", "samples", "example", "examples", "preview",
            "few", "peek");
    private static final Set<String> ALLOWED = Set.of("show", "me", "give", "get", "list", "display", "see", "a",
            "an", "the", "some", "of", "from", "in", "rows", "row", "records", "record", "data", "entries", "entry",
            "couple", "please", "can", "could", "you", "i", "we", "want", "to", "what", "does", "do", "look", "looks",
            "like", "table", "let", "quick", "s", "at", "take");

    private static final double CONFIDENCE = 0.95;

    /** A sample read, or empty when the question is not a request for sample rows. */
    public Optional<Understanding> read(Reading reading) {
        TableInfo table = null;
        Integer rows = null;
        boolean sampleWord = false;
        for (Piece piece : reading.pieces()) {
            if (piece instanceof Mention mention) {
                Optional<TableInfo> named = namedTable(mention);
                if (named.isEmpty() || table != null && !table.qualifiedName().equals(named.get().qualifiedName())) {
                    return Optional.empty();
                }
                table = named.get();
                continue;
            }
            if (piece instanceof Literal literal && literal.kind() == LiteralKind.NUMBER) {
                if (rows != null || !isRowCount(literal.number())) {
                    return Optional.empty();
                }
                rows = literal.number().intValueExact();
                continue;
            }
            for (String word : piece.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (SAMPLE_WORDS.contains(word)) {
                    sampleWord = true;
                } else if (!word.isEmpty() && !ALLOWED.contains(word)) {
                    return Optional.empty();
                }
            }
        }
        if (table == null || !sampleWord) {
            return Optional.empty();
        }
        int limit = rows == null ? DEFAULT_ROWS : rows;
        QuerySpec spec = new QuerySpec(table.qualifiedName(), List.of(), null, List.of(), List.of(), limit);
        Intent intent = new Intent(IntentType.SELECT, List.of(table.qualifiedName()), List.of("list", "limit", "sample"),
                List.of(), Complexity.SIMPLE, RiskLevel.LOW, spec, CONFIDENCE);
        return Optional.of(new Understanding.Understood(intent, WorkflowPlan.readFromQuestion()));
    }

    private static boolean isRowCount(BigDecimal number) {
        return number != null && number.signum() > 0 && number.stripTrailingZeros().scale() <= 0
                && number.compareTo(BigDecimal.valueOf(MAX_ROWS)) <= 0;
    }

    /** The one table a mention names outright. */
    private static Optional<TableInfo> namedTable(Mention mention) {
        List<TableInfo> tables = mention.terms().stream()
                .filter(t -> t.meaning() instanceof TableRef && t.strength() == Strength.NAME)
                .map(t -> t.meaning().table()).distinct().toList();
        return tables.size() == 1 ? Optional.of(tables.get(0)) : Optional.empty();
    }
}
