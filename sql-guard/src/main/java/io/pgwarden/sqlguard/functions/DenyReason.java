package io.pgwarden.sqlguard.functions;

/** Why a family of functions is never allowed, in words a user can act on. */
public enum DenyReason {
    SLEEP("it pauses the session while holding a database connection"),
    SERVER_CONTROL("it signals other sessions or reconfigures the database server"),
    CONFIGURATION("it changes session or server settings"),
    LARGE_OBJECT("it reads, writes or deletes large objects, which can reach the server's file system"),
    FILE_ACCESS("it reads the database server's file system"),
    SEQUENCE("it advances, resets or reveals sequence state, which other requests share"),
    ADVISORY_LOCK("it takes advisory locks that can outlive the query and block other sessions"),
    REMOTE_CONNECTION("it connects to other databases or servers"),
    REPLICATION("it controls replication, the write-ahead log or backups"),
    TRANSACTION_ID("it assigns or exports transaction ids, which is a side effect"),
    SQL_TEXT_RUNNER("it runs SQL passed to it as text, which would bypass this check"),
    NOTIFICATION("it sends notifications to other sessions"),
    STATISTICS_RESET("it resets server statistics");

    private final String because;

    DenyReason(String because) {
        this.because = because;
    }

    public String because() {
        return because;
    }
}
