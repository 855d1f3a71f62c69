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
    OR;

    /** Cues that take a row count. */
    public boolean takesNumber() {
        return this == TOP || this == BOTTOM || this == FIRST;
    }
}
