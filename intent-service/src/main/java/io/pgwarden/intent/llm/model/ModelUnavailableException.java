package io.pgwarden.intent.llm.model;

import java.util.List;

/** No provider answered; {@link #failures()} says what went wrong with each, in the order they were tried. */
public class ModelUnavailableException extends RuntimeException {

    private final List<String> failures;

    public ModelUnavailableException(List<String> failures) {
        super("No language model answered: " + String.join("; ", failures));
        this.failures = List.copyOf(failures);
    }

    public List<String> failures() {
        return failures;
    }
}
