package io.pgwarden.intent.llm.validate;

import io.pgwarden.contracts.schema.TableInfo;
import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.contracts.sql.StatementKind;
import java.util.List;

/** What validation made of one statement from the model. */
public sealed interface Verdict {

    /**
     * The statement may be used.
     *
     * @param sql            the parameterised statement
     * @param parameters     its values, in placeholder order
     * @param kind           the kind our parser gave it, never the model's word
     * @param tables         the catalog tables it reads or writes, the main one first
     * @param hasWhereClause for an UPDATE or DELETE, whether it picks rows
     */
    record Accepted(String sql, List<SqlParameter> parameters, StatementKind kind, List<TableInfo> tables,
            boolean hasWhereClause) implements Verdict {

        public Accepted {
            parameters = List.copyOf(parameters);
            tables = List.copyOf(tables);
        }
    }

    /** Something the model can fix: {@code problem} goes back to it. */
    record Rejected(String problem) implements Verdict {
    }

    /** Something pgwarden never does, such as changing the schema: no correction is asked for. */
    record Refused(String message, String hint) implements Verdict {
    }
}
