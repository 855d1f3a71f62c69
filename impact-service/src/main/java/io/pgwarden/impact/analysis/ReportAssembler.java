package io.pgwarden.impact.analysis;

import io.pgwarden.contracts.impact.ForeignKeyEffect;
import io.pgwarden.contracts.impact.ImpactMethod;
import io.pgwarden.contracts.impact.ImpactReport;
import io.pgwarden.contracts.impact.SensitiveColumn;
import io.pgwarden.contracts.impact.TableImpact;
import io.pgwarden.contracts.sql.StatementKind;
import io.pgwarden.impact.cascade.ForeignKey;
import io.pgwarden.impact.catalog.TableCatalog;
import io.pgwarden.impact.catalog.TableFacts;
import io.pgwarden.impact.dryrun.TableChange;
import io.pgwarden.impact.risk.RiskAssessment;
import io.pgwarden.impact.risk.RiskClassifier;
import io.pgwarden.impact.risk.RiskFacts;
import io.pgwarden.impact.rollback.RollbackPlanner;
import io.pgwarden.impact.sensitive.SensitiveColumnRules;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns a measurement and the catalog's facts about the tables it reaches into the report an approver reads. */
final class ReportAssembler {

    private static final List<String> CAUSE_ORDER = List.of("statement", "cascade", "trigger");

    private final ImpactSettings settings;
    private final SensitiveColumnRules sensitiveRules;
    private final RiskClassifier classifier;

    ReportAssembler(ImpactSettings settings) {
        this.settings = settings;
        this.sensitiveRules = new SensitiveColumnRules(settings.sensitiveColumns());
        this.classifier = new RiskClassifier(settings.risk());
    }

    ImpactAnalysis assemble(Connection connection, WriteStatement write, TargetTable target,
            List<ForeignKeyEffect> effects, Measurement measurement) throws SQLException {
        Map<String, Integer> cascadeDepth = cascadeDepths(effects);
        List<TableImpact> tables = measurement.method() == ImpactMethod.DRY_RUN
                ? measured(measurement.changes(), target, cascadeDepth) : estimated(write, target, measurement);
        Set<String> affected = new LinkedHashSet<>();
        affected.add(target.name());
        tables.forEach(table -> affected.add(table.table()));
        if (measurement.method() == ImpactMethod.ESTIMATE) {
            affected.addAll(cascadeDepth.keySet());
        }
        Map<String, TableFacts> facts = TableCatalog.load(connection, affected);

        long totalRows = tables.stream().mapToLong(TableImpact::total).sum();
        boolean whereMissing = write.whereMissing();
        boolean matchesAllRows = matchesAllRows(write, target, tables, measurement);
        List<SensitiveColumn> sensitive = sensitive(facts);
        List<String> withoutKey = tablesWithoutKey(write, tables, facts, cascadeDepth, measurement);
        List<String> protectedTables = affected.stream()
                .filter(table -> settings.isProtected(table.substring(0, table.indexOf('.')))).toList();
        int changedTables = measurement.method() == ImpactMethod.DRY_RUN ? tables.size() : affected.size();
        int cascadeLevels = measurement.method() == ImpactMethod.DRY_RUN
                ? tables.stream().mapToInt(table -> cascadeDepth.getOrDefault(table.table(), 0)
                        * ("cascade".equals(table.cause()) ? 1 : 0)).max().orElse(0)
                : cascadeDepth.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        RiskAssessment risk = classifier.classify(new RiskFacts(measurement.method(), totalRows, changedTables,
                cascadeLevels, protectedTables, sensitive, withoutKey, target.name(), whereMissing,
                matchesAllRows));
        List<String> riskReasons = new ArrayList<>(risk.reasons());
        List<String> blockers = measurement.isBlocked() ? List.of(measurement.blocker()) : List.of();
        if (measurement.isBlocked()) {
            riskReasons.add(0, "The statement cannot succeed as it stands.");
        }
        Map<String, List<String>> keys = new LinkedHashMap<>();
        facts.forEach((table, fact) -> keys.put(table, fact.keyColumns()));
        ImpactReport report = new ImpactReport(measurement.method(), methodNote(measurement, facts, target),
                tables, totalRows, effects, blockers, collect(facts, TableFacts::triggers),
                collect(facts, TableFacts::rules), collect(facts, TableFacts::dependentViews), sensitive,
                whereMissing, matchesAllRows, risk.level(), riskReasons, RollbackPlanner.plan(tables, keys),
                warnings(write, target, tables, effects, facts, measurement, matchesAllRows));
        return new ImpactAnalysis(report, measurement.blockerHint());
    }

