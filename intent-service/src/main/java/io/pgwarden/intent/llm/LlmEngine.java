package io.pgwarden.intent.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.intent.domain.Understanding;
import io.pgwarden.intent.domain.lexicon.Lexicon;
import io.pgwarden.intent.llm.model.ModelReply;
import io.pgwarden.intent.llm.model.ModelUnavailableException;
import io.pgwarden.intent.llm.model.ProviderChain;
import io.pgwarden.intent.llm.prompt.ModelAnswer;
import io.pgwarden.intent.llm.prompt.ModelAnswerReader;
import io.pgwarden.intent.llm.prompt.PromptWriter;
import io.pgwarden.intent.llm.prompt.SchemaExcerpt;
import io.pgwarden.intent.llm.validate.SqlValidator;
import io.pgwarden.intent.llm.validate.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The LLM path for one question the deterministic engine did not understand: the relevant schema and the session's
 * earlier questions go to the model, and its statement is validated. A statement that fails validation goes back
 * to the model with the problem, a bounded number of times; after that, or when no provider answers, the question
 * fails with what went wrong. Nothing the model says is used before it passed validation.
 */
public final class LlmEngine {

    /** The engine's name in {@code IntentExtracted.engine} and {@code QueryBuilt.engine}. */
    public static final String NAME = "llm";

    private static final Logger LOG = Logger.getLogger(LlmEngine.class);

    private final ProviderChain providers;
    private final SqlValidator validator;
    private final int maxCorrections;
    private final SchemaExcerpt excerpts = new SchemaExcerpt();
    private final PromptWriter prompts = new PromptWriter();
    private final ModelAnswerReader answers = new ModelAnswerReader();
    private final LlmIntents intents = new LlmIntents();

    public LlmEngine(ProviderChain providers, SqlValidator validator, int maxCorrections) {
        this.providers = providers;
        this.validator = validator;
        this.maxCorrections = Math.max(0, maxCorrections);
    }

    /**
     * @param recentQuestions  the session's earlier questions, newest first
     * @param deterministic    what the deterministic engine said, kept in the failure so the user learns both
     */
    public Understanding answer(String question, Lexicon lexicon, List<String> recentQuestions,
            Understanding.NotUnderstood deterministic) {
        SchemaCatalog catalog = lexicon.catalog();
        List<ChatMessage> conversation = new ArrayList<>(prompts.conversation(question,
                excerpts.relevantTables(question, lexicon), recentQuestions));
        String lastProblem = null;
        for (int attempt = 0; attempt <= maxCorrections; attempt++) {
            ModelReply reply;
            try {
                reply = providers.ask(conversation);
            } catch (ModelUnavailableException e) {
                return new Understanding.NotUnderstood(deterministic.message() + " The language model could not be"
                        + " asked either: " + String.join("; ", e.failures()) + ".", deterministic.unknownWords(),
                        deterministic.hint());
            }
            conversation.add(AiMessage.from(reply.text()));
            Optional<ModelAnswer> answer = answers.read(reply.text());
            if (answer.isEmpty()) {
                lastProblem = "the answer was not the JSON object {\"sql\": ..., \"explanation\": ...} asked for.";
            } else if (answer.get().sql() == null) {
                return new Understanding.NotUnderstood(deterministic.message() + " The language model found no"
                        + " statement for it either" + because(answer.get().explanation()),
                        deterministic.unknownWords(), deterministic.hint());
            } else {
                Verdict verdict = validator.validate(answer.get().sql(), catalog);
                if (verdict instanceof Verdict.Accepted accepted) {
                    LOG.infof("%s answered after %d correction(s)", reply.provider(), attempt);
                    return intents.understood(accepted, explanation(answer.get()));
                }
                if (verdict instanceof Verdict.Refused refused) {
                    return new Understanding.Refused(refused.message(), refused.hint());
                }
                lastProblem = ((Verdict.Rejected) verdict).problem();
            }
            LOG.infof("%s's answer was rejected (attempt %d): %s", reply.provider(), attempt + 1, lastProblem);
            conversation.add(PromptWriter.correction(lastProblem));
        }
        return new Understanding.NotUnderstood("The language model's statement for this question did not pass"
                + " validation after " + maxCorrections + (maxCorrections == 1 ? " correction" : " corrections")
                + ", so nothing was run. The last problem: " + lastProblem, deterministic.unknownWords(),
                "Rephrase the question naming the tables and columns you mean, or write the SQL yourself.");
    }

    private static String explanation(ModelAnswer answer) {
        return answer.explanation().isBlank() ? "A statement written by the language model." : answer.explanation();
    }

    private static String because(String explanation) {
        return explanation.isBlank() ? "." : ": " + explanation;
    }
}
