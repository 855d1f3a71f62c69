package io.pgwarden.intent.domain.write;

import io.pgwarden.contracts.intent.Intent;
import io.pgwarden.intent.domain.assess.ComplexityAssessor;
import io.pgwarden.intent.domain.assess.RiskEstimator;
import io.pgwarden.intent.domain.assess.RiskEstimator.Scope;
import io.pgwarden.intent.domain.classify.StatementClassifier.Classification;
import io.pgwarden.intent.domain.lexicon.Meaning.TableRef;
import io.pgwarden.intent.domain.lexicon.Meaning.ValueRef;
import io.pgwarden.intent.domain.lexicon.Strength;
import io.pgwarden.intent.domain.reading.Piece;
import io.pgwarden.intent.domain.reading.Piece.Literal;
import io.pgwarden.intent.domain.reading.Piece.LiteralKind;
import io.pgwarden.intent.domain.reading.Piece.Mention;
import io.pgwarden.intent.domain.reading.Reading;
import io.pgwarden.intent.domain.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Describes a write the question asks for (its type, tables and estimated risk) without building it: writes from
 * plain language come later, but they are recognised now so that none is ever planned as a read.
 */
public final class WriteIntentDetector {

    /** Words that say the write picks some rows rather than all of them. */
    private static final Set<String> FILTER_WORDS = Set.of("where", "whose", "with", "older", "newer", "than",
            "before", "after", "since", "between", "except", "without", "named", "called", "id");
    private static final double EXPLICIT_VERB_CONFIDENCE = 0.9;
    private static final double LEADING_VERB_CONFIDENCE = 0.7;

    private final RiskEstimator risks = new RiskEstimator();
    private final ComplexityAssessor complexities = new ComplexityAssessor();

    public Intent detect(Reading reading, Classification classification) {
        List<String> tables = reading.pieces().stream().filter(Mention.class::isInstance).map(Mention.class::cast)
                .flatMap(m -> m.terms().stream())
                .filter(t -> t.meaning() instanceof TableRef && t.strength() == Strength.NAME)
                .map(t -> t.meaning().table().qualifiedName()).distinct().toList();
        Scope scope = picksRows(reading) ? Scope.FILTERED : Scope.ALL_ROWS;
        return new Intent(classification.type(), tables,
                List.of(classification.type().name().toLowerCase(Locale.ROOT)), List.of(),
                complexities.assess(classification.type(), tables.size(), null),
                risks.estimate(classification.type(), tables.size(), scope), null,
                classification.explicit() ? EXPLICIT_VERB_CONFIDENCE : LEADING_VERB_CONFIDENCE);
    }

    /** A stored value, a table's name followed by a number ("product 123"), or a filtering word. */
    private static boolean picksRows(Reading reading) {
        List<Piece> pieces = reading.pieces();
        for (int i = 0; i < pieces.size(); i++) {
            if (!(pieces.get(i) instanceof Mention mention)) {
                continue;
            }
            boolean value = mention.terms().stream().anyMatch(t -> t.meaning() instanceof ValueRef);
            boolean keyed = i + 1 < pieces.size() && pieces.get(i + 1) instanceof Literal literal
                    && literal.kind() == LiteralKind.NUMBER;
            if (value || keyed) {
                return true;
            }
        }
        return reading.tokens().stream().map(Token::key).anyMatch(FILTER_WORDS::contains);
    }
}
