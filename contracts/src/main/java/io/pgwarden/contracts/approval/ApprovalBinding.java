package io.pgwarden.contracts.approval;

import io.pgwarden.contracts.impact.ImpactReport;
import io.pgwarden.contracts.impact.TableImpact;
import io.pgwarden.contracts.sql.SqlParameter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The fingerprint an approval is bound to: SHA-256 over the normalised SQL text, its parameters, the target
 * database and the impact snapshot (rows per table). approval-service stores it with the request; execution-service
 * recomputes it from what it is about to run, and an approval whose hash differs does not apply.
 *
 * <p>Normalisation is deliberately small (runs of whitespace collapse to one space, ends trimmed) so that two texts
 * that differ in anything PostgreSQL would read differently never share a hash.
 */
public final class ApprovalBinding {

    private ApprovalBinding() {
    }

    public static String hash(String sql, List<SqlParameter> parameters, String database, ImpactReport impact) {
        StringBuilder canonical = new StringBuilder();
        canonical.append("sql=").append(normaliseSql(sql)).append('\n');
        for (SqlParameter parameter : parameters) {
            canonical.append("param=").append(parameter.type()).append(':').append(normaliseValue(parameter.value()))
                    .append('\n');
        }
        canonical.append("database=").append(database).append('\n');
        canonical.append("impact=").append(impactSnapshot(impact));
        return sha256(canonical.toString());
    }

    /** The counted part of an impact report: method and rows per table, in table order. */
    public static String impactSnapshot(ImpactReport impact) {
        StringBuilder snapshot = new StringBuilder(impact.method().name());
        impact.tables().stream().sorted(Comparator.comparing(TableImpact::table)).forEach(t -> snapshot.append(';')
                .append(t.table()).append(':').append(t.inserted()).append('/').append(t.updated()).append('/')
                .append(t.deleted()));
        return snapshot.toString();
    }

    static String normaliseSql(String sql) {
        return sql.strip().replaceAll("\\s+", " ");
    }

    // JSON numbers may decode as Integer, Long, Double or BigDecimal depending on the reader; 5, 5.0 and 5.00 bind
    // the same value, so they hash the same.
    static String normaliseValue(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        return value.getClass().getSimpleName() + ":" + value;
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
