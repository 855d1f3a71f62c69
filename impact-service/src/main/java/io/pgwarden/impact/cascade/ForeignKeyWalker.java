package io.pgwarden.impact.cascade;

import io.pgwarden.contracts.impact.ForeignKeyEffect;
import io.pgwarden.contracts.sql.StatementKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Walks the foreign-key graph from a statement's target table, as deep as it goes, and says which constraint acts
 * at which depth. Pure logic over a list of constraints, so it is tested without a database.
 *
 * <p>A DELETE reaches every child through the constraint's ON DELETE action: CASCADE deletes the child rows, whose
 * own children are reached in turn; SET NULL and SET DEFAULT change the child's referencing columns, which reaches
 * grandchildren only through constraints that reference exactly those columns; RESTRICT and NO ACTION stop there
 * (they make the statement fail if rows refer). An UPDATE acts through ON UPDATE, and only where it changes a
 * referenced key: the statement's own changed columns are not known here, so every key of the target counts.
 * An INSERT changes no existing row and reaches no child. Each constraint is visited once per kind of change, so
 * cycles (including self-references) end.
 */
public final class ForeignKeyWalker {

    private final List<ForeignKey> keys;

    public ForeignKeyWalker(List<ForeignKey> keys) {
        this.keys = List.copyOf(keys);
    }

    public List<ForeignKeyEffect> walk(String targetTable, StatementKind kind) {
        Deque<Visit> queue = new ArrayDeque<>();
        if (kind == StatementKind.DELETE || kind == StatementKind.MERGE) {
            queue.add(new Visit(targetTable, Change.DELETE, null, 1));
        }
        if (kind == StatementKind.UPDATE || kind == StatementKind.MERGE) {
            queue.add(new Visit(targetTable, Change.UPDATE, null, 1));
        }
        List<ForeignKeyEffect> effects = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            Visit visit = queue.removeFirst();
            for (ForeignKey key : keys) {
                if (!key.referencedTable().equals(visit.table()) || !visit.reaches(key)
                        || !seen.add(visit.change() + " " + key.referencingTable() + " " + key.name())) {
                    continue;
                }
                String action = visit.change() == Change.DELETE ? key.onDelete() : key.onUpdate();
                effects.add(new ForeignKeyEffect(key.name(), key.referencingTable(), key.referencedTable(), action,
                        visit.depth()));
                next(visit, key, action).ifPresent(queue::addLast);
            }
        }
        return effects;
    }

    private static Optional<Visit> next(Visit visit, ForeignKey key, String action) {
        int depth = visit.depth() + 1;
        if (ForeignKey.CASCADE.equals(action) && visit.change() == Change.DELETE) {
            return Optional.of(new Visit(key.referencingTable(), Change.DELETE, null, depth));
        }
        if (ForeignKey.changesChildRows(action)) {
            // the child's referencing columns take new values (the new key, NULL or their default)
            return Optional.of(new Visit(key.referencingTable(), Change.UPDATE,
                    Set.copyOf(key.referencingColumns()), depth));
        }
        return Optional.empty();
    }

    /** Everything a foreign key can react to. */
    private enum Change {
        DELETE, UPDATE
    }

    /**
     * @param changedColumns the columns of {@code table} whose values change, or null when unknown (every key may)
     */
    private record Visit(String table, Change change, Set<String> changedColumns, int depth) {

        boolean reaches(ForeignKey key) {
            return change == Change.DELETE || changedColumns == null
                    || key.referencedColumns().stream().anyMatch(changedColumns::contains);
        }
    }
}
