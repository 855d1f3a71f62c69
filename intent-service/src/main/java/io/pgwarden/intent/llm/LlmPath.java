package io.pgwarden.intent.llm;

import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.intent.domain.Understanding;
import io.pgwarden.intent.domain.lexicon.Lexicon;
import io.pgwarden.intent.llm.config.LlmSettings;
import io.pgwarden.intent.llm.model.ChatModels;
import io.pgwarden.intent.llm.model.Provider;
import io.pgwarden.intent.llm.model.ProviderChain;
import io.pgwarden.intent.llm.validate.Explainer;
import io.pgwarden.intent.llm.validate.SqlValidator;
import io.pgwarden.intent.memory.SessionMemory;
import io.pgwarden.sqlguard.GuardPolicy;
import io.pgwarden.sqlguard.SqlGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Which engine answers: the deterministic engine first; the LLM only when it did not understand the question
 * (a clarification, a refusal or a write it recognised stays as it is) and a provider is configured.
 */
@ApplicationScoped
public class LlmPath {

    private static final Logger LOG = Logger.getLogger(LlmPath.class);

    private final LlmSettings settings;
    private final SessionMemory memory;
    private final LlmEngine engine;

    /** The last catalog's lexicon: catalogs are immutable, so the same instance gives the same lexicon. */
    private volatile Lexicon lexicon;

    @Inject
    public LlmPath(LlmSettings settings, SessionMemory memory, Explainer explainer) {
        this.settings = settings;
        this.memory = memory;
        if (settings.active()) {
            List<Provider> providers = settings.orderedProviders().stream()
                    .map(p -> new Provider(p.name(), ChatModels.build(p))).toList();
            this.engine = new LlmEngine(new ProviderChain(providers),
                    new SqlValidator(new SqlGuard(GuardPolicy.defaults()), explainer), settings.maxCorrections());
            LOG.infof("LLM path on: %s", settings.orderedProviders());
        } else {
            this.engine = null;
            LOG.info("LLM path off: no pgwarden.intent.llm.api-key (or enabled=true) configured");
        }
    }

    /** The deterministic engine's answer, or the LLM path's when that was "not understood" and the path is on. */
    public Understanding whenNotUnderstood(Understanding deterministic, String question, SchemaCatalog catalog,
            String sessionId) {
        if (engine == null || !(deterministic instanceof Understanding.NotUnderstood notUnderstood)
                || question == null || question.isBlank()) {
            return deterministic;
        }
        List<String> recent = memory.recent(sessionId).stream().limit(settings.recentTurns()).toList();
        return engine.answer(question, lexiconOf(catalog), recent, notUnderstood);
    }

    private Lexicon lexiconOf(SchemaCatalog catalog) {
        Lexicon last = lexicon;
        if (last != null && last.catalog() == catalog) {
            return last;
        }
        Lexicon built = Lexicon.build(catalog);
        lexicon = built;
        return built;
    }
}
