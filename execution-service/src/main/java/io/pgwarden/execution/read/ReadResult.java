package io.pgwarden.execution.read;

import io.pgwarden.contracts.event.ExecutionCompleted.ResultColumn;
import java.util.List;

/** The outcome of one read: columns, at most the row limit of rows, and whether there were more. */
public record ReadResult(List<ResultColumn> columns, List<List<Object>> rows, boolean truncated, int rowLimit,
        long executionMillis) {
}
