package io.pgwarden.intent.domain;

import io.pgwarden.contracts.intent.Intent;
import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.intent.domain.Understanding.NotUnderstood;
import io.pgwarden.intent.domain.Understanding.Refused;
import io.pgwarden.intent.domain.Understanding.Understood;
import io.pgwarden.intent.domain.Understanding.WriteNotSupportedYet;
import io.pgwarden.intent.domain.classify.StatementClassifier;
import io.pgwarden.intent.domain.classify.StatementClassifier.Classification;
import io.pgwarden.intent.domain.lexicon.Lexicon;
import io.pgwarden.intent.domain.plan.Route;
import io.pgwarden.intent.domain.plan.WorkflowPlanner;
import io.pgwarden.intent.domain.reading.QuestionReader;
import io.pgwarden.intent.domain.reading.Reading;
import io.pgwarden.intent.domain.resolve.ReadIntentBuilder;
import io.pgwarden.intent.domain.resolve.ReadResolver;
import io.pgwarden.intent.domain.resolve.Resolution;
import io.pgwarden.intent.domain.write.WriteIntentDetector;
import java.util.List;

/**
 * The deterministic, schema-grounded engine: a question is read against a lexicon built from the catalog alone,
 * classified (read, write, schema change), resolved to one table and planned. It answers only what it fully
 * understands; otherwise it asks the user to choose or says which words it did not understand. Thread-safe.
 */
public final class DeterministicEngine {

    /** The engine's name in {@code IntentExtracted.engine}. */
    public static final String NAME = "deterministic";

    private final QuestionReader reader = new QuestionReader();
    private final StatementClassifier classifier = new StatementClassifier();
    private final ReadResolver resolver = new ReadResolver();
    private final ReadIntentBuilder reads = new ReadIntentBuilder();
    private final WriteIntentDetector writes = new WriteIntentDetector();
    private final WorkflowPlanner planner = new WorkflowPlanner();

    /** The lexicon of the last catalog seen; catalogs are immutable, so the same instance gives the same lexicon. */
    private volatile LexiconOfCatalog lastLexicon;

    private record LexiconOfCatalog(SchemaCatalog catalog, Lexicon lexicon) {
    }

    public Understanding understand(String question, SchemaCatalog catalog) {
        if (question == null || question.isBlank()) {
            return empty();
        }
        Lexicon lexicon = lexiconOf(catalog);
        Reading reading = reader.read(question, lexicon);
        if (reading.tokens().isEmpty()) {
            return empty();
        }
        Classification classification = classifier.classify(reading);
        if (!classification.isRead()) {
            return changeRequested(reading, classification);
        }
        Resolution resolution = resolver.resolve(reading, lexicon);
        if (resolution instanceof Resolution.Stopped stopped) {
            return stopped.answer();
        }
        Intent intent = reads.build(((Resolution.Resolved) resolution).draft());
        return routed(intent, planner.plan(intent));
    }

    private Understanding changeRequested(Reading reading, Classification classification) {
        Intent detected = writes.detect(reading, classification);
        Route route = planner.plan(detected);
        if (route instanceof Route.Refused refused) {
            return new Refused(refused.message(), refused.hint());
        }
        String target = detected.entities().isEmpty() ? "" : " on " + String.join(", ", detected.entities());
        return new WriteNotSupportedYet(detected, "Changing data from plain language is not supported yet: this"
                + " question asks for " + article(detected) + " " + detected.intentType() + target + ".",
                "Write the statement in SQL and submit it instead: it goes through impact analysis and approval"
                        + " before anything changes.");
    }

    private static Understanding routed(Intent intent, Route route) {
        if (route instanceof Route.Refused refused) {
            return new Refused(refused.message(), refused.hint());
        }
        return new Understood(intent, ((Route.Planned) route).plan());
    }

    private Lexicon lexiconOf(SchemaCatalog catalog) {
        LexiconOfCatalog last = lastLexicon;
        if (last != null && last.catalog() == catalog) {
            return last.lexicon();
        }
        Lexicon lexicon = Lexicon.build(catalog);
        lastLexicon = new LexiconOfCatalog(catalog, lexicon);
        return lexicon;
    }

    private static String article(Intent intent) {
        return switch (intent.intentType()) {
            case INSERT, UPDATE -> "an";
            default -> "a";
        };
    }

    private static NotUnderstood empty() {
        return new NotUnderstood("The question is empty.", List.of(),
                "Ask about the data, for example: \"how many <things> are there?\".");
    }
}
