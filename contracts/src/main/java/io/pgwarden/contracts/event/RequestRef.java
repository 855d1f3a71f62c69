package io.pgwarden.contracts.event;

/** The correlation fields of one request: who asked, in which session, under which request id. */
public record RequestRef(String requestId, String sessionId, String userId) {
}
