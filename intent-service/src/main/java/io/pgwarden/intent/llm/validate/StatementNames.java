package io.pgwarden.intent.llm.validate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.JdbcNamedParameter;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.GroupByElement;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.TableFunction;
import net.sf.jsqlparser.statement.select.WithItem;
import net.sf.jsqlparser.util.TablesNamesFinder;

/**
 * One walk over a parsed statement collecting what validation needs: the tables it names (with their aliases), the
 * columns it names, the names that are not tables (WITH items, subquery and function aliases, output column
 * aliases), and the integer literals that must stay literals because they are positions or limits
 * ({@code ORDER BY 1}, {@code GROUP BY 1}, {@code LIMIT 10}).
 */
final class StatementNames extends TablesNamesFinder<Void> {

    /** A table as written: schema (or null), name and alias (or null), each folded as PostgreSQL folds it. */
    record TableRef(String schema, String name, String alias) {
    }

    final List<TableRef> tables = new ArrayList<>();
    final List<Column> columns = new ArrayList<>();
    final Set<String> withNames = new LinkedHashSet<>();
    final Set<String> derivedAliases = new LinkedHashSet<>();
    final Set<String> outputAliases = new LinkedHashSet<>();
    final Set<Expression> keptLiterals = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Whether the statement already has placeholders ({@code ?}, {@code :name}); a model's never should. */
    boolean hasParameters;

    static StatementNames of(Statement statement) {
        StatementNames names = new StatementNames();
        names.init(false);
        statement.accept((net.sf.jsqlparser.statement.StatementVisitor<Void>) names, null);
        return names;
    }

    /** PostgreSQL's folding: an unquoted name is lower-cased, a quoted one is exact. */
    static String fold(String name) {
        if (name == null) {
            return null;
        }
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            return name.substring(1, name.length() - 1).replace("\"\"", "\"");
        }
        return name.toLowerCase(Locale.ROOT);
    }

    @Override
    public <S> Void visit(Table table, S context) {
        String alias = table.getAlias() == null ? null : fold(table.getAlias().getName());
        tables.add(new TableRef(fold(table.getSchemaName()), fold(table.getName()), alias));
        return super.visit(table, context);
    }

    @Override
    public <S> Void visit(Column column, S context) {
        columns.add(column);
        return super.visit(column, context);
    }

    @Override
    public <S> Void visit(JdbcParameter parameter, S context) {
        hasParameters = true;
        return super.visit(parameter, context);
    }

    @Override
    public <S> Void visit(JdbcNamedParameter parameter, S context) {
        hasParameters = true;
        return super.visit(parameter, context);
    }

    @Override
    public <S> Void visit(WithItem<?> withItem, S context) {
        if (withItem.getAlias() != null) {
            withNames.add(fold(withItem.getAlias().getName()));
        }
        return super.visit(withItem, context);
    }

    @Override
    public <S> Void visit(ParenthesedSelect select, S context) {
        if (select.getAlias() != null) {
            derivedAliases.add(fold(select.getAlias().getName()));
        }
        keepPositions(select);
        return super.visit(select, context);
    }

    @Override
    public <S> Void visit(TableFunction function, S context) {
        derivedAliases.add(function.getAlias() == null ? "" : fold(function.getAlias().getName()));
        return super.visit(function, context);
    }

    @Override
    public <S> Void visit(PlainSelect select, S context) {
        keepPositions(select);
        if (select.getSelectItems() != null) {
            for (SelectItem<?> item : select.getSelectItems()) {
                if (item.getAlias() != null) {
                    outputAliases.add(fold(item.getAlias().getName()));
                }
            }
        }
        GroupByElement groupBy = select.getGroupBy();
        if (groupBy != null && groupBy.getGroupByExpressionList() != null) {
            for (Object expression : groupBy.getGroupByExpressionList()) {
                if (expression instanceof LongValue position) {
                    keptLiterals.add(position);
                }
            }
        }
        return super.visit(select, context);
    }

    @Override
    public <S> Void visit(SetOperationList list, S context) {
        keepPositions(list);
        return super.visit(list, context);
    }

    /** ORDER BY positions and LIMIT/OFFSET/FETCH counts keep their literal: a parameter would change the meaning. */
    private void keepPositions(Select select) {
        if (select.getOrderByElements() != null) {
            for (OrderByElement element : select.getOrderByElements()) {
                if (element.getExpression() instanceof LongValue position) {
                    keptLiterals.add(position);
                }
            }
        }
        if (select.getLimit() != null) {
            keep(select.getLimit().getRowCount());
            keep(select.getLimit().getOffset());
        }
        if (select.getOffset() != null) {
            keep(select.getOffset().getOffset());
        }
        if (select.getFetch() != null) {
            keep(select.getFetch().getExpression());
        }
    }

    private void keep(Expression expression) {
        if (expression != null) {
            keptLiterals.add(expression);
        }
    }
}
