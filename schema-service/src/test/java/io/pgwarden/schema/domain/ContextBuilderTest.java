package io.pgwarden.schema.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.intent.Aggregate;
import io.pgwarden.contracts.intent.Assignment;
import io.pgwarden.contracts.intent.Complexity;
import io.pgwarden.contracts.intent.Condition;
import io.pgwarden.contracts.intent.GroupKey;
import io.pgwarden.contracts.intent.Intent;
import io.pgwarden.contracts.intent.IntentType;
import io.pgwarden.contracts.intent.MetaRequest;
import io.pgwarden.contracts.intent.Operator;
import io.pgwarden.contracts.intent.Ordering;
import io.pgwarden.contracts.intent.QuerySpec;
import io.pgwarden.contracts.intent.RiskLevel;
import io.pgwarden.contracts.schema.SchemaContext;
import io.pgwarden.contracts.schema.TableInfo;
import io.pgwarden.kit.error.PipelineException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContextBuilderTest {

    private final ContextBuilder builder = new ContextBuilder();

    @Test
    void cutsTheTablesTheIntentTouchesWithTheJoinPathFromTheMainTable() {
        QuerySpec spec = new QuerySpec("public.orders", List.of("total"), null,
                List.of(new Condition("public.customers", "state", Operator.EQ, List.of("Texas"))),
                List.of(new Ordering("total", true)), 5);

        SchemaContext context = builder.build(intent(spec), Catalogs.shop());

        assertThat(context.tables()).extracting(TableInfo::qualifiedName)
                .containsExactly("public.orders", "public.customers");
        assertThat(context.joins()).hasSize(1);
        assertThat(context.joins().get(0).to()).isEqualTo("public.customers");
        assertThat(context.fingerprint()).isEqualTo("fp-1");
    }

    @Test
    void linksTheTablesOfGroupKeysAndChecksTheirColumns() {
        QuerySpec spec = QuerySpec.read("public.orders", List.of(), new Aggregate(Aggregate.Function.COUNT, null),
                List.of(), List.of(Ordering.byAggregate(true)), 1, false,
                List.of(new GroupKey("public.customers", "state", null)));

        SchemaContext context = builder.build(intent(spec), Catalogs.shop());

        assertThat(context.joins()).extracting(j -> j.to()).containsExactly("public.customers");
        QuerySpec wrong = QuerySpec.read("public.orders", List.of(), new Aggregate(Aggregate.Function.COUNT, null),
                List.of(), List.of(), null, false, List.of(new GroupKey("public.customers", "stat", null)));
        assertThatThrownBy(() -> builder.build(intent(wrong), Catalogs.shop()))
                .isInstanceOfSatisfying(PipelineException.class, e -> assertThat(e.hint()).contains("state"));
    }

    @Test
    void linksTheTableOfANotExistsWhichHasNoColumn() {
        QuerySpec spec = new QuerySpec("public.customers", List.of(), null,
                List.of(new Condition("public.orders", null, Operator.NOT_EXISTS, List.of())), List.of(), null);

        SchemaContext context = builder.build(intent(spec), Catalogs.shop());

        assertThat(context.joins()).extracting(j -> j.to()).containsExactly("public.orders");
    }

    @Test
    void refusesATableThatDoesNotExistAndSuggestsTheClosestName() {
        QuerySpec spec = new QuerySpec("public.customer", List.of(), new Aggregate(Aggregate.Function.COUNT, null),
                List.of(), List.of(), null);

        assertThatThrownBy(() -> builder.build(intent(spec), Catalogs.shop()))
                .isInstanceOfSatisfying(PipelineException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_SCHEMA_ELEMENT);
                    assertThat(e.getMessage()).contains("table public.customer");
                    assertThat(e.hint()).contains("public.customers");
                });
    }

    @Test
    void refusesAColumnThatDoesNotExistInItsTable() {
        QuerySpec spec = new QuerySpec("public.customers", List.of(), null,
                List.of(new Condition("public.customers", "stat", Operator.EQ, List.of("Texas"))), List.of(), null);

        assertThatThrownBy(() -> builder.build(intent(spec), Catalogs.shop()))
                .isInstanceOfSatisfying(PipelineException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_SCHEMA_ELEMENT);
                    assertThat(e.getMessage()).contains("column stat in public.customers");
                    assertThat(e.hint()).contains("state");
                });
    }

    @Test
    void refusesTablesThatNoForeignKeyConnects() {
        QuerySpec spec = new QuerySpec("public.customers", List.of(), null,
                List.of(new Condition("public.audit_notes", "note", Operator.CONTAINS, List.of("x"))), List.of(),
                null);

        assertThatThrownBy(() -> builder.build(intent(spec), Catalogs.shop()))
                .isInstanceOfSatisfying(PipelineException.class,
                        e -> assertThat(e.getMessage()).contains("not connected by foreign keys"));
    }

    @Test
    void refusesAnIntentWithoutASpec() {
        assertThatThrownBy(() -> builder.build(intent(null), Catalogs.shop()))
                .isInstanceOfSatisfying(PipelineException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_UNDERSTOOD));
    }

    @Test
    void aMetaQuestionNeedsOnlyTheTablesItNamesAndNoneForTheListOfTables() {
        SchemaContext all = builder.build(intent(QuerySpec.meta(new MetaRequest(MetaRequest.Kind.TABLES, List.of()))),
                Catalogs.shop());
        SchemaContext related = builder.build(intent(QuerySpec.meta(new MetaRequest(MetaRequest.Kind.RELATIONSHIPS,
                List.of("public.orders", "public.customers")))), Catalogs.shop());

        assertThat(all.tables()).isEmpty();
        assertThat(related.tables()).extracting(TableInfo::qualifiedName)
                .containsExactly("public.orders", "public.customers");
        assertThat(related.joins()).isEmpty();
    }

    @Test
    void refusesAWriteToAColumnThatDoesNotExist() {
        QuerySpec update = QuerySpec.update("public.customers",
                List.of(new Assignment("stat", Assignment.Operation.SET, "Texas")), List.of());
        QuerySpec insert = QuerySpec.insert("public.customers", java.util.Map.of("emial", "x@example.com"));

        assertThatThrownBy(() -> builder.build(intent(update), Catalogs.shop()))
                .isInstanceOfSatisfying(PipelineException.class,
                        e -> assertThat(e.getMessage()).contains("column stat in public.customers"));
        assertThatThrownBy(() -> builder.build(intent(insert), Catalogs.shop()))
                .isInstanceOfSatisfying(PipelineException.class,
                        e -> assertThat(e.getMessage()).contains("column emial in public.customers"));
    }

    private static Intent intent(QuerySpec spec) {
        return new Intent(IntentType.SELECT, List.of(), List.of(), List.of(), Complexity.SIMPLE, RiskLevel.LOW, spec,
                1.0);
    }
}
