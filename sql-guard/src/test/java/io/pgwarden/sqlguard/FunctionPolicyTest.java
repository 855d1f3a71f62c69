package io.pgwarden.sqlguard;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.sqlguard.functions.AllowedFunctions;
import io.pgwarden.sqlguard.functions.DenyReason;
import io.pgwarden.sqlguard.functions.DeniedFunctions;
import io.pgwarden.sqlguard.functions.FunctionName;
import io.pgwarden.sqlguard.functions.FunctionPolicy;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FunctionPolicyTest {

    private final FunctionPolicy policy = new FunctionPolicy(AllowedFunctions.builtIn(), Set.of("acme.score"));

    @ParameterizedTest(name = "{0} is denied: {1}")
    @CsvSource({
        "pg_sleep_for, SLEEP",
        "pg_ls_logdir, FILE_ACCESS",
        "pg_copy_logical_replication_slot, REPLICATION",
        "lo_put, LARGE_OBJECT",
        "loread, LARGE_OBJECT",
        "dblink_connect, REMOTE_CONNECTION",
        "pg_try_advisory_lock_shared, ADVISORY_LOCK",
        "txid_current_if_assigned, TRANSACTION_ID",
        "database_to_xmlschema, SQL_TEXT_RUNNER",
        "pg_stat_reset_shared, STATISTICS_RESET",
        "currval, SEQUENCE"})
    void deniesSideEffectFunctionFamilies(String name, DenyReason reason) {
        assertThat(DeniedFunctions.reasonFor(name)).contains(reason);
    }

    @Test
    void doesNotDenyNamesThatOnlyResembleADeniedFamily() {
        assertThat(DeniedFunctions.reasonFor("pg_copy_slot_names")).isEmpty();
        assertThat(DeniedFunctions.reasonFor("lower")).isEmpty();
        assertThat(DeniedFunctions.reasonFor("PG_SLEEP")).isEmpty();
    }

    @Test
    void keepsTheBuiltInAllowListFreeOfDeniedNames() {
        assertThat(AllowedFunctions.builtIn()).isNotEmpty()
                .noneMatch(name -> DeniedFunctions.reasonFor(name).isPresent());
    }

    @Test
    void allowsBuiltInsOnlyUnqualifiedOrInPgCatalog() {
        assertThat(policy.isAllowed(FunctionName.unqualified("date_trunc"))).isTrue();
        assertThat(policy.isAllowed(FunctionName.of("pg_catalog", "date_trunc"))).isTrue();
        assertThat(policy.isAllowed(FunctionName.of("public", "date_trunc"))).isFalse();
    }

    @Test
    void allowsOperatorAdditionsOnlyAsWritten() {
        assertThat(policy.isAllowed(FunctionName.of("acme", "score"))).isTrue();
        assertThat(policy.isAllowed(FunctionName.unqualified("score"))).isFalse();
    }

    @Test
    void refusesTheFirstDeniedCallBeforeLookingForUnknownOnes() {
        List<FunctionName> calls = List.of(FunctionName.unqualified("lower"), FunctionName.unqualified("mystery"),
                FunctionName.of("pg_catalog", "lo_import"));

        assertThat(policy.deniedCall(calls)).contains("Function pg_catalog.lo_import is refused because it reads, "
                + "writes or deletes large objects, which can reach the server's file system. Remove it from the "
                + "statement.");
        assertThat(policy.unknownCalls(calls)).get().asString().startsWith("Functions mystery, pg_catalog.lo_import");
    }
}
