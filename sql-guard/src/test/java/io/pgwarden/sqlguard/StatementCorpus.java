package io.pgwarden.sqlguard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the statement corpus files in {@code src/test/resources/sql-corpus}; the format is described in the README
 * next to them. Kept free of test-framework types so the database-backed suite can reuse it.
 */
public final class StatementCorpus {

    public static final String HOSTILE = "/sql-corpus/hostile-statements.sql";
    public static final String LEGITIMATE_READS = "/sql-corpus/legitimate-reads.sql";

    private static final String HEADER = "-- expect: ";

    /**
     * One corpus entry.
     *
     * @param expectation a RefusalCategory name, or READ
     * @param reason      why the case matters
     * @param sql         the statement exactly as submitted
     * @param line        the header's line number in the file, for failure messages
     */
    public record Entry(String expectation, String reason, String sql, int line) {

        @Override
        public String toString() {
            return "line " + line + ": " + reason;
        }
    }

    private StatementCorpus() {
    }

    public static List<Entry> load(String resource) {
        List<String> lines = Arrays.asList(read(resource).split("\n", -1));
        List<Entry> entries = new ArrayList<>();
        int header = -1;
        for (int i = 0; i <= lines.size(); i++) {
            boolean atHeader = i < lines.size() && lines.get(i).startsWith(HEADER);
            if (header >= 0 && (atHeader || i == lines.size())) {
                entries.add(entry(lines, header, i));
            }
            if (atHeader) {
                header = i;
            }
        }
        return entries;
    }

    private static Entry entry(List<String> lines, int header, int end) {
        String[] expectationAndReason = lines.get(header).substring(HEADER.length()).split("\\|", 2);
        int last = end;
        while (last > header + 1 && lines.get(last - 1).isBlank()) {
            last--;
        }
        String sql = String.join("\n", lines.subList(header + 1, last));
        return new Entry(expectationAndReason[0].trim(), expectationAndReason.length > 1
                ? expectationAndReason[1].trim() : "", sql, header + 1);
    }

    private static String read(String resource) {
        try (InputStream in = StatementCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no corpus resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
