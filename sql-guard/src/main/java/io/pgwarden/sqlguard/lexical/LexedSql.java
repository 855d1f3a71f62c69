package io.pgwarden.sqlguard.lexical;

import java.util.List;
import java.util.Optional;

/**
 * The result of splitting SQL text into statements the way PostgreSQL does.
 *
 * @param statements the non-empty statements, in order
 * @param fatalProblem a problem that stopped the scan (unterminated literal, nesting too deep); when present the
 *                     statement list is incomplete and must not be trusted
 * @param problems   problems that make the text unsafe to judge (ambiguous literals, characters PostgreSQL rejects
 *                   or reads differently from JSqlParser); the statement split is still reliable
 */
public record LexedSql(List<StatementText> statements, Optional<String> fatalProblem, List<String> problems) {

    public LexedSql {
        statements = List.copyOf(statements);
        problems = List.copyOf(problems);
    }
}
