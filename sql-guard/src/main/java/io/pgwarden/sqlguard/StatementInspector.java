package io.pgwarden.sqlguard;

import io.pgwarden.contracts.sql.StatementKind;
import io.pgwarden.sqlguard.classify.LexicalSignals;
import io.pgwarden.sqlguard.classify.ParseTreeFacts;
import io.pgwarden.sqlguard.classify.StatementFamily;
import io.pgwarden.sqlguard.classify.StatementOpening;
import io.pgwarden.sqlguard.classify.StatementParser;
import io.pgwarden.sqlguard.classify.UnparseableStatementException;
import io.pgwarden.sqlguard.functions.FunctionName;
import io.pgwarden.sqlguard.functions.FunctionPolicy;
import io.pgwarden.sqlguard.lexical.LexedSql;
import io.pgwarden.sqlguard.lexical.SqlLexer;
import io.pgwarden.sqlguard.lexical.StatementText;
import io.pgwarden.sqlguard.lexical.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The guard's pipeline, cheapest and most certain checks first.
 *
 * <ol>
 *   <li>EMPTY, then UNPARSEABLE for over-long text and text PostgreSQL's scanner would reject or read ambiguously;</li>
 *   <li>MULTIPLE_STATEMENTS, counted by the PostgreSQL-faithful scanner;</li>
 *   <li>the keyword pre-check: DDL_BLOCKED, UTILITY_STATEMENT, TRANSACTION_CONTROL, SESSION_CONTROL, or UNPARSEABLE
 *       for anything unrecognised;</li>
 *   <li>for queries and writes: parse with JSqlParser, then, from the parse tree and from token patterns together,
 *       DATA_MODIFYING_CTE, SELECT_INTO, LOCKING_CLAUSE, FORBIDDEN_FUNCTION (deny-list before allow-list). A statement
 *       the parser cannot read is UNPARSEABLE unless a token pattern already refuses it more precisely.</li>
 * </ol>
 */
final class StatementInspector {

    private final GuardPolicy policy;
    private final FunctionPolicy functionPolicy;

    StatementInspector(GuardPolicy policy, FunctionPolicy functionPolicy) {
        this.policy = policy;
        this.functionPolicy = functionPolicy;
    }

    Inspection inspect(String sql) {
        if (sql.isBlank()) {
            return refused(sql, null, Refusals.empty());
        }
        if (sql.length() > policy.maxSqlLength()) {
            return refused(sql, null, Refusals.tooLong(sql.length(), policy.maxSqlLength()));
        }
        LexedSql lexed = SqlLexer.lex(sql, policy.maxNestingDepth());
        if (lexed.fatalProblem().isPresent()) {
            return refused(sql, null, Refusals.unparseable(lexed.fatalProblem().get()));
        }
        if (lexed.statements().isEmpty()) {
            return refused(sql, null, Refusals.empty());
        }
        if (lexed.statements().size() > 1) {
            return refused(sql, null, Refusals.multipleStatements(lexed.statements().size()));
        }
        if (!lexed.problems().isEmpty()) {
            return refused(sql, null, Refusals.unparseable(lexed.problems().get(0)));
        }
        StatementText statement = lexed.statements().get(0);
        StatementOpening opening = StatementOpening.of(statement.tokens());
        return switch (opening.family()) {
            case DDL -> refused(sql, StatementKind.DDL, Refusals.ddl(opening));
            case UTILITY -> refused(sql, StatementKind.UTILITY, Refusals.utility(opening));
            case TRANSACTION_CONTROL -> refused(sql, StatementKind.TRANSACTION_CONTROL,
                    Refusals.transactionControl(opening));
            case SESSION_CONTROL -> refused(sql, StatementKind.SESSION_CONTROL, Refusals.sessionControl(opening));
            case UNRECOGNISED -> refused(sql, null, Refusals.unrecognised(opening.keyword()));
            case QUERY, WRITE -> inspectQueryOrWrite(sql, statement, opening);
        };
    }

    private Inspection inspectQueryOrWrite(String sql, StatementText statement, StatementOpening opening) {
        List<Token> tokens = statement.tokens();
        Signals lexical = new Signals(LexicalSignals.dataModifyingWithItem(tokens),
                opening.isQuery() && LexicalSignals.selectInto(tokens), LexicalSignals.lockingClause(tokens),
                functionPolicy.deniedCall(LexicalSignals.possibleCalls(tokens)));
        ParseTreeFacts facts;
        try {
            facts = ParseTreeFacts.of(StatementParser.parse(statement.canonicalText(), policy.parseTimeout()));
        } catch (UnparseableStatementException unparseable) {
            Optional<Refusal> refusal = lexical.refusal();
            if (refusal.isEmpty()) {
                return refused(sql, null, Refusals.parseFailure(unparseable.getMessage()));
            }
            return refused(sql, lexical.effectiveKind(opening.impliedKind()), refusal.get());
        }
        Optional<StatementKind> rootKind = facts.rootKind();
        if (rootKind.isEmpty()
                || (opening.family() == StatementFamily.WRITE && rootKind.get() != opening.impliedKind())) {
            return refused(sql, null, Refusals.inconsistentParse(opening.keyword()));
        }
        Signals combined = new Signals(facts.nestedWrite().or(lexical::nestedWrite),
                facts.selectsInto() || lexical.selectInto(), facts.lockingClause().or(lexical::lockingClause),
                functionPolicy.deniedCall(facts.functions()).or(lexical::deniedCall));
        Optional<Refusal> refusal = combined.refusal()
                .or(() -> functionPolicy.unknownCalls(facts.functions()).map(Refusals::forbiddenFunction));
        return new Inspection(sql, combined.effectiveKind(rootKind.get()), facts.tables(), names(facts.functions()),
                refusal, facts.hasWhereClause(), facts.targetTable(),
                sql.substring(0, statement.endOffset()).stripTrailing());
    }

    /** The findings that refuse a query or write, whichever source (tokens or parse tree) found them. */
    private record Signals(Optional<StatementKind> nestedWrite, boolean selectInto, Optional<String> lockingClause,
            Optional<String> deniedCall) {

        Optional<Refusal> refusal() {
            if (nestedWrite.isPresent()) {
                return Optional.of(Refusals.dataModifyingWithItem(nestedWrite.get()));
            }
            if (selectInto) {
                return Optional.of(Refusals.selectInto());
            }
            return lockingClause.map(Refusals::lockingClause).or(() -> deniedCall.map(Refusals::forbiddenFunction));
        }

        /** A query that hides a write is that write; SELECT ... INTO creates a table. */
        StatementKind effectiveKind(StatementKind statedKind) {
            if (statedKind != StatementKind.READ) {
                return statedKind;
            }
            return nestedWrite.orElse(selectInto ? StatementKind.DDL : StatementKind.READ);
        }
    }

    private static Set<String> names(Set<FunctionName> functions) {
        return functions.stream().map(FunctionName::qualifiedName).collect(Collectors.toSet());
    }

    static Inspection refused(String sql, StatementKind kind, Refusal refusal) {
        return new Inspection(sql, kind, List.of(), Set.of(), Optional.of(refusal), false, Optional.empty(), sql);
    }
}
