package io.pgwarden.intent.domain;

import io.pgwarden.contracts.intent.Intent;
import io.pgwarden.contracts.intent.IntentType;
import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.intent.domain.Understanding.NotUnderstood;
import io.pgwarden.intent.domain.Understanding.Refused;
import io.pgwarden.intent.domain.Understanding.Understood;
import io.pgwarden.intent.domain.classify.StatementClassifier;
import io.pgwarden.intent.domain.classify.StatementClassifier.Classification;
import io.pgwarden.intent.domain.followup.FollowUpReader;
import io.pgwarden.intent.domain.followup.Turn;
import io.pgwarden.intent.domain.lexicon.Lexicon;
import io.pgwarden.intent.domain.plan.Route;
import io.pgwarden.intent.domain.plan.WorkflowPlanner;
import io.pgwarden.intent.domain.reading.QuestionReader;
import io.pgwarden.intent.domain.reading.Reading;
import io.pgwarden.intent.domain.resolve.ReadIntentBuilder;
import io.pgwarden.intent.domain.resolve.ReadResolver;
import io.pgwarden.intent.domain.resolve.Resolution;
import io.pgwarden.intent.domain.meta.MetaQuestionReader;
import io.pgwarden.intent.domain.meta.SampleRowsReader;
import io.pgwarden.intent.domain.write.WriteReader;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

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
    private final MetaQuestionReader meta = new MetaQuestionReader();
    private final SampleRowsReader samples = new SampleRowsReader();
    private final WriteReader writes;
    private final WorkflowPlanner planner = new WorkflowPlanner();
    private final FollowUpReader followUps = new FollowUpReader();

    public DeterministicEngine() {
        this(Clock.systemUTC());
    }

    /** @param clock today's date for relative time in writes ("older than 6 months") */
    public DeterministicEngine(Clock clock) {
        this.writes = new WriteReader(clock);
    }

    /** The lexicon of the last catalog seen; catalogs are immutable, so the same instance gives the same lexicon. */
    private volatile LexiconOfCatalog lastLexicon;

    private record LexiconOfCatalog(SchemaCatalog catalog, Lexicon lexicon) {
    }

    /**
     * Reads a question in the context of the session's earlier turns, newest first: a question that refines the
     * last understood read ("only those in Texas", "how many is that?") is laid over it.
     */
    public Understanding understand(String question, SchemaCatalog catalog, List<Turn> recent) {
        Understanding standalone = understand(question, catalog);
        Turn previous = recent == null ? null : recent.stream().filter(t -> t.intent() != null).findFirst()
                .orElse(null);
        if (previous == null || question == null || question.isBlank()) {
            return standalone;
        }
        Optional<Resolution> followed = followUps.read(question, previous, lexiconOf(catalog), standalone);
        if (followed.isEmpty()) {
            return standalone;
        }
        if (followed.get() instanceof Resolution.Stopped stopped) {
            return stopped.answer();
        }
        Intent intent = reads.build(((Resolution.Resolved) followed.get()).draft());
        return routed(intent, planner.plan(intent));
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
            return changeRequested(reading, classification, lexicon);
        }
        Optional<Understanding> aboutTheSchema = meta.read(reading, lexicon);
        if (aboutTheSchema.isPresent()) {
            return aboutTheSchema.get();
        }
        Optional<Understanding> sample = samples.read(reading);
        if (sample.isPresent()) {
            return sample.get();
        }
        Resolution resolution = resolver.resolve(reading, lexicon);
        if (resolution instanceof Resolution.Stopped stopped) {
            return stopped.answer();
        }
        Intent intent = reads.build(((Resolution.Resolved) resolution).draft());
        return routed(intent, planner.plan(intent));
    }

    /** Schema changes are refused; writes are read into write specs planned through impact analysis and approval. */
    private Understanding changeRequested(Reading reading, Classification classification, Lexicon lexicon) {
        if (classification.type() == IntentType.DDL) {
            return new Refused(WorkflowPlanner.DDL_REFUSAL, WorkflowPlanner.DDL_HINT);
        }
        return writes.read(reading, classification, lexicon);
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

    private static NotUnderstood empty() {
        return new NotUnderstood("The question is empty.", List.of(),
                "Ask about the data, for example: \"how many <things> are there?\".");
    }
}
