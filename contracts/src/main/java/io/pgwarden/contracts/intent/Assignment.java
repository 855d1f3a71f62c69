package io.pgwarden.contracts.intent;

/**
 * One column an UPDATE changes.
 *
 * @param column    the column of the spec's main table
 * @param operation how the new value is computed
 * @param value     the value to set, or the operand: the amount to add (negative to subtract) or the factor to
 *                  multiply by ("increase by 10%" is MULTIPLY 1.10)
 */
public record Assignment(String column, Operation operation, Object value) {

    public enum Operation {
        /** {@code column = value} */
        SET,
        /** {@code column = column + value} */
        ADD,
        /** {@code column = column * value} */
        MULTIPLY
    }
}
