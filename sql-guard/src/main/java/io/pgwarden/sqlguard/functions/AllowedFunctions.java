package io.pgwarden.sqlguard.functions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

/** The built-in read allow-list, kept as a reviewable text file next to this class. */
public final class AllowedFunctions {

    private static final String RESOURCE = "read-allow-list.txt";
    private static final Set<String> BUILT_IN = load();

    private AllowedFunctions() {
    }

    /** Built-in function names (bare, lower case) that a read may call unqualified or as {@code pg_catalog.name}. */
    public static Set<String> builtIn() {
        return BUILT_IN;
    }

    private static Set<String> load() {
        try (InputStream in = AllowedFunctions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Set<String> names = new TreeSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int comment = line.indexOf('#');
                String content = comment >= 0 ? line.substring(0, comment) : line;
                for (String name : content.trim().split("\\s+")) {
                    if (!name.isEmpty()) {
                        names.add(name);
                    }
                }
            }
            for (String name : names) {
                if (DeniedFunctions.reasonFor(name).isPresent()) {
                    throw new IllegalStateException(name + " is both allowed and denied in " + RESOURCE);
                }
            }
            return Set.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
