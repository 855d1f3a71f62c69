package io.pgwarden.execution.progress;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A test-only hook for crash tests: when {@code PGWARDEN_EXECUTION_TEST_PAUSE_FILE} (config
 * {@code pgwarden.execution.test-pause-file}) is set and that file names a point of the write
 * ({@code after-ledger-insert}, {@code after-backup}, {@code after-execute}, {@code after-commit}), the next write to
 * reach that point consumes the file, writes {@code <file>.reached}, and stops there for ten minutes, so the test can
 * kill the process at exactly that point. The file is consumed so that the restarted process does not stop again.
 * Unset (production), this does nothing.
 */
final class PausePoint {

    private static final Logger LOG = Logger.getLogger(PausePoint.class);

    private final Optional<Path> file;

    PausePoint(Optional<String> file) {
        this.file = file.filter(f -> !f.isBlank()).map(Path::of);
    }

    void reached(String point, String approvalId) {
        if (file.isEmpty()) {
            return;
        }
        Path path = file.get();
        try {
            if (!Files.isRegularFile(path) || !Files.readString(path).strip().equals(point)) {
                return;
            }
            Files.delete(path);
            Files.writeString(path.resolveSibling(path.getFileName() + ".reached"), point + " " + approvalId,
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warnf("test pause file %s unusable: %s", path, e.getMessage());
            return;
        }
        LOG.warnf("TEST PAUSE at %s of approval %s", point, approvalId);
        try {
            Thread.sleep(600_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
