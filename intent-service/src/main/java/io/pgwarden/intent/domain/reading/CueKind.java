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
    PER;

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
