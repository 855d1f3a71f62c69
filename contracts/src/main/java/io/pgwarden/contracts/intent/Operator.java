package io.pgwarden.contracts.intent;

/** Comparison operators a condition may use; query-service maps each to parameterised SQL. */
public enum Operator {
    EQ, NE, GT, GE, LT, LE, BETWEEN, IN, STARTS_WITH, CONTAINS, IS_NULL, IS_NOT_NULL
}
