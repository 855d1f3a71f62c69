package io.pgwarden.approval.audit;

/**
 * The result of walking the audit chain.
 *
 * @param intact      true when every row is present and unchanged
 * @param rowsChecked rows read
 * @param firstBadRow the seq of the first row found edited or missing, or null when intact
 * @param reason      what is wrong there, or null when intact
 * @param headHash    the hash of the last row: record it elsewhere to detect deletion of the newest rows too
 */
public record Verification(boolean intact, long rowsChecked, Long firstBadRow, String reason, String headHash) {
}
