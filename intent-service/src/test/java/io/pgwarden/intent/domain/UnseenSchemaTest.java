package io.pgwarden.intent.domain;

import static io.pgwarden.intent.domain.fixtures.Catalogs.catalog;
import static io.pgwarden.intent.domain.fixtures.Catalogs.date;
import static io.pgwarden.intent.domain.fixtures.Catalogs.integer;
import static io.pgwarden.intent.domain.fixtures.Catalogs.numeric;
import static io.pgwarden.intent.domain.fixtures.Catalogs.table;
import static io.pgwarden.intent.domain.fixtures.Catalogs.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.intent.Aggregate;
import io.pgwarden.contracts.intent.Condition;
import io.pgwarden.contracts.intent.GroupKey;
import io.pgwarden.contracts.intent.Operator;
import io.pgwarden.contracts.intent.Ordering;
import io.pgwarden.contracts.intent.QuerySpec;
import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.intent.domain.Understanding.Understood;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The new patterns on a schema none of the engine's other tests use: a singular, snake_case HR database with a
 * manager hierarchy. Nothing in the engine names these tables or columns.
 */
class UnseenSchemaTest {

    private final DeterministicEngine engine = new DeterministicEngine();
    private final SchemaCatalog hr = catalog(
            table("hr", "department").key(integer("department_id"))
                    .column(text("department_name", "Sales", "Engineering", "Finance")).build(),
            table("hr", "employee").key(integer("employee_id")).column(text("first_name", "Steven", "Neena", "Lex"))
                    .column(text("last_name")).column(text("email")).column(date("hire_date"))
                    .column(numeric("salary")).column(numeric("commission_pct"))
                    .references(integer("department_id"), "hr.department", "department_id")
                    .references(integer("manager_id"), "hr.employee", "employee_id").build());

    private QuerySpec spec(String question) {
        Understanding answer = engine.understand(question, hr);
        assertThat(answer).as(question).isInstanceOf(Understood.class);
        return ((Understood) answer).intent().spec();
    }

    @Test
    void readsJoinsSelfReferencesTimeAndSuperlativesOnAnUnseenSchema() {
        assertThat(spec("employees in the Sales department").conditions()).containsExactly(
                new Condition("hr.department", "department_name", Operator.EQ, List.of("Sales")));
        assertThat(spec("employees whose manager is Steven").conditions()).containsExactly(
                new Condition("hr.employee", "first_name", Operator.EQ, List.of("Steven"), "manager_id"));
        assertThat(spec("employees hired in 2024").conditions()).containsExactly(
                new Condition("hr.employee", "hire_date", Operator.GE, List.of("2024-01-01")),
                new Condition("hr.employee", "hire_date", Operator.LT, List.of("2025-01-01")));
        assertThat(spec("employees without a commission pct").conditions()).containsExactly(
                new Condition("hr.employee", "commission_pct", Operator.IS_NULL, List.of()));
        QuerySpec perDepartment = spec("average salary of employees per department");
        assertThat(perDepartment.aggregate()).isEqualTo(new Aggregate(Aggregate.Function.AVG, "salary"));
        assertThat(perDepartment.groupBy()).containsExactly(new GroupKey("hr.department", "department_id", null),
                new GroupKey("hr.department", "department_name", null));
        QuerySpec most = spec("which department has the most employees");
        assertThat(most.orderBy()).containsExactly(Ordering.byAggregate(true));
        assertThat(most.limit()).isEqualTo(1);
        assertThat(spec("the newest employee").orderBy()).containsExactly(new Ordering("hire_date", true));
        assertThat(spec("what percentage of employees are in the Finance department").aggregate().function())
                .isEqualTo(Aggregate.Function.PERCENT);
    }
}
