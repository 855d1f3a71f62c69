package io.pgwarden.sqlguard;

import io.pgwarden.sqlguard.functions.FunctionPolicy;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * What an operator may tune in the guard. Everything else (the deny-list, the built-in allow-list, the refusal rules)
 * is fixed, so that no configuration can make a dangerous statement pass.
 *
 * @param allowedFunctions extra functions a statement may call, written as PostgreSQL names them ({@code name} for
 *                         unqualified calls, {@code schema.name} for qualified ones; lower case unless the function
 *                         was created with a quoted name). Denied functions cannot be added.
 * @param maxSqlLength     the longest SQL text accepted, in characters
 * @param maxNestingDepth  the deepest bracket nesting accepted
 * @param parseTimeout     how long the parser may work on one statement; hostile text can otherwise make it
 *                         backtrack for minutes. Generous enough for a cold JVM's first parse.
 */
public record GuardPolicy(Set<String> allowedFunctions, int maxSqlLength, int maxNestingDepth,
        Duration parseTimeout) {

    public static final int DEFAULT_MAX_SQL_LENGTH = 100_000;
    public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
    public static final Duration DEFAULT_PARSE_TIMEOUT = Duration.ofSeconds(2);

    /**
     * @throws IllegalArgumentException when a limit is not positive, a name is blank or a name is on the deny-list
     */
    public GuardPolicy {
        allowedFunctions = Set.copyOf(allowedFunctions);
        if (maxSqlLength <= 0 || maxNestingDepth <= 0 || parseTimeout.isNegative() || parseTimeout.isZero()) {
            throw new IllegalArgumentException("maxSqlLength, maxNestingDepth and parseTimeout must be positive");
        }
        if (allowedFunctions.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("allowed function names must not be blank");
        }
        FunctionPolicy.requireAllowable(allowedFunctions);
    }

    /** The built-in lists only, with the default limits. */
    public static GuardPolicy defaults() {
        return new GuardPolicy(Set.of(), DEFAULT_MAX_SQL_LENGTH, DEFAULT_MAX_NESTING_DEPTH, DEFAULT_PARSE_TIMEOUT);
    }

    public GuardPolicy withAllowedFunctions(Collection<String> names) {
        Set<String> all = new HashSet<>(allowedFunctions);
        all.addAll(names);
        return new GuardPolicy(all, maxSqlLength, maxNestingDepth, parseTimeout);
    }

    public GuardPolicy withMaxSqlLength(int length) {
        return new GuardPolicy(allowedFunctions, length, maxNestingDepth, parseTimeout);
    }

    public GuardPolicy withMaxNestingDepth(int depth) {
        return new GuardPolicy(allowedFunctions, maxSqlLength, depth, parseTimeout);
    }

    public GuardPolicy withParseTimeout(Duration timeout) {
        return new GuardPolicy(allowedFunctions, maxSqlLength, maxNestingDepth, timeout);
    }
}
