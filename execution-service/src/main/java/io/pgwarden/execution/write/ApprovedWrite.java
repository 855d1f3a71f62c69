package io.pgwarden.execution.write;

import io.pgwarden.contracts.impact.ImpactReport;
import io.pgwarden.contracts.sql.SqlParameter;
import java.util.List;

/**
 * A write whose approval was verified against the approval store: everything here comes from the store, never from
 * the event that announced the decision.
 *
 * @param approvalId the approval it runs under; the exactly-once key
 * @param requestId  the request that asked for it
 * @param sql        the approved statement with {@code ?} placeholders
 * @param parameters its values
 * @param impact     the approved impact, which the real effect is compared with before commit
 */
public record ApprovedWrite(String approvalId, String requestId, String sql, List<SqlParameter> parameters,
        ImpactReport impact) {

    public ApprovedWrite {
        parameters = List.copyOf(parameters);
    }
}
