package io.pgwarden.deploy.support;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class LogTailTest {

    @TempDir
    Path dir;

    @Test
    void returnsOnlyTheLastLines() throws IOException {
        Path log = dir.resolve("service.log");
        Files.writeString(log, "one\ntwo\nthree\nfour\n");

        assertThat(LogTail.of(log, 2)).isEqualTo("three" + System.lineSeparator() + "four");
    }

    @Test
    void readsOnlyTheEndOfAHugeLogAndDropsTheLineCutInHalf() throws IOException {
        Path log = dir.resolve("huge.log");
        Files.writeString(log, IntStream.range(0, 20_000).mapToObj(i -> "line " + i)
                .collect(Collectors.joining("\n")));

        String tail = LogTail.of(log, 100_000);
        assertThat(tail).endsWith("line 19999").doesNotContain("line 0" + System.lineSeparator());
        assertThat(tail.lines().findFirst().orElseThrow()).matches("line \\d+");
    }

    @Test
    void saysSoWhenThereIsNoLog() {
        assertThat(LogTail.of(dir.resolve("missing.log"), 5)).isEqualTo("(no log at " + dir.resolve("missing.log") + ")");
    }
}
