package io.pgwarden.sqlguard.functions;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides which function calls a statement may make: deny-list first, then the allow-list.
 *
 * <p>Built-in allowed names match when called unqualified or as {@code pg_catalog.name}; a call qualified with any
 * other schema reaches a user-defined function and must be allowed by its qualified name. Operator additions match
 * exactly as written: {@code fiscal_quarter} allows the unqualified call, {@code analytics.fiscal_quarter} the
 * qualified one. Matching is case-sensitive on the names PostgreSQL looks up, so {@code "LOWER"(x)} (a different
 * function) is not {@code lower(x)}.
 */
public final class FunctionPolicy {

    private static final String CATALOG_SCHEMA = "pg_catalog";

    private final Set<String> builtIn;
    private final Set<String> operatorAllowed;

    /**
     * @param operatorAllowed names an operator added, {@code name} or {@code schema.name}
     * @throws IllegalArgumentException when an added name is on the deny-list
     */
    public FunctionPolicy(Set<String> builtIn, Collection<String> operatorAllowed) {
        requireAllowable(operatorAllowed);
        this.builtIn = Set.copyOf(builtIn);
        this.operatorAllowed = Set.copyOf(operatorAllowed);
    }

    /**
     * @throws IllegalArgumentException naming the first entry that is on the deny-list, and why
     */
    public static void requireAllowable(Collection<String> names) {
        for (String entry : names) {
            String bareName = entry.substring(entry.lastIndexOf('.') + 1);
            DeniedFunctions.reasonFor(bareName).ifPresent(reason -> {
                throw new IllegalArgumentException("Function " + entry + " cannot be allowed because "
                        + reason.because() + ".");
            });
        }
    }

    /** Returns the message refusing the first denied call, if any call is on the deny-list. */
    public Optional<String> deniedCall(Collection<FunctionName> calls) {
        for (FunctionName call : calls) {
            Optional<DenyReason> reason = DeniedFunctions.reasonFor(call.name());
            if (reason.isPresent()) {
                return Optional.of("Function " + call.qualifiedName() + " is refused because "
                        + reason.get().because() + ". Remove it from the statement.");
            }
        }
        return Optional.empty();
    }

    /** Returns the message refusing the calls that are neither denied nor allowed, if there are any. */
    public Optional<String> unknownCalls(Collection<FunctionName> calls) {
        Set<String> unknown = new TreeSet<>();
        for (FunctionName call : calls) {
            if (!isAllowed(call)) {
                unknown.add(call.qualifiedName());
            }
        }
        if (unknown.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = List.copyOf(unknown);
        String subject = names.size() == 1 ? "Function " + names.get(0) + " is"
                : "Functions " + String.join(", ", names) + " are";
        return Optional.of(subject + " not on the read allow-list. Use built-in functions only, or ask an operator "
                + "to add " + (names.size() == 1 ? "it" : "them") + " to the allow-list if "
                + (names.size() == 1 ? "it is" : "they are") + " free of side effects.");
    }

    public boolean isAllowed(FunctionName call) {
        if (DeniedFunctions.reasonFor(call.name()).isPresent()) {
            return false;
        }
        if (operatorAllowed.contains(call.qualifiedName())) {
            return true;
        }
        boolean builtInSchema = call.schema().map(CATALOG_SCHEMA::equals).orElse(true);
        return builtInSchema && builtIn.contains(call.name());
    }
}
