package io.pgwarden.intent.domain.write;

import io.pgwarden.contracts.intent.QuerySpec;
import io.pgwarden.contracts.schema.TableInfo;
import io.pgwarden.intent.domain.Understanding;

/**
 * A write the engine grounded, or the answer to give instead.
 *
 * @param table  the table it changes
 * @param spec   the write spec
 * @param named  true when the question named the table and column outright (not inferred or matched by part)
 * @param answer a clarification or failure instead of a draft, else null
 */
record WriteDraft(TableInfo table, QuerySpec spec, boolean named, Understanding answer) {

    static WriteDraft of(TableInfo table, QuerySpec spec, boolean named) {
        return new WriteDraft(table, spec, named, null);
    }

    static WriteDraft stop(Understanding answer) {
        return new WriteDraft(null, null, false, answer);
    }
}
