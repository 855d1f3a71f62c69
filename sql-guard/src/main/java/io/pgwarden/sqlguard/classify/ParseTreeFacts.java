package io.pgwarden.sqlguard.classify;

import io.pgwarden.contracts.sql.StatementKind;
import io.pgwarden.sqlguard.functions.FunctionName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.ExtractExpression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.JsonAggregateFunction;
import net.sf.jsqlparser.expression.JsonFunction;
import net.sf.jsqlparser.expression.MySQLGroupConcat;
import net.sf.jsqlparser.expression.NextValExpression;
import net.sf.jsqlparser.expression.TranscodingFunction;
import net.sf.jsqlparser.expression.TrimFunction;
import net.sf.jsqlparser.expression.XMLSerializeExpr;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.merge.Merge;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.GroupByElement;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.TableFunction;
import net.sf.jsqlparser.statement.select.WithItem;
import net.sf.jsqlparser.statement.update.Update;

/**
 * What a parsed statement does, gathered from every node of its parse tree.
 *
 * @param rootKind          READ for a query, the write kind for INSERT/UPDATE/DELETE/MERGE, empty for anything else
 * @param functions         every function called anywhere, as PostgreSQL names them
 * @param tables            every table referenced, normalized and sorted, without WITH item names
 * @param targetTable       the table an INSERT, UPDATE, DELETE or MERGE modifies
 * @param hasWhereClause    whether an UPDATE or DELETE has a WHERE clause
 * @param nestedWrite       the kind of a data-modifying statement inside the root (a data-modifying WITH item)
 * @param selectsInto       whether any SELECT has an INTO clause
 * @param lockingClause     the first row-locking clause found, for example {@code FOR UPDATE}
 */
