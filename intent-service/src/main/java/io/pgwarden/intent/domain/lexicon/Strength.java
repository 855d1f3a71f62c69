package io.pgwarden.intent.domain.lexicon;

/** How directly a phrase names a schema element; earlier constants are stronger. */
public enum Strength {
    /** The element's own name: "unit price" for {@code unit_price}, "customers" for {@code customer}. */
    NAME,
    /** A value stored in a column, from the catalog's value lexicon. */
    VALUE,
    /** The head of a longer name: "price" for {@code unit_price}, "customer" for {@code customer_id}. */
    HEAD,
    /** A word of the element's comment; only ever a guess to confirm with the user. */
    COMMENT;

    public boolean isStrongerThan(Strength other) {
        return ordinal() < other.ordinal();
    }
}
