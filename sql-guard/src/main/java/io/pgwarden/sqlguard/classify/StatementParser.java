package io.pgwarden.sqlguard.classify;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserConstants;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.statement.Statement;

/**
 * Parses one canonical statement with JSqlParser, in the calling thread, within a time budget.
 *
 * <p>Why a budget: JSqlParser backtracks, and some short inputs take seconds or minutes (ten nested brackets followed
 * by garbage take about five seconds in its complex mode; a few thousand characters of nested conditions take more
 * than ten seconds in its fast mode). Hostile text must not be able to tie up a request thread. JSqlParser's own
 * time-out starts a new thread for every parse, which is too costly on the request path; instead one shared daemon
 * thread raises the parser's {@code interrupted} flag when the budget runs out, which JSqlParser checks in its
 * backtracking, and the parse fails.
 *
 * <p>Like {@code CCJSqlParserUtil}, it tries the fast grammar first and the complex one (needed for
 * {@code substring(x FROM 1 FOR 2)} and {@code position('a' IN x)}) only for shallow statements, within the same
 * budget.
 */
public final class StatementParser {

    private static final int COMPLEX_PARSING_MAX_NESTING = 8;
    private static final ScheduledThreadPoolExecutor ALARMS = alarms();

    private StatementParser() {
    }

    /**
     * @throws UnparseableStatementException when JSqlParser cannot read the statement, or cannot within the budget
     */
    public static Statement parse(String canonicalText, Duration budget) throws UnparseableStatementException {
        long deadline = System.nanoTime() + budget.toNanos();
        try {
            return attempt(canonicalText, false, deadline);
        } catch (FailedAttempt simple) {
            if (simple.timedOut) {
                throw tooComplex(budget);
            }
            if (CCJSqlParserUtil.getNestingDepth(canonicalText) > COMPLEX_PARSING_MAX_NESTING) {
                throw new UnparseableStatementException(describe(simple.getCause()));
            }
            try {
                return attempt(canonicalText, true, deadline);
            } catch (FailedAttempt complex) {
                throw complex.timedOut ? tooComplex(budget)
                        : new UnparseableStatementException(describe(complex.getCause()));
            }
        }
    }

    private static Statement attempt(String text, boolean complex, long deadline) throws FailedAttempt {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw new FailedAttempt(null, true);
        }
        CCJSqlParser parser = CCJSqlParserUtil.newParser(text)
                .withAllowComplexParsing(complex)
                .withBackslashEscapeCharacter(false)
                .withSquareBracketQuotation(false)
                .withUnsupportedStatements(false);
        ScheduledFuture<?> alarm = ALARMS.schedule(() -> {
            parser.interrupted = true;
        }, remaining, TimeUnit.NANOSECONDS);
        Statement statement = null;
        Throwable failure = null;
        try {
            statement = parser.Statement();
            Token next = parser.getNextToken();
            if (next.kind != CCJSqlParserConstants.EOF) {
                failure = new ParseException("Encountered unexpected token: \"" + next.image + "\"");
            }
        } catch (ParseException | RuntimeException | StackOverflowError e) {
            failure = e;
        } finally {
            alarm.cancel(false);
        }
        // An interrupted parse may also have chosen a wrong alternative and "succeeded", so it is never trusted.
        if (parser.interrupted) {
            throw new FailedAttempt(failure, true);
        }
        if (failure != null) {
            throw new FailedAttempt(failure, false);
        }
        return statement;
    }

    private static UnparseableStatementException tooComplex(Duration budget) {
        return new UnparseableStatementException("the statement is too complex to analyse within "
                + budget.toMillis() + " ms");
    }

    private static String describe(Throwable failure) {
        if (failure instanceof StackOverflowError) {
            return "the statement is too deeply nested to analyse";
        }
        if (failure instanceof ParseException parseFailure && parseFailure.currentToken != null
                && parseFailure.currentToken.next != null) {
            Token offending = parseFailure.currentToken.next;
            return offending.kind == CCJSqlParserConstants.EOF ? "the statement ends unexpectedly"
                    : "syntax not understood near \"" + offending.image + "\"";
        }
        String message = String.valueOf(failure == null ? null : failure.getMessage());
        int lineBreak = message.indexOf('\n');
        return lineBreak >= 0 ? message.substring(0, lineBreak) : message;
    }

    private static ScheduledThreadPoolExecutor alarms() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "sql-guard-parse-alarm");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    /** One parse attempt failed; {@code timedOut} when the budget ran out. */
    private static final class FailedAttempt extends Exception {

        private final boolean timedOut;

        FailedAttempt(Throwable cause, boolean timedOut) {
            super(cause);
            this.timedOut = timedOut;
        }
    }
}
