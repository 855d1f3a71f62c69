package io.pgwarden.approval.decision;

/**
 * A decision as an approver submitted it.
 *
 * @param emergency ask for an emergency override: two distinct senior approvers (manager or director) approve
 *                  instead of the required level
 */
public record DecisionRequest(Decision decision, String comment, boolean emergency) {
}