    /** The shallowest depth at which a foreign-key action changes rows of each referencing table. */
    private static Map<String, Integer> cascadeDepths(List<ForeignKeyEffect> effects) {
        Map<String, Integer> depths = new LinkedHashMap<>();
        for (ForeignKeyEffect effect : effects) {
            if (ForeignKey.changesChildRows(effect.action())) {
                depths.merge(effect.referencingTable(), effect.depth(), Math::min);
            }
        }
        return depths;
    }

    private static List<TableImpact> measured(List<TableChange> changes, TargetTable target,
            Map<String, Integer> cascadeDepth) {
        List<TableImpact> tables = new ArrayList<>();
        for (TableChange change : changes) {
            String cause = target.partitions().contains(change.table()) ? "statement"
                    : cascadeDepth.containsKey(change.table()) ? "cascade" : "trigger";
            tables.add(new TableImpact(change.table(), change.inserted(), change.updated(), change.deleted(), cause));
        }
        tables.sort(Comparator.comparing((TableImpact table) -> CAUSE_ORDER.indexOf(table.cause()))
                .thenComparing(table -> !table.table().equals(target.name())).thenComparing(TableImpact::table));
        return tables;
    }

    private static List<TableImpact> estimated(WriteStatement write, TargetTable target, Measurement measurement) {
        if (measurement.estimate() == null) {
            return List.of();
        }
        long rows = measurement.estimate().rows();
        return List.of(switch (write.kind()) {
            case INSERT -> new TableImpact(target.name(), rows, 0, 0, "statement");
            case DELETE -> new TableImpact(target.name(), 0, 0, rows, "statement");
            default -> new TableImpact(target.name(), 0, rows, 0, "statement");
        });
    }

    private static boolean matchesAllRows(WriteStatement write, TargetTable target, List<TableImpact> tables,
            Measurement measurement) {
        if (write.whereMissing()) {
            return true;
        }
        if (measurement.method() != ImpactMethod.DRY_RUN || write.kind() == StatementKind.INSERT) {
            return false;
        }
        long changed = tables.stream().filter(table -> target.partitions().contains(table.table()))
                .mapToLong(table -> table.updated() + table.deleted()).sum();
        return changed > 0 && measurement.targetUntouched() == 0;
    }

    private List<SensitiveColumn> sensitive(Map<String, TableFacts> facts) {
        List<SensitiveColumn> found = new ArrayList<>();
        for (TableFacts table : facts.values()) {
            for (TableFacts.Column column : table.columns()) {
                sensitiveRules.classify(table.table(), column.name(), column.type()).ifPresent(found::add);
            }
        }
        return found;
    }

    private static List<String> tablesWithoutKey(WriteStatement write, List<TableImpact> tables,
            Map<String, TableFacts> facts, Map<String, Integer> cascadeDepth, Measurement measurement) {
        Set<String> rewritten = new LinkedHashSet<>();
        tables.stream().filter(table -> table.updated() + table.deleted() > 0).forEach(t -> rewritten.add(t.table()));
        if (measurement.method() == ImpactMethod.ESTIMATE && write.kind() != StatementKind.INSERT) {
            rewritten.addAll(cascadeDepth.keySet());
        }
        return rewritten.stream().filter(table -> facts.containsKey(table)
                && facts.get(table).keyColumns().isEmpty()).toList();
    }

    private static List<String> collect(Map<String, TableFacts> facts,
            java.util.function.Function<TableFacts, List<String>> what) {
        Set<String> all = new LinkedHashSet<>();
        facts.values().forEach(table -> all.addAll(what.apply(table)));
        return List.copyOf(all);
    }

