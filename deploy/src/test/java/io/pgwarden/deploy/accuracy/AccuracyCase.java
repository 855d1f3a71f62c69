package io.pgwarden.deploy.accuracy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One question of the accuracy suite. A line of a case file holds the pattern, the question and the gold SQL,
 * separated by tabs; the question may be a conversation, turns separated by {@code ||}, and only the last turn is
 * scored. In the refusal file the third field is the expected outcome ({@code refused}, {@code clarified}) instead.
 *
 * @param schema  which database it is asked of ({@code shop} or {@code music})
 * @param set     {@code dev} (used while building the engine) or {@code heldout} (only scored)
 * @param pattern the language pattern it exercises
 * @param turns   the conversation, the scored question last
 * @param expected the gold SQL, or for a refusal the expected outcome
 */
record AccuracyCase(String schema, String set, String pattern, List<String> turns, String expected) {

    String question() {
        return turns.get(turns.size() - 1);
    }

    static List<AccuracyCase> load(String resource, String schema, String set) {
        try (InputStream in = AccuracyCase.class.getResourceAsStream("/accuracy/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource accuracy/" + resource);
            }
            List<AccuracyCase> cases = new ArrayList<>();
            int number = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 3) {
                    throw new IllegalStateException(resource + ":" + number + " needs 3 tab-separated fields");
                }
                List<String> turns = Arrays.stream(fields[1].split("\\|\\|")).map(String::strip).toList();
                cases.add(new AccuracyCase(schema, set, fields[0].strip(), turns, fields[2].strip()));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
