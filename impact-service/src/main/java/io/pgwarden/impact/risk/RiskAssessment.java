package io.pgwarden.impact.risk;

import io.pgwarden.contracts.intent.RiskLevel;
import java.util.List;

/** A risk level and the sentences that explain it. */
public record RiskAssessment(RiskLevel level, List<String> reasons) {

    public RiskAssessment {
        reasons = List.copyOf(reasons);
    }
}
