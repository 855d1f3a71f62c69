package io.pgwarden.intent.llm.validate;

import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.contracts.schema.TableInfo;
import io.pgwarden.contracts.sql.StatementKind;
import io.pgwarden.sqlguard.Inspection;
import io.pgwarden.sqlguard.Refusal;
import io.pgwarden.sqlguard.SqlGuard;
import io.pgwarden.sqlguard.classify.StatementParser;
import io.pgwarden.sqlguard.classify.UnparseableStatementException;
import java.util.List;
import java.util.Optional;
import net.sf.jsqlparser.statement.Statement;

/**
 * Everything a model's statement must pass before it is used, in order: the SQL guard (exactly one statement, its
 * kind decided by our parser; schema changes and other forbidden kinds are refused outright), the catalog (every
 * table and column exists), parameterisation of its literals (checked again by the guard, which must see the same
 * kind), and EXPLAIN on the target database. The first failure decides.
 */
public final class SqlValidator {

    private final SqlGuard guard;
    private final Explainer explainer;
    private final CatalogCheck catalogCheck = new CatalogCheck();
    private final LiteralParameterizer parameterizer = new LiteralParameterizer();

    public SqlValidator(SqlGuard guard, Explainer explainer) {
        this.guard = guard;
        this.explainer = explainer;
    }

    public Verdict validate(String sql, SchemaCatalog catalog) {
        Inspection inspection = guard.inspect(sql);
        Optional<Refusal> refusal = inspection.refusal();
        if (refusal.isPresent()) {
            return refusedOrRejected(refusal.get());
        }
        StatementKind kind = inspection.kind();
        Statement statement;
        try {
            statement = StatementParser.parse(inspection.statement(), guard.policy().parseTimeout());
        } catch (UnparseableStatementException e) {
            return new Verdict.Rejected("the statement could not be parsed (" + e.getMessage() + ").");
        }
        StatementNames names = StatementNames.of(statement);
        if (names.hasParameters) {
            return new Verdict.Rejected("it contains parameter placeholders; write every value into the"
                    + " statement itself.");
        }
        CatalogCheck.Result grounded = catalogCheck.check(names, catalog);
        if (grounded.problem().isPresent()) {
            return new Verdict.Rejected(grounded.problem().get());
        }
        List<TableInfo> tables = mainFirst(grounded.tables(), inspection, catalog);
        if (tables.isEmpty()) {
            return new Verdict.Rejected("it reads no table of the database; answer from the tables listed.");
        }
        LiteralParameterizer.Parameterized parameterized = parameterizer.parameterize(statement, names.keptLiterals);
        Inspection again = guard.inspect(parameterized.sql());
        if (again.refusal().isPresent() || again.kind() != kind) {
            // Rewriting must never change what the guard sees; if it did, the rewrite is not trusted.
            return new Verdict.Rejected("the statement could not be rewritten with parameters ("
                    + again.refusal().map(Refusal::message).orElse("its kind changed") + "); write it more simply.");
        }
        Optional<String> planProblem = explainer.explain(again.statement(), parameterized.parameters(),
                kind.isWrite());
        if (planProblem.isPresent()) {
            return new Verdict.Rejected(planProblem.get());
        }
        return new Verdict.Accepted(again.statement(), parameterized.parameters(), kind, tables,
                inspection.hasWhereClause());
    }

    private static Verdict refusedOrRejected(Refusal refusal) {
        return switch (refusal.category()) {
            case DDL_BLOCKED, SELECT_INTO -> new Verdict.Refused("The language model answered with a statement that"
                    + " changes the structure of the database (" + refusal.message() + "). pgwarden never runs"
                    + " schema changes, so nothing was run.", "Ask a DBA for schema changes; ask pgwarden about"
                            + " the data.");
            case UTILITY_STATEMENT, TRANSACTION_CONTROL, SESSION_CONTROL -> new Verdict.Refused("The language model"
                    + " answered with a statement pgwarden never runs (" + refusal.message() + "); nothing was run.",
                    "Ask about the data in the database, for example which rows match or how many there are.");
            default -> new Verdict.Rejected(refusal.message());
        };
    }

    /** The written table of a write, else the tables in the order the statement names them. */
    private static List<TableInfo> mainFirst(List<TableInfo> tables, Inspection inspection, SchemaCatalog catalog) {
        if (inspection.targetTable().isEmpty()) {
            return tables;
        }
        String target = inspection.targetTable().get();
        Optional<TableInfo> written = catalog.table(target).or(() -> catalog.table("public." + target));
        if (written.isEmpty()) {
            return tables;
        }
        List<TableInfo> ordered = new java.util.ArrayList<>(List.of(written.get()));
        tables.stream().filter(t -> !t.qualifiedName().equals(written.get().qualifiedName())).forEach(ordered::add);
        return List.copyOf(ordered);
    }
}
