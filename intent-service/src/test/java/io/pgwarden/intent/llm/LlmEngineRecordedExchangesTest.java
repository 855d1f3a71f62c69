package io.pgwarden.intent.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pgwarden.contracts.intent.GeneratedSql;
import io.pgwarden.contracts.intent.Intent;
import io.pgwarden.contracts.intent.IntentType;
import io.pgwarden.contracts.intent.RiskLevel;
import io.pgwarden.contracts.plan.Step;
import io.pgwarden.contracts.plan.WorkflowPlan;
import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.intent.domain.DeterministicEngine;
import io.pgwarden.intent.domain.Understanding;
import io.pgwarden.intent.domain.fixtures.ShopCatalog;
import io.pgwarden.intent.domain.lexicon.Lexicon;
import io.pgwarden.intent.llm.config.ProviderSettings;
import io.pgwarden.intent.llm.model.ChatModels;
import io.pgwarden.intent.llm.model.Provider;
import io.pgwarden.intent.llm.model.ProviderChain;
import io.pgwarden.intent.llm.validate.SqlValidator;
import io.pgwarden.sqlguard.GuardPolicy;
import io.pgwarden.sqlguard.SqlGuard;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The LLM path against recorded OpenAI-compatible exchanges served on localhost: the real langchain4j OpenAI
 * client, the real deterministic engine deciding that the question needs the model, the real guard and catalog
 * check. No network.
 */
class LlmEngineRecordedExchangesTest {

    private static final String CHEAPER = "products cheaper than 20";
    private static final SchemaCatalog SHOP = ShopCatalog.shop();

    private RecordedLlmServer server;
    private RecordingExplainer explainer;
    private final Lexicon lexicon = Lexicon.build(SHOP);