    private String methodNote(Measurement measurement, Map<String, TableFacts> facts, TargetTable target) {
        if (measurement.method() == ImpactMethod.DRY_RUN || measurement.estimate() == null) {
            return measurement.note();
        }
        TableFacts targetFacts = facts.get(target.name());
        String confidence = targetFacts == null || !targetFacts.analysed()
                ? "low (the table's statistics were never gathered)"
                : measurement.estimate().scan().startsWith("Index") ? "medium (index scan on analysed statistics)"
                        : "medium (analysed statistics)";
        return measurement.note() + " Rows are the planner's estimate (EXPLAIN, " + measurement.estimate().scan()
                + "), confidence " + confidence + ".";
    }

    private static List<String> warnings(WriteStatement write, TargetTable target, List<TableImpact> tables,
            List<ForeignKeyEffect> effects, Map<String, TableFacts> facts, Measurement measurement,
            boolean matchesAllRows) {
        List<String> warnings = new ArrayList<>();
        long targetRows = tables.stream().filter(table -> target.partitions().contains(table.table()))
                .mapToLong(TableImpact::total).sum();
        if (write.whereMissing()) {
            warnings.add("NO WHERE CLAUSE: this " + write.kind() + " changes every row of " + target.name() + " ("
                    + targetRows + (measurement.method() == ImpactMethod.DRY_RUN ? "" : " estimated") + " rows).");
        } else if (matchesAllRows) {
            warnings.add("ALL ROWS: the WHERE clause matches every row of " + target.name() + " (" + targetRows
                    + " rows).");
        }
        if (measurement.method() == ImpactMethod.DRY_RUN) {
            for (TableImpact table : tables) {
                TableFacts fact = facts.get(table.table());
                if (table.inserted() > 0 && fact != null && !fact.sequences().isEmpty()) {
                    warnings.add("The dry run advanced " + String.join(", ", fact.sequences()) + " by "
                            + table.inserted() + " (sequences are not rolled back): the ids the real insert gets"
                            + " will differ from the dry run's and leave a gap.");
                }
            }
            measurement.changes().stream().filter(change -> !change.exactUpdate()).forEach(change -> warnings.add(
                    "Updated rows of " + change.table() + " are counted once per update (a row updated twice counts"
                            + " twice): counting distinct rows took longer than the time limit."));
        } else {
            estimateWarnings(write, target, effects, facts, measurement, warnings);
        }
        facts.values().forEach(table -> table.rules().forEach(rule -> warnings.add("Rewrite rule " + rule
                + ": the statement may run as something else.")));
        return warnings;
    }

    private static void estimateWarnings(WriteStatement write, TargetTable target, List<ForeignKeyEffect> effects,
            Map<String, TableFacts> facts, Measurement measurement, List<String> warnings) {
        if (measurement.isBlocked()) {
            return;
        }
        effects.stream().filter(effect -> ForeignKey.changesChildRows(effect.action()))
                .map(ForeignKeyEffect::referencingTable).distinct().forEach(table -> warnings.add("Foreign-key"
                        + " actions may also change rows of " + table + "; this estimate does not count them."));
        effects.stream().filter(effect -> ForeignKey.blocks(effect.action())).forEach(effect -> warnings.add(
                "Rows of " + effect.referencingTable() + " may still refer to the changed rows through "
                        + effect.constraint() + " (" + effect.action() + "): the statement would then fail, and"
                        + " an estimate cannot tell."));
        TableFacts targetFacts = facts.get(target.name());
        if (targetFacts != null && !targetFacts.triggers().isEmpty()) {
            warnings.add("Triggers on " + target.name() + " may change further rows; this estimate does not count"
                    + " them.");
        }
        if (targetFacts != null && targetFacts.estimatedRows() > 0 && measurement.estimate() != null
                && write.kind() != StatementKind.INSERT && !write.whereMissing()
                && measurement.estimate().rows() >= targetFacts.estimatedRows()) {
            warnings.add("The planner expects the WHERE clause to match about every row of " + target.name()
                    + ".");
        }
    }
}
