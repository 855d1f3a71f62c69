package io.pgwarden.query.domain.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgwarden.contracts.schema.ColumnInfo;
import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.query.domain.QueryBuildException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnTypesAndValuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "smallint|int2", "integer|int4", "bigint|int8", "numeric(10,2)|numeric", "numeric|numeric", "real|float4",
        "double precision|float8", "text|text", "character varying(255)|text", "character(2)|text", "citext|text",
        "boolean|bool", "date|date", "timestamp without time zone|timestamp",
        "timestamp(3) without time zone|timestamp", "timestamp with time zone|timestamptz",
        "time without time zone|time", "uuid|uuid", "order_status|text", "jsonb|text", "integer[]|text"})
    void derivesTheParameterTypeFromTheColumnsType(String dataType, String parameterType) {
        ColumnInfo column = new ColumnInfo("c", dataType, "other", true, null, -1, List.of());
        assertThat(ColumnTypes.of(column).parameterType()).isEqualTo(parameterType);
    }

    @Test
    void comparesUnknownTypesAsTextAndKnownTypesDirectly() {
        assertThat(ColumnTypes.of(new ColumnInfo("c", "order_status", "other", true, null, -1, List.of())))
                .isEqualTo(SqlType.OTHER);
        assertThat(ColumnTypes.of(new ColumnInfo("c", "Character Varying(20)", "text", true, null, -1, List.of())))
                .isEqualTo(SqlType.TEXT);
    }

    @Test
    void bindsValuesAsTheJsonKindTheTypeNeeds() {
        assertThat(ValueBinder.bind(3, SqlType.INT8, "t.c")).isEqualTo(new SqlParameter("int8", 3L));
        assertThat(ValueBinder.bind(new BigDecimal("4.00"), SqlType.INT4, "t.c")).isEqualTo(new SqlParameter("int4", 4L));
        assertThat(ValueBinder.bind("12", SqlType.INT2, "t.c")).isEqualTo(new SqlParameter("int2", 12L));
        assertThat(ValueBinder.bind(99.99, SqlType.NUMERIC, "t.c"))
                .isEqualTo(new SqlParameter("numeric", new BigDecimal("99.99")));
        assertThat(ValueBinder.bind("1.5", SqlType.FLOAT8, "t.c")).isEqualTo(new SqlParameter("float8", 1.5));
        assertThat(ValueBinder.bind("yes", SqlType.BOOL, "t.c")).isEqualTo(new SqlParameter("bool", true));
        assertThat(ValueBinder.bind("2024-01-31", SqlType.TIMESTAMP, "t.c"))
                .isEqualTo(new SqlParameter("timestamp", "2024-01-31T00:00"));
        assertThat(ValueBinder.bind("2024-01-31T10:15:00+02:00", SqlType.TIMESTAMPTZ, "t.c"))
                .isEqualTo(new SqlParameter("timestamptz", "2024-01-31T10:15+02:00"));
        assertThat(ValueBinder.bind("09:30", SqlType.TIME, "t.c")).isEqualTo(new SqlParameter("time", "09:30"));
        assertThat(ValueBinder.bind(42, SqlType.TEXT, "t.c")).isEqualTo(new SqlParameter("text", "42"));
        assertThat(ValueBinder.bind("gold", SqlType.OTHER, "t.c")).isEqualTo(new SqlParameter("text", "gold"));
    }

    @Test
    void refusesValuesThatDoNotFit() {
        assertThatThrownBy(() -> ValueBinder.bind(1.5, SqlType.INT4, "t.c")).isInstanceOf(QueryBuildException.class)
                .hasMessage("'1.5' is not a whole number that fits t.c.");
        assertThatThrownBy(() -> ValueBinder.bind("maybe", SqlType.BOOL, "t.c"))
                .hasMessage("'maybe' is not true or false, and t.c holds true or false.");
        assertThatThrownBy(() -> ValueBinder.bind("not-a-uuid", SqlType.UUID, "t.c"))
                .hasMessage("'not-a-uuid' is not a UUID, as t.c needs.");
        assertThatThrownBy(() -> ValueBinder.bind(null, SqlType.TEXT, "t.c"))
                .hasMessage("A condition on t.c compares with no value; use IS_NULL.");
        assertThatThrownBy(() -> ValueBinder.bind(List.of(1), SqlType.TEXT, "t.c"))
                .hasMessage("A condition on t.c has a value that is not text, a number or true/false.");
    }

    @Test
    void escapesLikeWildcardsSoTheyMatchThemselves() {
        assertThat(LikePatterns.startingWith("100%_a!b")).isEqualTo("100!%!_a!!b%");
        assertThat(LikePatterns.containing("tea")).isEqualTo("%tea%");
    }

    @Test
    void quotesIdentifiersAndDoublesTheirQuotes() {
        assertThat(Identifiers.quote("UnitPrice")).isEqualTo("\"UnitPrice\"");
        assertThat(Identifiers.quote("we\"ird")).isEqualTo("\"we\"\"ird\"");
        assertThat(Identifiers.quote("public", "order items")).isEqualTo("\"public\".\"order items\"");
        assertThatThrownBy(() -> Identifiers.quote("")).isInstanceOf(QueryBuildException.class)
                .hasMessage("'' is not a usable name for a table or column.");
    }
}
