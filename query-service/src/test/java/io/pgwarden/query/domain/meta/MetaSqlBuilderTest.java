package io.pgwarden.query.domain.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.intent.MetaRequest;
import io.pgwarden.contracts.intent.MetaRequest.Kind;
import io.pgwarden.contracts.schema.ColumnInfo;
import io.pgwarden.contracts.schema.SchemaContext;
import io.pgwarden.contracts.schema.TableInfo;
import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.contracts.sql.StatementKind;
import io.pgwarden.query.domain.BuiltQuery;
import io.pgwarden.sqlguard.GuardPolicy;
import io.pgwarden.sqlguard.SqlGuard;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Meta-questions become catalog reads that the guard accepts as safe reads; table names are parameters. */
class MetaSqlBuilderTest {

    private static final TableInfo ORDERS = table("public", "orders");
    private static final TableInfo CUSTOMERS = table("public", "customers");
    private static final TableInfo LOANS = table("library", "Loan");

    private final MetaSqlBuilder builder = new MetaSqlBuilder();
    private final SqlGuard guard = new SqlGuard(GuardPolicy.defaults());
    private final SchemaContext context = new SchemaContext("test", "fp", List.of(ORDERS, CUSTOMERS, LOANS),
            List.of());

    @Test
    void listsTheTablesFromInformationSchema() {
        BuiltQuery built = builder.build(new MetaRequest(Kind.TABLES, List.of()), context);

        assertThat(built.sql()).contains("FROM information_schema.tables t").doesNotContain("?");
        assertThat(built.parameters()).isEmpty();
        assertThat(guard.requireSafeRead(built.sql()).kind()).isEqualTo(StatementKind.READ);
    }

    @Test
    void listsTheColumnsOfOneTableNamedByParameters() {
        BuiltQuery built = builder.build(new MetaRequest(Kind.COLUMNS, List.of("library.Loan")), context);

        assertThat(built.sql()).contains("FROM information_schema.columns c")
                .contains("WHERE c.table_schema = ? AND c.table_name = ?").doesNotContain("Loan");
        assertThat(built.parameters()).containsExactly(new SqlParameter("text", "library"),
                new SqlParameter("text", "Loan"));
        assertThat(built.explanation()).startsWith("Lists the columns of Loan");
        assertThat(guard.requireSafeRead(built.sql()).kind()).isEqualTo(StatementKind.READ);
    }

    @Test
    void listsTheForeignKeysAmongSeveralTablesOrOfOne() {
        BuiltQuery between = builder.build(new MetaRequest(Kind.RELATIONSHIPS,
                List.of("public.orders", "public.customers")), context);
        BuiltQuery around = builder.build(new MetaRequest(Kind.RELATIONSHIPS, List.of("public.orders")), context);

        assertThat(between.sql()).contains("WHERE k.contype = 'f'\n  AND ((n.nspname = ? AND r.relname = ?) OR"
                + " (n.nspname = ? AND r.relname = ?))\n  AND ((rn.nspname = ? AND rt.relname = ?) OR"
                + " (rn.nspname = ? AND rt.relname = ?))");
        assertThat(between.parameters()).extracting(SqlParameter::value).containsExactly("public", "orders",
                "public", "customers", "public", "orders", "public", "customers");
        assertThat(around.sql()).contains("AND ((n.nspname = ? AND r.relname = ?) OR (rn.nspname = ? AND"
                + " rt.relname = ?))");
        assertThat(around.parameters()).extracting(SqlParameter::value).containsExactly("public", "orders",
                "public", "orders");
        assertThat(guard.requireSafeRead(between.sql()).kind()).isEqualTo(StatementKind.READ);
        assertThat(guard.requireSafeRead(around.sql()).kind()).isEqualTo(StatementKind.READ);
    }

    private static TableInfo table(String schema, String name) {
        return new TableInfo(schema, name, "TABLE", null, 10,
                List.of(new ColumnInfo("id", "integer", "number", false, null, -1, List.of(), true)), List.of("id"),
                List.of());
    }
}
