package io.pgwarden.impact.sensitive;

import io.pgwarden.contracts.impact.SensitiveColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides which columns hold data that needs care, from their names and types and an operator's list. Names are
 * split into words ({@code customer_email}, {@code cardNumber}): long, distinctive words match anywhere in the name,
 * short ones only as a whole word, so {@code discard_reason} is not a card and {@code zip_code} is an address.
 */
public final class SensitiveColumnRules {

    public static final String PERSONAL = "personal";
    public static final String FINANCIAL = "financial";
    public static final String SECURITY = "security";
    public static final String CONFIGURED = "configured";

    private static final Map<String, String> ANYWHERE = Map.ofEntries(
            Map.entry("password", SECURITY), Map.entry("passwd", SECURITY), Map.entry("secret", SECURITY),
            Map.entry("apikey", SECURITY), Map.entry("passport", SECURITY), Map.entry("credential", SECURITY),
            Map.entry("salary", FINANCIAL), Map.entry("iban", FINANCIAL), Map.entry("creditcard", FINANCIAL),
            Map.entry("email", PERSONAL), Map.entry("phone", PERSONAL), Map.entry("birth", PERSONAL),
            Map.entry("address", PERSONAL));

    private static final Map<String, String> WHOLE_WORD = Map.ofEntries(
            Map.entry("ssn", SECURITY), Map.entry("pwd", SECURITY), Map.entry("token", SECURITY),
            Map.entry("pin", SECURITY), Map.entry("cvv", FINANCIAL), Map.entry("card", FINANCIAL),
            Map.entry("wage", FINANCIAL), Map.entry("income", FINANCIAL), Map.entry("bank", FINANCIAL),
            Map.entry("bic", FINANCIAL), Map.entry("swift", FINANCIAL), Map.entry("tax", FINANCIAL),
            Map.entry("dob", PERSONAL), Map.entry("mobile", PERSONAL), Map.entry("street", PERSONAL),
            Map.entry("zip", PERSONAL), Map.entry("postal", PERSONAL), Map.entry("postcode", PERSONAL),
            Map.entry("gender", PERSONAL), Map.entry("ip", PERSONAL));

    /** Types that identify a person's device or hold money. */
    private static final Map<String, String> TYPES = Map.of("inet", PERSONAL, "cidr", PERSONAL, "macaddr", PERSONAL,
            "macaddr8", PERSONAL, "money", FINANCIAL);

    /** Configured entries, lower case: {@code schema.table.column}, or {@code table.column} for any schema. */
    private final Set<String> configured;

    public SensitiveColumnRules(Set<String> configured) {
        this.configured = configured.stream().map(String::trim).filter(entry -> !entry.isEmpty())
                .map(entry -> entry.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * @param table  {@code schema.table}
     * @param column the column name
     * @param type   the column's type as {@code format_type} writes it
     */
    public Optional<SensitiveColumn> classify(String table, String column, String type) {
        String qualified = (table + "." + column).toLowerCase(Locale.ROOT);
        String unqualified = qualified.substring(qualified.indexOf('.') + 1);
        if (configured.contains(qualified) || configured.contains(unqualified)) {
            return Optional.of(new SensitiveColumn(table, column, CONFIGURED));
        }
        return byName(column).or(() -> byType(type)).map(category -> new SensitiveColumn(table, column, category));
    }

    private static Optional<String> byName(String column) {
        List<String> words = words(column);
        String joined = String.join("", words);
        // security first: "password_email_token" is above all a credential
        for (String category : List.of(SECURITY, FINANCIAL, PERSONAL)) {
            for (Map.Entry<String, String> rule : ANYWHERE.entrySet()) {
                if (rule.getValue().equals(category) && joined.contains(rule.getKey())) {
                    return Optional.of(category);
                }
            }
            for (String word : words) {
                if (category.equals(WHOLE_WORD.get(word))) {
                    return Optional.of(category);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> byType(String type) {
        String base = type == null ? "" : type.toLowerCase(Locale.ROOT).replaceAll("\\(.*", "").trim();
        return Optional.ofNullable(TYPES.get(base));
    }

    /** {@code customerEmail2} and {@code customer_email_2} both become customer, email, 2. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String part : name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT)
                .split("[^a-z0-9]+")) {
            if (!part.isEmpty()) {
                words.add(part);
            }
        }
        return words;
    }
}
