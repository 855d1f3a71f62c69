package io.pgwarden.deploy.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.error.UserFacingError;
import io.pgwarden.deploy.PgwardenSystem;
import io.pgwarden.deploy.SystemConfig;
import io.pgwarden.execution.read.GuardedRead;
import io.pgwarden.execution.read.ReadLimits;
import io.pgwarden.sqlguard.GuardPolicy;
import io.pgwarden.sqlguard.SqlGuard;
import io.pgwarden.sqlguard.StatementCorpus;
import io.pgwarden.sqlguard.StatementCorpus.Entry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A property of the read path, fuzzed: whatever text the SQL guard accepts as a read, run through execution-service's
 * own read path ({@link GuardedRead}: plan check, READ ONLY transaction with timeouts) on a real PostgreSQL, leaves
 * the database exactly as it was. Mutants come from the guard's corpus ({@link ReadPathMutations}: splices, comments,
 * semicolons, stacked and wrapped hostile statements, case changes, unicode escapes, dollar quotes).
 *
 * <p>The reads run as the tables' owner, a login that may write, so the property rests on layers 1 to 3 alone and
 * not on the reader role's missing privileges. The database fingerprint (rows and checksums, sequences, objects,
 * roles, settings, large objects) is compared after every batch, so a change is traced to the batch that made it.
 *
 * <p>Bounded for CI: {@code -Dpgwarden.fuzz.tries=500} (default, about 15 s) mutants; each run picks a new seed and prints it;
 * {@code -Dpgwarden.fuzz.seed=<seed>} repeats a run exactly.
 */
class ReadPathFuzzIT {

    private static final int TRIES = Integer.getInteger("pgwarden.fuzz.tries", 500);
    private static final long SEED = Long.getLong("pgwarden.fuzz.seed", System.nanoTime());
    private static final int BATCH = 50;
    private static final ReadLimits LIMITS = new ReadLimits(100, 100, Duration.ofSeconds(1), Duration.ofMillis(500),
            Duration.ofSeconds(5));

    private static PgwardenSystem system;

    @BeforeAll
    static void startPostgresWithTheCorpusSchema() throws Exception {
        system = PgwardenSystem.start(SystemConfig.forTests().build());
        CorpusSchema.addTo(system.targetDatabaseWriter());
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void nothingTheGuardAcceptsAsAReadChangesTheDatabase() throws Exception {
        SqlGuard guard = new SqlGuard(GuardPolicy.defaults());
        GuardedRead read = new GuardedRead(guard, LIMITS);
        ReadPathMutations mutations = new ReadPathMutations(sqlOf(StatementCorpus.HOSTILE),
                sqlOf(StatementCorpus.LEGITIMATE_READS), SEED);
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> changes = new ArrayList<>();
        int accepted = 0;

        DatabaseFingerprint before = fingerprint();
        Connection owner = system.targetDatabaseWriter().open();
        try {
            List<String> batch = new ArrayList<>();
            for (int i = 1; i <= TRIES; i++) {
                String mutant = mutations.next();
                if (guard.inspect(mutant).isSafeRead()) {
                    accepted++;
                    batch.add(mutant);
                    String outcome = run(read, owner, mutant);
                    outcomes.merge(outcome, 1, Integer::sum);
                    if (outcome.startsWith("SQLSTATE 08") || owner.isClosed()) {
                        owner.close();
                        owner = system.targetDatabaseWriter().open();
                    }
                } else {
                    outcomes.merge("refused by the guard", 1, Integer::sum);
                }
                if (i % BATCH == 0 || i == TRIES) {
                    List<String> differences = fingerprint().differencesFrom(before);
                    if (!differences.isEmpty()) {
                        changes.add("after tries " + (i - BATCH + 1) + ".." + i + ": " + differences
                                + "\n  accepted in that batch:\n    " + String.join("\n    ", batch));
                        before = fingerprint();
                    }
                    batch.clear();
                }
            }
        } finally {
            owner.close();
        }

        String summary = "seed " + SEED + " (repeat with -Dpgwarden.fuzz.seed=" + SEED + "), " + TRIES + " mutants, "
                + accepted + " accepted as reads; outcomes " + outcomes;
        System.out.println("ReadPathFuzzIT: " + summary);
        assertThat(changes).as("the database changed; %s%n%s", summary, String.join("\n", changes)).isEmpty();
        assertThat(accepted).as("too few mutants reached the database to test anything; " + summary)
                .isGreaterThanOrEqualTo(TRIES / 20);
        assertThat(outcomes.keySet()).as(summary).anyMatch(outcome -> outcome.equals("ran"));
    }

    /** Runs one accepted mutant; every failure is a fine outcome here, only a changed database is not. */
    private static String run(GuardedRead read, Connection owner, String sql) {
        try {
            read.execute(owner, sql, List.of());
            return "ran";
        } catch (SQLException e) {
            return "SQLSTATE " + e.getSQLState();
        } catch (RuntimeException e) {
            return e instanceof UserFacingError error ? "refused " + error.code() : e.getClass().getSimpleName();
        }
    }

    /** Corpus reads with JDBC parameters get NULL in each place, as ReadPathAdversarialIT does. */
    private static List<String> sqlOf(String corpus) {
        return StatementCorpus.load(corpus).stream().map(Entry::sql).map(sql -> sql.replace("?", "NULL")).toList();
    }

    private static DatabaseFingerprint fingerprint() throws SQLException {
        try (Connection superuser = system.postgresSuperuser("sample").open()) {
            return DatabaseFingerprint.of(superuser);
        }
    }
}