    @BeforeEach
    void startServer() throws Exception {
        server = new RecordedLlmServer();
        explainer = new RecordingExplainer();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void aQuestionTheDeterministicEngineRefusesIsAnsweredWithParameterisedValidatedSql() {
        server.queue("primary", "cheap-products.json");

        Understanding answer = engine(2, "primary").answer(CHEAPER, lexicon, List.of("how many products are there?"),
                notUnderstood(CHEAPER));

        Intent intent = understood(answer).intent();
        GeneratedSql generated = intent.generated();
        assertThat(generated.sql()).isEqualTo(
                "SELECT name, price FROM public.products WHERE price < CAST(? AS integer) ORDER BY price, name");
        assertThat(generated.parameters()).containsExactly(new SqlParameter("int4", 20L));
        assertThat(generated.explanation()).isEqualTo("Lists the products whose price is below 20, cheapest first.");
        assertThat(intent.intentType()).isEqualTo(IntentType.SELECT);
        assertThat(intent.spec().table()).isEqualTo("public.products");
        assertThat(understood(answer).plan()).isEqualTo(WorkflowPlan.readFromQuestion());
        assertThat(explainer.explained).singleElement().satisfies(e -> {
            assertThat(e.sql()).isEqualTo(generated.sql());
            assertThat(e.write()).isFalse();
        });

        JsonNode request = server.requests("primary").get(0);
        assertThat(request.path("model").asText()).isEqualTo("llama-3.3-70b-versatile");
        assertThat(request.path("response_format").path("type").asText()).isEqualTo("json_object");
        String prompt = userText(request, 0);
        assertThat(prompt).contains("TABLE public.products", "price numeric", "Question: " + CHEAPER,
                "- how many products are there?");
        // Only the tables the question found and their foreign-key neighbours: products and categories.
        assertThat(prompt).contains("TABLE public.categories").doesNotContain("TABLE public.customers",
                "TABLE public.suppliers");
        assertThat(prompt).contains("'Books', 'Electronics', 'Garden'");
    }

    @Test
    void anUnknownColumnGoesBackToTheModelWithASuggestionAndTheCorrectionIsUsed() {
        server.queue("primary", "unknown-column.json", "cheap-products.json");

        Understanding answer = engine(2, "primary").answer(CHEAPER, lexicon, List.of(), notUnderstood(CHEAPER));

        assertThat(understood(answer).intent().generated().sql()).contains("WHERE price < CAST(? AS integer)");
        List<JsonNode> requests = server.requests("primary");
        assertThat(requests).hasSize(2);
        JsonNode messages = requests.get(1).path("messages");
        assertThat(messages.get(2).path("role").asText()).isEqualTo("assistant");
        assertThat(messages.get(2).path("content").asText()).contains("prise");
        assertThat(messages.get(3).path("content").asText()).contains(
                "column prise does not exist in table public.products. Did you mean price?");
        // The rejected statement never reached the database.
        assertThat(explainer.explained).singleElement()
                .satisfies(e -> assertThat(e.sql()).doesNotContain("prise"));
    }

    @Test
    void aWriteHiddenInAReadQuestionIsClassifiedByOurParserAndPlannedThroughApproval() {
        String question = "which orders were cancelled by mistake";
        server.queue("primary", "hidden-delete.json");

        Understanding answer = engine(2, "primary").answer(question, lexicon, List.of(), notUnderstood(question));

        Intent intent = understood(answer).intent();
        assertThat(intent.intentType()).isEqualTo(IntentType.DELETE);
        assertThat(intent.estimatedRisk()).isEqualTo(RiskLevel.HIGH);
        assertThat(intent.generated().sql()).isEqualTo("DELETE FROM public.orders WHERE status = ?");
        assertThat(intent.generated().parameters()).containsExactly(new SqlParameter("unknown", "cancelled"));
        WorkflowPlan plan = understood(answer).plan();
        assertThat(plan).isEqualTo(WorkflowPlan.writeFromQuestion());
        assertThat(plan.steps()).containsSubsequence(Step.QUERY, Step.IMPACT, Step.APPROVAL, Step.EXECUTION);
        assertThat(explainer.explained).singleElement().satisfies(e -> assertThat(e.write()).isTrue());
    }

    @Test
    void aSchemaChangeIsRefusedWithoutAskingForACorrection() {
        server.queue("primary", "drop-table.json", "cheap-products.json");

        Understanding answer = engine(2, "primary").answer(CHEAPER, lexicon, List.of(), notUnderstood(CHEAPER));

        assertThat(answer).isInstanceOfSatisfying(Understanding.Refused.class, refused -> {
            assertThat(refused.message()).contains("changes the structure of the database", "nothing was run");
            assertThat(refused.hint()).isNotBlank();
        });
        assertThat(server.requests("primary")).hasSize(1);
        assertThat(explainer.explained).isEmpty();
    }

    @Test
    void aTimeoutWithNoBackupFailsClearlyKeepingWhatTheDeterministicEngineSaid() {
        server.queue("primary", "slow.json");
        Understanding.NotUnderstood deterministic = notUnderstood(CHEAPER);

        Understanding answer = new LlmEngine(chain(Duration.ofMillis(500), "primary"),
                new SqlValidator(new SqlGuard(GuardPolicy.defaults()), explainer), 2)
                .answer(CHEAPER, lexicon, List.of(), deterministic);

        assertThat(answer).isInstanceOfSatisfying(Understanding.NotUnderstood.class, failed -> {
            assertThat(failed.message()).startsWith(deterministic.message())
                    .contains("The language model could not be asked either", "primary: timed out");
            assertThat(failed.unknownWords()).isEqualTo(deterministic.unknownWords());
            assertThat(failed.hint()).isEqualTo(deterministic.hint());
        });
        assertThat(explainer.explained).isEmpty();
    }

    @Test
    void aRateLimitedProviderHandsTheSameConversationToTheBackup() {
        server.queue("primary", "rate-limited.json").queue("backup", "cheap-products.json");

        Understanding answer = engine(2, "primary", "backup").answer(CHEAPER, lexicon, List.of(),
                notUnderstood(CHEAPER));

        assertThat(understood(answer).intent().generated().sql()).contains("FROM public.products");
        assertThat(server.requests("primary")).hasSize(1);
        assertThat(server.requests("backup")).hasSize(1);
        assertThat(server.requests("backup").get(0).path("messages"))
                .isEqualTo(server.requests("primary").get(0).path("messages"));
    }

    @Test
    void aServerErrorAndAMalformedBodyBothFallToTheNextProvider() {
        server.queue("first", "server-error.json").queue("second", "malformed-body.json")
                .queue("third", "cheap-products.json");

        Understanding answer = engine(2, "first", "second", "third").answer(CHEAPER, lexicon, List.of(),
                notUnderstood(CHEAPER));

        assertThat(understood(answer).intent().generated()).isNotNull();
        assertThat(server.requests("third")).hasSize(1);
    }

    @Test
    void whenEveryProviderFailsTheMessageSaysWhyForEach() {
        server.queue("first", "rate-limited.json").queue("second", "malformed-body.json");

        Understanding answer = engine(2, "first", "second").answer(CHEAPER, lexicon, List.of(),
                notUnderstood(CHEAPER));

        assertThat(answer).isInstanceOfSatisfying(Understanding.NotUnderstood.class, failed -> assertThat(
                failed.message()).contains("first: rate limited (HTTP 429)", "second: "));
    }

    @Test
    void anAnswerThatIsNotTheJsonAskedForIsSentBackAsACorrection() {
        server.queue("primary", "not-json-answer.json", "cheap-products.json");

        Understanding answer = engine(2, "primary").answer(CHEAPER, lexicon, List.of(), notUnderstood(CHEAPER));

        assertThat(understood(answer).intent().generated()).isNotNull();
        assertThat(server.requests("primary").get(1).path("messages").get(3).path("content").asText())
                .contains("not the JSON object");
    }

    @Test
    void correctionsAreBoundedThenTheQuestionFailsWithTheLastProblem() {
        server.queue("primary", "unknown-column.json", "two-statements.json", "unknown-column.json",
                "cheap-products.json");

        Understanding answer = engine(2, "primary").answer(CHEAPER, lexicon, List.of(), notUnderstood(CHEAPER));

        assertThat(answer).isInstanceOfSatisfying(Understanding.NotUnderstood.class, failed -> {
            assertThat(failed.message()).contains("did not pass validation after 2 corrections", "nothing was run",
                    "column prise does not exist");
            assertThat(failed.hint()).contains("Rephrase");
        });
        assertThat(server.requests("primary")).hasSize(3);
        assertThat(explainer.explained).isEmpty();
    }

    @Test
    void aModelThatFindsNoAnswerSaysSo() {
        String question = "what is the weather tomorrow";
        server.queue("primary", "declined.json");

        Understanding answer = engine(2, "primary").answer(question, lexicon, List.of(), notUnderstood(question));

        assertThat(answer).isInstanceOfSatisfying(Understanding.NotUnderstood.class,
                failed -> assertThat(failed.message()).contains("The database holds no weather data."));
    }

    @Test
    void positionsAndLimitsStayLiteralsWhileValuesBecomeParameters() {
        String question = "cities in Texas ranked by customer headcount";
        server.queue("primary", "customers-in-texas-cities.json");

        Understanding answer = engine(2, "primary").answer(question, lexicon, List.of(), notUnderstood(question));

        GeneratedSql generated = understood(answer).intent().generated();
        assertThat(generated.sql()).isEqualTo("SELECT c.city, count(*) AS customers FROM public.customers c"
                + " WHERE c.state = ? GROUP BY 1 ORDER BY 2 DESC LIMIT 5");
        assertThat(generated.parameters()).containsExactly(new SqlParameter("unknown", "Texas"));
    }

    private LlmEngine engine(int maxCorrections, String... providers) {
        return new LlmEngine(chain(Duration.ofSeconds(5), providers),
                new SqlValidator(new SqlGuard(GuardPolicy.defaults()), explainer), maxCorrections);
    }

    private ProviderChain chain(Duration timeout, String... names) {
        List<Provider> providers = new ArrayList<>();
        for (String name : names) {
            providers.add(new Provider(name, ChatModels.build(new ProviderSettings(name, server.baseUrl(name),
                    "llama-3.3-70b-versatile", "test-key", timeout))));
        }
        return new ProviderChain(providers);
    }

    /** The deterministic engine's own answer: the LLM path only ever starts from "not understood". */
    private static Understanding.NotUnderstood notUnderstood(String question) {
        Understanding deterministic = new DeterministicEngine().understand(question, SHOP);
        assertThat(deterministic).as("the deterministic engine's answer to %s", question)
                .isInstanceOf(Understanding.NotUnderstood.class);
        return (Understanding.NotUnderstood) deterministic;
    }

    private static Understanding.Understood understood(Understanding answer) {
        assertThat(answer).isInstanceOf(Understanding.Understood.class);
        return (Understanding.Understood) answer;
    }

    private static String userText(JsonNode request, int userIndex) {
        int seen = 0;
        for (JsonNode message : request.path("messages")) {
            if ("user".equals(message.path("role").asText()) && seen++ == userIndex) {
                return message.path("content").asText();
            }
        }
        throw new AssertionError("no user message " + userIndex + " in " + request);
    }
}
