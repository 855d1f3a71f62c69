package io.pgwarden.impact.sensitive;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.impact.SensitiveColumn;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SensitiveColumnRulesTest {

    private final SensitiveColumnRules rules = new SensitiveColumnRules(Set.of("public.orders.notes", "tips.amount"));

    private Optional<String> category(String column, String type) {
        return rules.classify("public.t", column, type).map(SensitiveColumn::category);
    }

    @Test
    void namesRevealPersonalFinancialAndSecurityData() {
        assertThat(category("email", "text")).contains("personal");
        assertThat(category("customerEmail", "text")).contains("personal");
        assertThat(category("home_address", "text")).contains("personal");
        assertThat(category("date_of_birth", "date")).contains("personal");
        assertThat(category("zip", "text")).contains("personal");
        assertThat(category("iban", "text")).contains("financial");
        assertThat(category("card_number", "text")).contains("financial");
        assertThat(category("annual_salary", "numeric(10,2)")).contains("financial");
        assertThat(category("password_hash", "text")).contains("security");
        assertThat(category("api_token", "text")).contains("security");
        assertThat(category("ssn", "text")).contains("security");
    }

    @Test
    void shortWordsMatchOnlyAsWholeWords() {
        assertThat(category("discard_reason", "text")).isEmpty();
        assertThat(category("tokenizer_kind", "text")).isEmpty();
        assertThat(category("zipped", "bool")).isEmpty();
        assertThat(category("status", "text")).isEmpty();
    }

    @Test
    void typesRevealDevicesAndMoney() {
        assertThat(category("last_seen_from", "inet")).contains("personal");
        assertThat(category("balance", "money")).contains("financial");
    }

    @Test
    void configuredColumnsMatchWithOrWithoutSchema() {
        assertThat(rules.classify("public.orders", "notes", "text")).contains(
                new SensitiveColumn("public.orders", "notes", "configured"));
        assertThat(rules.classify("shop.tips", "Amount", "numeric")).map(SensitiveColumn::category)
                .contains("configured");
        assertThat(rules.classify("shop.orders", "notes", "text")).isEmpty();
    }

    @Test
    void securityWinsOverPersonal() {
        assertThat(category("email_password", "text")).contains("security");
    }
}
