package io.pgwarden.deploy.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.contracts.schema.SchemaContext;
import io.pgwarden.deploy.postgres.DatabaseEndpoint;
import io.pgwarden.deploy.postgres.DatabaseProvisioner;
import io.pgwarden.deploy.postgres.PostgresAccounts;
import io.pgwarden.deploy.postgres.PostgresBinaries;
import io.pgwarden.deploy.postgres.PostgresServer;
import io.pgwarden.deploy.postgres.RootlessCommand;
import io.pgwarden.deploy.postgres.SampleDatabase;
import io.pgwarden.deploy.support.Ports;
import io.pgwarden.execution.read.GuardedRead;
import io.pgwarden.execution.read.ReadLimits;
import io.pgwarden.intent.domain.DeterministicEngine;
import io.pgwarden.intent.domain.Understanding;
import io.pgwarden.intent.domain.followup.Turn;
import io.pgwarden.query.domain.BuiltQuery;
import io.pgwarden.query.domain.SqlBuilder;
import io.pgwarden.schema.domain.ContextBuilder;
import io.pgwarden.schema.store.CatalogReading;
import io.pgwarden.schema.store.ColumnValueSampler;
import io.pgwarden.sqlguard.GuardPolicy;
import io.pgwarden.sqlguard.SqlGuard;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The deterministic engine's accuracy, by execution: each question goes through the engine (intent-service),
 * schema grounding (schema-service's catalog reading and context) and SQL building (query-service), runs through
 * execution-service's guarded read as the reader role, and its rows are compared with those of a hand-written gold
 * SQL on the same real PostgreSQL. Two databases: the sample shop (snake_case) and a Chinook-like music store
 * (PascalCase). Questions used while building the engine ({@code dev}) are scored apart from questions only ever
 * scored ({@code heldout}); questions that must be refused or clarified are scored on their own. The figures in
 * {@code accuracy/recorded-accuracy.properties} are floors: a drop below any of them fails the test.
 *
 * <p>Run: {@code ./mvnw -B -ntp -o -pl deploy verify -Dtest=NoSuch -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=AccuracyIT}. {@code -Dpgwarden.accuracy.verbose=true} prints every miss with its SQL.
 */
class AccuracyIT {

    private static final String NOT_ANSWERED = "not answered: ";
    private static final boolean VERBOSE = Boolean.getBoolean("pgwarden.accuracy.verbose");
    private static final ReadLimits LIMITS = new ReadLimits(5000, 500, Duration.ofSeconds(10), Duration.ofSeconds(1),
            Duration.ofSeconds(30));

    private static Path workDir;
    private static PostgresServer server;
    private static final Map<String, DatabaseEndpoint> READERS = new TreeMap<>();
    private static final Map<String, SchemaCatalog> CATALOGS = new TreeMap<>();

    private final DeterministicEngine engine = new DeterministicEngine();
    private final ContextBuilder contexts = new ContextBuilder();
    private final SqlBuilder builder = new SqlBuilder();
    private final GuardedRead read = new GuardedRead(new SqlGuard(GuardPolicy.defaults()), LIMITS);

    @BeforeAll
    static void startPostgresWithBothDatabases() throws Exception {
        workDir = Files.createTempDirectory("pgwarden-accuracy-");
        server = new PostgresServer(PostgresBinaries.unpackInto(PostgresBinaries.defaultCacheRoot()),
                RootlessCommand.forCurrentUser(), workDir.resolve("data"), Ports.freePort(), false,
                workDir.resolve("postgres.log"));
        server.start(Instant.now().plusSeconds(120));
        new DatabaseProvisioner(server).provision();
        SampleDatabase sample = new SampleDatabase(server);
        sample.ensureLoaded();
        READERS.put("shop", sample.readerEndpoint());
        try (Connection maintenance = server.superuser(PostgresAccounts.MAINTENANCE_DATABASE).open();
                Statement statement = maintenance.createStatement()) {
            statement.execute("CREATE DATABASE music OWNER " + PostgresAccounts.OWNER);
        }
        DatabaseEndpoint musicOwner = DatabaseEndpoint.local(server.port(), "music", PostgresAccounts.OWNER,
                PostgresAccounts.OWNER_PASSWORD);
        try (Connection owner = musicOwner.open(); Statement statement = owner.createStatement()) {
            statement.execute(resource("music-schema.sql"));
        }
        READERS.put("music", musicOwner.as(PostgresAccounts.READER, PostgresAccounts.READER_PASSWORD));
        for (Map.Entry<String, DatabaseEndpoint> reader : READERS.entrySet()) {
            try (Connection connection = reader.getValue().open()) {
                CATALOGS.put(reader.getKey(), CatalogReading.read(connection, reader.getKey(),
                        CatalogReading.Settings.defaults(), new ColumnValueSampler()));
            }
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void answersAtLeastTheRecordedShareOfQuestionsAndRefusesTheRest() throws Exception {
        List<AccuracyCase> answerable = new ArrayList<>();
        for (String schema : List.of("shop", "music")) {
            for (String set : List.of("dev", "heldout")) {
                answerable.addAll(AccuracyCase.load(schema + "-" + set + ".tsv", schema, set));
            }
        }
        List<AccuracyCase> refusals = new ArrayList<>();
        for (String set : List.of("dev", "heldout")) {
            // A refusal line names its database where other lines name their pattern.
            AccuracyCase.load("refusals-" + set + ".tsv", "", set).forEach(c -> refusals.add(
                    new AccuracyCase(c.pattern(), c.set(), "must not be answered (" + c.expected() + ")", c.turns(),
                            c.expected())));
        }

        Score score = new Score();
        List<String> wrongRows = new ArrayList<>();
        for (AccuracyCase question : answerable) {
            String miss = answer(question);
            score.add(question, miss == null);
            if (miss != null && !miss.startsWith(NOT_ANSWERED)) {
                wrongRows.add(question.set() + "/" + question.schema() + ": " + question.question());
            }
            if (miss != null && VERBOSE) {
                System.out.println("MISS [" + question.set() + "/" + question.schema() + "/" + question.pattern()
                        + "] " + String.join(" || ", question.turns()) + "\n    " + miss.replace("\n", "\n    "));
            }
        }
        Score refused = new Score();
        for (AccuracyCase question : refusals) {
            String wrong = refuse(question);
            refused.add(question, wrong == null);
            if (wrong != null && VERBOSE) {
                System.out.println("ANSWERED [" + question.set() + "/" + question.schema() + "] "
                        + question.question() + "\n    " + wrong.replace("\n", "\n    "));
            }
        }
        System.out.println(score.report("Execution accuracy (answerable questions)"));
        System.out.println(refused.report("Refused or clarified (questions that must not be answered)"));
        System.out.println("Answered with wrong rows (the worst outcome): " + wrongRows.size() + " " + wrongRows);

        Properties recorded = new Properties();
        try (InputStream in = AccuracyIT.class.getResourceAsStream("/accuracy/recorded-accuracy.properties")) {
            recorded.load(in);
        }
        assertThat(answerable).hasSizeGreaterThanOrEqualTo(150);
        assertThat(refusals).hasSizeGreaterThanOrEqualTo(30);
        assertThat(score.percent("dev")).as("dev accuracy").isGreaterThanOrEqualTo(floor(recorded, "dev"));
        assertThat(score.percent("heldout")).as("held-out accuracy")
                .isGreaterThanOrEqualTo(floor(recorded, "heldout"));
        assertThat(refused.percent(null)).as("refusals").isGreaterThanOrEqualTo(floor(recorded, "refusals"));
        assertThat(wrongRows.size()).as("answerable questions answered with wrong rows: %s", wrongRows)
                .isLessThanOrEqualTo((int) floor(recorded, "wrongAnswers"));
    }

    /** Null when the engine's rows match the gold rows, else what went wrong. */
    private String answer(AccuracyCase question) {
        SchemaCatalog catalog = CATALOGS.get(question.schema());
        Understanding understanding;
        try {
            understanding = converse(question, catalog);
        } catch (RuntimeException e) {
            return "engine failed: " + e;
        }
        if (!(understanding instanceof Understanding.Understood understood)) {
            return NOT_ANSWERED + describe(understanding);
        }
        try (Connection connection = READERS.get(question.schema()).open()) {
            SchemaContext context = contexts.build(understood.intent(), catalog);
            BuiltQuery built = builder.build(understood.intent().spec(), context);
            List<List<Object>> rows = read.execute(connection, built.sql(), built.parameters()).rows();
            List<List<Object>> gold = read.execute(connection, question.expected(), List.of()).rows();
            boolean ordered = question.expected().toUpperCase(Locale.ROOT).contains("ORDER BY");
            if (ResultSets.match(rows, gold, ordered)) {
                return null;
            }
            return "rows differ (" + rows.size() + " vs gold " + gold.size() + "): " + preview(rows) + " vs gold "
                    + preview(gold) + "\n" + built.sql() + "\n" + built.parameters();
        } catch (SQLException | RuntimeException e) {
            return "failed to run: " + e.getMessage();
        }
    }

    /** Null when the engine refuses or asks back, as expected; else what it did. */
    private String refuse(AccuracyCase question) {
        Understanding understanding;
        try {
            understanding = converse(question, CATALOGS.get(question.schema()));
        } catch (RuntimeException e) {
            return "engine failed: " + e;
        }
        return understanding instanceof Understanding.Understood understood
                ? "answered with " + understood.intent().spec() : null;
    }

    /** Asks every turn in order, each with the turns before it, as a session would. */
    private Understanding converse(AccuracyCase question, SchemaCatalog catalog) {
        List<Turn> history = new ArrayList<>();
        Understanding last = null;
        for (String turn : question.turns()) {
            last = engine.understand(turn, catalog, history);
            history.add(0, new Turn(turn, last instanceof Understanding.Understood u ? u.intent() : null));
        }
        return last;
    }

    private static String describe(Understanding understanding) {
        if (understanding instanceof Understanding.NeedsClarification clarification) {
            return "clarification: " + clarification.reason() + " " + clarification.options();
        }
        Understanding.Failure failure = (Understanding.Failure) understanding;
        return failure.code() + ": " + failure.message();
    }

    private static String preview(List<List<Object>> rows) {
        return rows.stream().limit(3).toList().toString();
    }

    private static double floor(Properties recorded, String key) {
        return Double.parseDouble(recorded.getProperty(key, "0"));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = AccuracyIT.class.getResourceAsStream("/accuracy/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Hits and totals per set, schema and pattern. */
    private static final class Score {

        private final Map<String, int[]> counts = new TreeMap<>();

        void add(AccuracyCase question, boolean hit) {
            for (String key : List.of("set " + question.set(), "schema " + question.schema() + " " + question.set(),
                    "pattern " + question.pattern(), "all")) {
                int[] count = counts.computeIfAbsent(key, k -> new int[2]);
                count[0] += hit ? 1 : 0;
                count[1]++;
            }
        }

        double percent(String set) {
            int[] count = counts.get(set == null ? "all" : "set " + set);
            return count == null ? 0 : Math.floor(1000.0 * count[0] / count[1]) / 10.0;
        }

        String report(String title) {
            StringBuilder text = new StringBuilder(title).append('\n');
            counts.forEach((key, count) -> text.append(String.format(Locale.ROOT, "  %-36s %4d / %-4d %6.1f%%%n",
                    key, count[0], count[1], 100.0 * count[0] / count[1])));
            return text.toString();
        }
    }
}
