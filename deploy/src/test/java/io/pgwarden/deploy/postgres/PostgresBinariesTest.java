package io.pgwarden.deploy.postgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresBinariesTest {

    @TempDir
    Path cache;

    @Test
    void tarModesBecomeTheSamePosixPermissions() {
        assertThat(PosixFilePermissions.toString(PostgresBinaries.permissions(0755))).isEqualTo("rwxr-xr-x");
        assertThat(PosixFilePermissions.toString(PostgresBinaries.permissions(0640))).isEqualTo("rw-r-----");
    }

    @Test
    void unpacksTheServerProgramsAndTheirLibraryLinksOnce() throws IOException {
        PostgresBinaries first = PostgresBinaries.unpackInto(cache);
        PostgresBinaries second = PostgresBinaries.unpackInto(cache);

        assertThat(second.home()).isEqualTo(first.home());
        assertThat(Stream.of("initdb", "pg_ctl", "postgres").map(first::program))
                .allSatisfy(program -> assertThat(program).isExecutable());
        assertThat(first.home().resolve("lib/libpq.so")).isSymbolicLink();
        try (Stream<Path> entries = Files.list(cache)) {
            assertThat(entries).as("no staging directory is left behind").containsExactly(first.home());
        }
    }
}