public record ParseTreeFacts(Optional<StatementKind> rootKind, Set<FunctionName> functions, List<String> tables,
        Optional<String> targetTable, boolean hasWhereClause, Optional<StatementKind> nestedWrite,
        boolean selectsInto, Optional<String> lockingClause) {

    public static ParseTreeFacts of(Statement root) {
        Collector collector = new Collector(root);
        AstWalker.walk(root, collector);
        return collector.facts();
    }

    private static final class Collector implements AstWalker.NodeVisitor {

        private static final Set<String> RESERVED_CONSTRUCTS = Set.of("array", "row", "any", "all", "some");
        private static final Set<String> GROUPING_CONSTRUCTS = Set.of("rollup", "cube");

        private final Statement root;
        private final Set<FunctionName> functions = new LinkedHashSet<>();
        private final List<Table> tables = new ArrayList<>();
        private final Set<String> withItemNames = new HashSet<>();
        private StatementKind nestedWrite;
        private boolean selectsInto;
        private String lockingClause;

        Collector(Statement root) {
            this.root = root;
        }

        @Override
        public void visit(Object node, Object owner) {
            collectCall(node, owner);
            if (node instanceof Table table && !isColumnQualifier(owner)) {
                tables.add(table);
            }
            if (node instanceof WithItem<?> withItem && withItem.getAlias() != null) {
                withItemNames.add(Identifiers.normalize(withItem.getAlias().getName()));
            }
            if (node != root && nestedWrite == null) {
                nestedWrite = kindOf(node).filter(StatementKind::isWrite).orElse(null);
            }
            if (node instanceof PlainSelect plainSelect
                    && (notEmpty(plainSelect.getIntoTables()) || plainSelect.getIntoTempTable() != null)) {
                selectsInto = true;
            }
            if (node instanceof Select select && lockingClause == null) {
                lockingClause = lockingClauseOf(select);
            }
        }

        private void collectCall(Object node, Object owner) {
            if (node instanceof Function function && !isSyntax(function, owner)) {
                functions.add(functionName(function.getMultipartName(), function.getName()));
            } else if (node instanceof AnalyticExpression analytic) {
                functions.add(functionName(null, analytic.getName()));
            } else {
                syntaxFunctionName(node).ifPresent(name -> functions.add(FunctionName.unqualified(name)));
            }
        }

        private static String lockingClauseOf(Select select) {
            if (select.getForMode() != null) {
                return "FOR " + select.getForMode().getValue().toUpperCase(Locale.ROOT);
            }
            boolean impliesLocking = select.getForUpdateTable() != null || select.isSkipLocked()
                    || select.getWait() != null || select.isNoWait();
            return impliesLocking ? "FOR UPDATE" : null;
        }

        /** {@code t} in {@code t.col} or {@code t.*} names a table already listed in FROM, or an alias. */
        private static boolean isColumnQualifier(Object owner) {
            return owner instanceof Column || owner instanceof AllTableColumns;
        }

        ParseTreeFacts facts() {
            Set<String> tableNames = new TreeSet<>();
            for (Table table : tables) {
                boolean qualified = table.getSchemaName() != null || table.getDatabaseName() != null;
                String name = tableName(table);
                if (qualified || !withItemNames.contains(name)) {
                    tableNames.add(name);
                }
            }
            Optional<StatementKind> rootKind = kindOf(root);
            Table target = targetOf(root);
            boolean hasWhere = (root instanceof Update update && update.getWhere() != null)
                    || (root instanceof Delete delete && delete.getWhere() != null);
            return new ParseTreeFacts(rootKind, functions, List.copyOf(tableNames),
                    Optional.ofNullable(target).map(Collector::tableName), hasWhere,
                    Optional.ofNullable(nestedWrite), selectsInto, Optional.ofNullable(lockingClause));
        }

        private static Optional<StatementKind> kindOf(Object node) {
            if (node instanceof Select) {
                return Optional.of(StatementKind.READ);
            }
            if (node instanceof Insert) {
                return Optional.of(StatementKind.INSERT);
            }
            if (node instanceof Update) {
                return Optional.of(StatementKind.UPDATE);
            }
            if (node instanceof Delete) {
                return Optional.of(StatementKind.DELETE);
            }
            if (node instanceof Merge) {
                return Optional.of(StatementKind.MERGE);
            }
            return Optional.empty();
        }

        private static Table targetOf(Statement statement) {
            if (statement instanceof Insert insert) {
                return insert.getTable();
            }
            if (statement instanceof Update update) {
                return update.getTable();
            }
            if (statement instanceof Delete delete) {
                return delete.getTable();
            }
            if (statement instanceof Merge merge) {
                return merge.getTable();
            }
            return null;
        }

        /**
         * JSqlParser models some PostgreSQL syntax as a {@link Function}: a FROM-clause table function wraps the real
         * call; ARRAY, ROW, ANY, ALL and SOME are reserved words that PostgreSQL never resolves to a function unless
         * quoted; ROLLUP and CUBE directly in GROUP BY are grouping constructs.
         */
        private static boolean isSyntax(Function function, Object owner) {
            if (function instanceof TableFunction) {
                return true;
            }
            List<String> parts = function.getMultipartName();
            if (parts == null || parts.size() != 1) {
                return false;
            }
            String raw = parts.get(0);
            return RESERVED_CONSTRUCTS.contains(raw.toLowerCase(Locale.ROOT))
                    || (owner instanceof GroupByElement && GROUPING_CONSTRUCTS.contains(raw.toLowerCase(Locale.ROOT)));
        }

        /** Calls JSqlParser models as dedicated nodes rather than as {@link Function}. */
        private static Optional<String> syntaxFunctionName(Object node) {
            if (node instanceof NextValExpression) {
                return Optional.of("nextval");
            }
            if (node instanceof TrimFunction) {
                return Optional.of("trim");
            }
            if (node instanceof ExtractExpression) {
                return Optional.of("extract");
            }
            if (node instanceof XMLSerializeExpr) {
                return Optional.of("xmlserialize");
            }
            if (node instanceof TranscodingFunction) {
                return Optional.of("convert");
            }
            if (node instanceof MySQLGroupConcat) {
                return Optional.of("group_concat");
            }
            if (node instanceof JsonFunction json) {
                return Optional.of(isArray(json.getType()) ? "json_array" : "json_object");
            }
            if (node instanceof JsonAggregateFunction json) {
                return Optional.of(isArray(json.getType()) ? "json_arrayagg" : "json_objectagg");
            }
            return Optional.empty();
        }

        private static boolean isArray(Enum<?> jsonType) {
            return jsonType != null && jsonType.name().contains("ARRAY");
        }

        /** Fails closed: a call whose name cannot be read gets a name no allow-list contains. */
        private static FunctionName functionName(List<String> multipartName, String rawName) {
            List<String> rawParts = multipartName != null && !multipartName.isEmpty() ? multipartName
                    : Identifiers.split(rawName == null ? "" : rawName);
            String name = Identifiers.normalize(rawParts.get(rawParts.size() - 1));
            String schema = rawParts.size() >= 2 ? Identifiers.normalize(rawParts.get(rawParts.size() - 2)) : null;
            return FunctionName.of(schema, name);
        }

        private static String tableName(Table table) {
            StringBuilder name = new StringBuilder();
            for (String part : new String[] {table.getDatabaseName(), table.getSchemaName(), table.getName()}) {
                if (part != null && !part.isEmpty()) {
                    name.append(name.length() > 0 ? "." : "").append(Identifiers.normalize(part));
                }
            }
            return name.toString();
        }

        private static boolean notEmpty(List<?> list) {
            return list != null && !list.isEmpty();
        }
    }
}
