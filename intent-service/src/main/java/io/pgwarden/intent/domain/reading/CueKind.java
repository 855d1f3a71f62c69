package io.pgwarden.intent.domain.reading;

/** Words that shape the answer rather than name what it is about. */
public enum CueKind {
    /** "how many", "number of", "count": count the rows. */
    COUNT,
    /** "top 5": the largest rows by the column after "by". */
    TOP,
    /** "bottom 5": the smallest rows by the column after "by". */
    BOTTOM,
    /** "first 10": that many rows in key order, or by the column after "by". */
    FIRST,
    /** "by": introduces the column of a top, bottom or first. */
    BY,
    /** "sorted by", "order by": introduces a column to order by. */
    ORDER_BY,
    /** "ascending", "lowest first". */
    ASCENDING,
    /** "descending", "highest first". */
    DESCENDING,
    /** "or": several values for one column. */
    OR,
    /** "over", "above", "more than", "&gt;": the column is greater than the number after it. */
    GREATER,
    /** "at least", "&gt;=": greater than or equal to the number after it. */
    AT_LEAST,
    /** "under", "below", "less than", "&lt;": less than the number after it. */
    LESS,
    /** "at most", "&lt;=": less than or equal to the number after it. */
    AT_MOST,
    /** "between 10 and 50": both bounds included. */
    BETWEEN,
    /** "average", "avg", "mean": the average of the column after it. */
    AVERAGE,
    /** "sum", "total": the sum of the column after it. */
    SUM,
    /** "maximum", "highest", "largest": the largest value of the column after it. */
    MAXIMUM,
    /** "minimum", "lowest", "smallest": the smallest value of the column after it. */
    MINIMUM,
    /** "per", "for each": introduces the column a count or aggregate is computed for. */
    PER,
    /** "starts with", "beginning with": the text column before it starts with the text after it. */
    STARTS_WITH,
    /** "contains", "containing", "including": the text column before it contains the text after it. */
    CONTAINS,
    /** "ends with", "ending in": the text column before it ends with the text after it. */
    ENDS_WITH,
    /** "without", "with no", "has no": the column after it has no value (IS NULL). */
    WITHOUT,
    /** "has", "have", "having": a column after it with no value must have one (IS NOT NULL); else filler. */
    HAVE,
    /** "distinct", "different", "unique": each value once. */
    DISTINCT,
    /** "the most": the group with the largest count of the table named after it. */
    MOST,
    /** "the fewest", "the least": the group with the smallest count of the table named after it. */
    FEWEST,
    /** "percentage of", "share of": the percentage of the table's rows that meet the question's conditions. */
    PERCENT,
    /** "most expensive", "priciest": the row with the highest price-like column. */
    PRICIEST,
    /** "cheapest", "least expensive": the row with the lowest price-like column. */
    CHEAPEST,
    /** "longest": the row with the highest duration-like column. */
    LONGEST,
    /** "shortest": the row with the lowest duration-like column. */
    SHORTEST,
    /** "newest", "latest", "most recent": the row with the latest date. */
    NEWEST,
    /** "oldest", "earliest": the row with the earliest date. */
    OLDEST,
    /** "not", "never": the value, or the linked table, right after it must not match. */
    NOT;

    /** Cues matching text: the column before them, the text after them. */
    public boolean isTextMatch() {
        return this == STARTS_WITH || this == CONTAINS || this == ENDS_WITH;
    }

    /** Adjectives that pick one row by a column the adjective implies. */
    public boolean isSuperlativeAdjective() {
        return this == PRICIEST || this == CHEAPEST || this == LONGEST || this == SHORTEST || this == NEWEST
                || this == OLDEST;
    }

    /** Cues comparing the column before them with the number(s) after them. */
    public boolean isComparison() {
        return this == GREATER || this == AT_LEAST || this == LESS || this == AT_MOST || this == BETWEEN;
    }

    /** Cues computing one value over the column after them. */
    public boolean isAggregate() {
        return this == AVERAGE || this == SUM || this == MAXIMUM || this == MINIMUM;
    }

    /** Cues that take a row count. */
    public boolean takesNumber() {
        return this == TOP || this == BOTTOM || this == FIRST;
    }
}
