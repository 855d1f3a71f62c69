package io.pgwarden.deploy.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pgwarden.deploy.PgwardenSystem;
import io.pgwarden.deploy.SystemConfig;
import io.pgwarden.deploy.service.PgwardenService;
import io.pgwarden.deploy.support.Poll;
import io.pgwarden.sqlguard.StatementCorpus;
import io.pgwarden.sqlguard.StatementCorpus.Entry;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The read path cannot write (issue 4): every hostile statement of the SQL guard's corpus goes through
 * {@code POST /api/v1/sql} of the real system on a real PostgreSQL database and must be refused for the corpus's
 * reason; every legitimate tricky read must be answered; reads that would run for ever are cancelled by the
 * statement timeout; and a fingerprint of the whole database (rows, sequences, objects, roles, settings, large
 * objects) taken as superuser before the first statement is identical after the last.
 *
 * <p>How a refusal shows in the answer (status FAILED in every case):
 * <ul>
 *   <li>the guard refuses in query-service or execution-service: error.code SQL_REJECTED, or BAD_REQUEST for
 *       category EMPTY, and error.hint starts "Refused as &lt;CATEGORY&gt;.": the category must be the corpus's;</li>
 *   <li>a statement the guard classifies as a write (INSERT, UPDATE, DELETE, MERGE, with or without a WITH
 *       clause) is not a read at all on the /sql path: it is routed to the write path, where impact analysis dry
 *       runs it in a rolled-back transaction and either holds it for approval (AWAITING_APPROVAL: nothing ran) or
 *       refuses it (REFUSED_BY_POLICY, or CONFLICT / BAD_REQUEST from the dry run, at the impact step). The corpus
 *       expects WRITE_IN_READ or DATA_MODIFYING_CTE for these (what requireSafeRead says when a write is offered
 *       as a read), so these outcomes count as right for exactly those two categories; the fingerprint check at
 *       the end shows none of them changed anything;</li>
 *   <li>an empty text never becomes a request: the gateway answers HTTP 400 BAD_REQUEST, which counts for EMPTY.</li>
 * </ul>
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadPathAdversarialIT {

    private static final String ANALYST = "analyst-token";
    /** Short, so that runaway reads end quickly; the production default is 30 s. */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(3);
    private static final int CONCURRENT_REQUESTS = 4;
    private static final Set<String> CATEGORIES_OF_A_ROUTED_WRITE = Set.of("WRITE_IN_READ", "DATA_MODIFYING_CTE");

    /** Reads the guard must allow (nothing forbidden in them) that only the statement timeout can stop. */
    private static final List<String> RUNAWAY_READS = List.of(
            "SELECT count(*) FROM (SELECT generate_series(1, 1000000000000) AS n) AS numbers",
            "SELECT count(*) FROM generate_series(1, 1000000) AS a CROSS JOIN generate_series(1, 1000000) AS b",
            "WITH RECURSIVE endless(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM endless) SELECT count(*) FROM endless");

    private static PgwardenSystem system;
    private static GatewayClient gateway;
    private static DatabaseFingerprint before;

    @BeforeAll
    static void startTheSystemOnTheCorpusSchemaAndFingerprintIt() throws Exception {
        system = PgwardenSystem.start(SystemConfig.forTests()
                .allServices()
                .environment(PgwardenService.GATEWAY, "PGWARDEN_GATEWAY_RATE_LIMIT_ENABLED", "false")
                .environment(PgwardenService.EXECUTION, "PGWARDEN_EXECUTION_READ_STATEMENT_TIMEOUT",
                        READ_TIMEOUT.toString())
                .build());
        gateway = new GatewayClient(system.gatewayUrl());
        CorpusSchema.addTo(system.targetDatabaseWriter());
        before = fingerprint();
        JsonNode warm = GatewayClient.untilCompleted(() -> gateway.sql(ANALYST, "SELECT count(*) FROM customers"));
        assertThat(warm.path("status").asText()).as(warm.toString()).isEqualTo("COMPLETED");
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    @Order(1)
    void everyHostileStatementOfTheCorpusIsRefusedForTheReasonTheCorpusGives() throws Exception {
        List<Entry> hostile = StatementCorpus.load(StatementCorpus.HOSTILE);

        List<String> mismatches = submitAll(hostile, Entry::sql, ReadPathAdversarialIT::refusalMismatch);

        assertThat(hostile).hasSizeGreaterThan(150);
        assertThat(mismatches)
                .as("%d of %d hostile statements were not refused as the corpus expects:%n%s", mismatches.size(),
                        hostile.size(), String.join(System.lineSeparator(), mismatches))
                .isEmpty();
    }

    @Test
    @Order(2)
    void everyLegitimateReadOfTheCorpusIsAnswered() throws Exception {
        List<Entry> reads = StatementCorpus.load(StatementCorpus.LEGITIMATE_READS);

        List<String> failures = submitAll(reads, entry -> withNullForEachParameter(entry.sql()),
                ReadPathAdversarialIT::answerMismatch);

        assertThat(reads).hasSizeGreaterThan(60);
        assertThat(failures)
                .as("%d of %d legitimate reads were not answered:%n%s", failures.size(), reads.size(),
                        String.join(System.lineSeparator(), failures))
                .isEmpty();
    }

    @Test
    @Order(3)
    void readsThatWouldRunForEverAreCancelledByTheStatementTimeout() throws Exception {
        List<Entry> runaway = new ArrayList<>();
        for (int i = 0; i < RUNAWAY_READS.size(); i++) {
            runaway.add(new Entry("TIMEOUT", "runaway read " + (i + 1), RUNAWAY_READS.get(i), 0));
        }

        List<String> failures = submitAll(runaway, Entry::sql, (entry, submission) -> {
            boolean cancelled = submission.httpStatus() == 200 && "FAILED".equals(submission.status())
                    && "TIMEOUT".equals(submission.code())
                    && submission.body().path("error").path("message").asText()
                            .contains(READ_TIMEOUT.toSeconds() + " s limit");
            return cancelled ? Optional.empty()
                    : Optional.of(describe(entry, "FAILED TIMEOUT within the request", submission));
        });

        assertThat(failures).as(String.join(System.lineSeparator(), failures)).isEmpty();
    }

    @Test
    @Order(4)
    void theDatabaseIsExactlyAsItWasBeforeTheFirstStatement() throws Exception {
        List<String> differences = fingerprint().differencesFrom(before);

        assertThat(before.facts()).containsKeys("rows public.customers", "rows public.orders",
                "sequence public.orders_id_seq", "role pgwarden_reader", "large objects");
        assertThat(differences)
                .as("the database changed:%n%s", String.join(System.lineSeparator(), differences))
                .isEmpty();
    }

    /** @return why the read was not answered, or empty when it was */
    private static Optional<String> answerMismatch(Entry entry, Submission submission) {
        return "COMPLETED".equals(submission.status()) ? Optional.empty()
                : Optional.of(describe(entry, "COMPLETED", submission));
    }

    /** @return why the answer is not the refusal the corpus expects, or empty when it is */
    private static Optional<String> refusalMismatch(Entry entry, Submission submission) {
        String expected = entry.expectation();
        String code = submission.code();
        boolean right;
        if (submission.httpStatus() == 400) {
            right = expected.equals("EMPTY") && "BAD_REQUEST".equals(code);
        } else if (CATEGORIES_OF_A_ROUTED_WRITE.contains(expected) && !isGuardRefusal(submission, expected)) {
            right = "AWAITING_APPROVAL".equals(submission.status())
                    || ("FAILED".equals(submission.status()) && ("REFUSED_BY_POLICY".equals(code)
                            || (Set.of("CONFLICT", "BAD_REQUEST").contains(code)
                                    && "impact".equalsIgnoreCase(submission.step()))));
        } else if (!"FAILED".equals(submission.status())) {
            right = false;
        } else {
            right = isGuardRefusal(submission, expected);
        }
        return right ? Optional.empty() : Optional.of(describe(entry, "refused as " + expected, submission));
    }

    /** The guard (in query-service or execution-service) refused it for the expected category. */
    private static boolean isGuardRefusal(Submission submission, String expected) {
        return "FAILED".equals(submission.status())
                && ("SQL_REJECTED".equals(submission.code()) || "BAD_REQUEST".equals(submission.code()))
                && submission.hint().startsWith("Refused as " + expected + ".");
    }

    private static String describe(Entry entry, String expected, Submission submission) {
        return "  " + entry + "\n      " + oneLine(entry.sql()) + "\n      expected " + expected + ", got "
                + submission.outcome();
    }

    private static String oneLine(String sql) {
        return sql.replace("\n", "\\n");
    }

    /**
     * POST /sql carries no parameter values, so a corpus read with JDBC parameters ({@code ?}) could only fail at
     * binding. NULL in each place keeps the statement's shape and lets it run. The corpus's reads have no {@code ?}
     * inside strings, comments or as the jsonb operator.
     */
    private static String withNullForEachParameter(String sql) {
        return sql.replace("?", "NULL");
    }

    /** Submits every entry, a few at a time, and returns what {@code verdict} says is wrong, in corpus order. */
    private static List<String> submitAll(List<Entry> entries, Function<Entry, String> sqlOf,
            BiFunction<Entry, Submission, Optional<String>> verdict) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT_REQUESTS);
        try {
            List<Future<Optional<String>>> outcomes = new ArrayList<>();
            for (Entry entry : entries) {
                Callable<Optional<String>> task = () -> verdict.apply(entry, submit(sqlOf.apply(entry)));
                outcomes.add(pool.submit(task));
            }
            List<String> problems = new ArrayList<>();
            for (Future<Optional<String>> outcome : outcomes) {
                outcome.get().ifPresent(problems::add);
            }
            return problems;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Submission submit(String sql) throws Exception {
        GatewayClient.Reply reply = gateway.post(ANALYST, "/api/v1/sql",
                GatewayClient.JSON.writeValueAsString(Map.of("sql", sql)));
        JsonNode body = reply.body();
        if (reply.status() == 202 && body != null) {
            body = awaitEnd(body.path("requestId").asText());
        }
        return new Submission(reply.status(), body == null ? GatewayClient.JSON.createObjectNode() : body,
                reply.raw());
    }

    /** The gateway stopped waiting (202 RUNNING): follow the request until it ends, as a frontend would. */
    private static JsonNode awaitEnd(String requestId) {
        JsonNode[] state = new JsonNode[1];
        Poll.every(Duration.ofMillis(200)).until(() -> {
            try {
                state[0] = gateway.get(ANALYST, "/api/v1/requests/" + requestId).body();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return !"RUNNING".equals(state[0].path("status").asText());
        }, () -> false, Instant.now().plus(Duration.ofSeconds(90)));
        return state[0];
    }

    private static DatabaseFingerprint fingerprint() throws Exception {
        try (Connection superuser = system.postgresSuperuser("sample").open()) {
            return DatabaseFingerprint.of(superuser);
        }
    }

    /** One answer of POST /sql: the HTTP status and the request as it ended (or the problem, for a 4xx). */
    private record Submission(int httpStatus, JsonNode body, String raw) {

        String status() {
            return body.path("status").asText();
        }

        String code() {
            return body.path("error").isMissingNode() ? body.path("code").asText()
                    : body.path("error").path("code").asText();
        }

        String hint() {
            return body.path("error").path("hint").asText();
        }

        String step() {
            return body.path("error").path("step").asText();
        }

        String outcome() {
            if (httpStatus != 200 && httpStatus != 202) {
                return "HTTP " + httpStatus + " " + raw;
            }
            if ("COMPLETED".equals(status())) {
                return "COMPLETED (it ran: " + body.path("rowCount").asInt() + " rows)";
            }
            return status() + " " + code() + " at " + step() + ": " + body.path("error").path("message").asText() + " / " + hint();
        }
    }
}
