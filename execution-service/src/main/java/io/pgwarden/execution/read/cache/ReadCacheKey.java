package io.pgwarden.execution.read.cache;

import io.pgwarden.contracts.sql.SqlParameter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The cache key of a read: a SHA-256 over everything its result depends on. The user and the reader role are part of
 * it, so one user never sees a result read for another (whose permissions may differ later); the schema version is
 * part of it, so a changed schema never answers from a result of the old one. Every part is length-prefixed, so no
 * two different combinations of parts hash the same text.
 */
public final class ReadCacheKey {

    static final String PREFIX = "pgwarden:read:v1:";

    private ReadCacheKey() {
    }

    public static String of(String userId, String readerRole, String schemaVersion, String sql,
            List<SqlParameter> parameters) {
        MessageDigest sha = sha256();
        part(sha, userId);
        part(sha, readerRole);
        part(sha, schemaVersion);
        part(sha, sql);
        List<SqlParameter> values = parameters == null ? List.of() : parameters;
        part(sha, Integer.toString(values.size()));
        for (SqlParameter parameter : values) {
            part(sha, parameter.type());
            part(sha, parameter.value() == null ? null : parameter.value().getClass().getName());
            part(sha, parameter.value() == null ? null : parameter.value().toString());
        }
        return PREFIX + HexFormat.of().formatHex(sha.digest());
    }

    private static void part(MessageDigest sha, String text) {
        if (text == null) {
            sha.update((byte) 0);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha.update((byte) 1);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
