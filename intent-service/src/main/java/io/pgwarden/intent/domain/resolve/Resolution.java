package io.pgwarden.intent.domain.resolve;

import io.pgwarden.intent.domain.Understanding;

/** The result of resolving a read: a draft to turn into an intent, or the answer to give the user instead. */
public sealed interface Resolution {

    record Resolved(ReadDraft draft) implements Resolution {
    }

    /** Resolution stopped with a clarification or a failure. */
    record Stopped(Understanding answer) implements Resolution {
    }
}
