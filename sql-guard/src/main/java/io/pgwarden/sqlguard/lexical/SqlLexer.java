package io.pgwarden.sqlguard.lexical;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits SQL text into statements and tokens the way PostgreSQL's own scanner does.
 *
 * <p>Why the guard has its own scanner: JSqlParser serves many dialects and reads some text differently from
 * PostgreSQL. It treats {@code //} as a comment, {@code q'[...]'} as an Oracle string, backticks as MySQL identifiers,
 * two blank lines as a statement separator, and it does not know tagged dollar quotes or nested block comments. If the
 * guard judged what JSqlParser sees, such text could hide a statement or a function call that PostgreSQL would run.
 * So this scanner is the authority on statement boundaries, literals and comments, and JSqlParser only ever sees a
 * canonical rewrite ({@link StatementText#canonicalText()}) in which none of those readings can differ.
 *
 * <p>It follows PostgreSQL's scanner with {@code standard_conforming_strings = on} (the default since 9.1, and a
 * session cannot change it because {@code SET} is refused): backslashes are ordinary characters in {@code '...'} and
 * escapes only in {@code E'...'}; block comments nest; string constants separated by a line break are one constant;
 * {@code $tag$...$tag$} is a string; unquoted identifiers fold ASCII letters to lower case.
 */
public final class SqlLexer {

    private static final String OPERATOR_CHARACTERS = "~!@#^&|+-*/%<>=";

    private final String sql;
    private final int maxNesting;
    private final List<StatementText> statements = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private String fatalProblem;
    private int pos;
    private int nesting;
    private List<Token> tokens = new ArrayList<>();
    private StringBuilder canonical = new StringBuilder();

    private SqlLexer(String sql, int maxNesting) {
        this.sql = sql;
        this.maxNesting = maxNesting;
    }

    /**
     * @param sql        the text as submitted
     * @param maxNesting the deepest bracket nesting accepted; deeper text is a fatal problem, which keeps the parser's
     *                   work bounded on hostile input
     */
    public static LexedSql lex(String sql, int maxNesting) {
        SqlLexer lexer = new SqlLexer(sql, maxNesting);
        lexer.scan();
        return new LexedSql(lexer.statements, Optional.ofNullable(lexer.fatalProblem), lexer.problems);
    }

    private void scan() {
        while (pos < sql.length() && fatalProblem == null) {
            scanToken();
        }
        if (fatalProblem == null) {
            endStatement(sql.length());
        }
    }

    private void scanToken() {
        char c = sql.charAt(pos);
        char next = charAt(pos + 1);
        if (c == '-' && next == '-') {
            pos = endOfLine(pos);
            separate();
        } else if (c == '/' && next == '*') {
            skipBlockComment();
            separate();
        } else if (isSpace(c)) {
            pos++;
            separate();
        } else if (c == ';') {
            endStatement(pos);
            pos++;
        } else if (c == '\'') {
            standardString(pos, pos);
        } else if (c == '"') {
            quotedIdentifier(pos, pos, false);
        } else if (c == '$') {
            dollar();
        } else if (c == '?') {
            simpleToken(TokenKind.PARAMETER, "?");
        } else if (isDigit(c) || (c == '.' && isDigit(next))) {
            number();
        } else if (isIdentifierStart(c)) {
            word();
        } else if (c == '(' || c == '[') {
            open(c);
        } else if (c == ')' || c == ']') {
            nesting = Math.max(0, nesting - 1);
            simpleToken(c == ')' ? TokenKind.RIGHT_PAREN : TokenKind.OPERATOR, String.valueOf(c));
        } else if (c == ',') {
            simpleToken(TokenKind.COMMA, ",");
        } else if (c == '.') {
            simpleToken(TokenKind.DOT, ".");
        } else if (c == ':') {
            simpleToken(TokenKind.OPERATOR, next == ':' ? "::" : ":");
        } else if (OPERATOR_CHARACTERS.indexOf(c) >= 0) {
            operator();
        } else {
            unexpected(c);
        }
    }

    private void simpleToken(TokenKind kind, String text) {
        addToken(kind, text, pos);
        canonical.append(text);
        pos += text.length();
    }

    private void open(char bracket) {
        nesting++;
        if (nesting > maxNesting) {
            fatalProblem = "The statement nests brackets more than " + maxNesting
                    + " levels deep; simplify it or split it into smaller queries.";
            return;
        }
        simpleToken(bracket == '(' ? TokenKind.LEFT_PAREN : TokenKind.OPERATOR, String.valueOf(bracket));
    }

    private void word() {
        int start = pos;
        int end = pos;
        while (end < sql.length() && isIdentifierPart(sql.charAt(end))) {
            end++;
        }
        String raw = sql.substring(start, end);
        if (raw.length() == 1) {
            char prefix = raw.charAt(0);
            char after = charAt(end);
            if (after == '\'' && "eE".indexOf(prefix) >= 0) {
                escapeString(start, end);
                return;
            }
            if (after == '\'' && "bBxXnN".indexOf(prefix) >= 0) {
                standardString(start, end);
                return;
            }
            if (after == '&' && (prefix == 'u' || prefix == 'U')) {
                if (charAt(end + 1) == '\'') {
                    unicodeString(start, end + 1);
                    return;
                }
                if (charAt(end + 1) == '"') {
                    quotedIdentifier(start, end + 1, true);
                    return;
                }
            }
        }
        pos = end;
        addToken(TokenKind.WORD, asciiLowerCase(raw), start);
        canonical.append(raw);
    }

    private void number() {
        int start = pos;
        int end = pos;
        while (end < sql.length()) {
            char c = sql.charAt(end);
            boolean exponentSign = (c == '+' || c == '-') && "eE".indexOf(charAt(end - 1)) >= 0
                    && isDigit(charAt(end + 1)) && isDigit(sql.charAt(start));
            if (isDigit(c) || isAsciiLetter(c) || c == '_' || exponentSign
                    || (c == '.' && charAt(end + 1) != '.')) {
                end++;
            } else {
                break;
            }
        }
        pos = end;
        String text = sql.substring(start, end);
        addToken(TokenKind.NUMBER, text, start);
        canonical.append(text);
    }

    private void operator() {
        int start = pos;
        int end = pos;
        while (end < sql.length() && OPERATOR_CHARACTERS.indexOf(sql.charAt(end)) >= 0
                && !startsComment(end)) {
            end++;
        }
        pos = end;
        String text = sql.substring(start, end);
        addToken(TokenKind.OPERATOR, text, start);
        for (int i = 0; i < text.length(); i++) {
            // JSqlParser reads "//" as a line comment; PostgreSQL reads it as an operator.
            if (text.charAt(i) == '/' && i > 0 && text.charAt(i - 1) == '/') {
                canonical.append(' ');
            }
            canonical.append(text.charAt(i));
        }
    }

    private void unexpected(char c) {
        if (c == '`') {
            problems.add("Backticks (`) are not PostgreSQL syntax; quote identifiers with double quotes.");
        } else if (c == '\\') {
            problems.add("A backslash outside a string is not SQL (psql meta-commands such as \\copy are not "
                    + "accepted); submit plain PostgreSQL SQL.");
        } else if (c == '{' || c == '}') {
            problems.add("JDBC escape syntax such as {fn ...} or {call ...} is not accepted; write plain "
                    + "PostgreSQL SQL.");
        } else if (c >= 0x80) {
            problems.add(String.format("The text contains the invisible character U+%04X at offset %d, which "
                    + "PostgreSQL does not treat as white space; remove it.", (int) c, pos));
        } else {
            problems.add(String.format("The text contains the unexpected character U+%04X at offset %d; remove it.",
                    (int) c, pos));
        }
        pos++;
        separate();
    }

    private void standardString(int tokenStart, int openingQuote) {
        StringBuilder value = new StringBuilder();
        boolean ambiguous = false;
        int i = openingQuote + 1;
        while (true) {
            if (i >= sql.length()) {
                fatalProblem = unterminated("string constant", tokenStart);
                return;
            }
            char c = sql.charAt(i);
            if (c == '\'') {
                if (charAt(i + 1) == '\'') {
                    value.append('\'');
                    i += 2;
                    continue;
                }
                int continued = continuationQuote(i + 1);
                if (continued < 0) {
                    i++;
                    break;
                }
                i = continued + 1;
                continue;
            }
            if (c == '\\' && charAt(i + 1) == '\'') {
                ambiguous = true;
            }
            value.append(c);
            i++;
        }
        if (ambiguous) {
            problems.add("The string constant at offset " + tokenStart + " contains \\' which PostgreSQL reads "
                    + "differently when standard_conforming_strings is off; write a quote inside a string as '' "
                    + "(two single quotes) or use an E'...' string.");
        }
        pos = i;
        stringToken(value.toString(), tokenStart);
    }

    private void escapeString(int tokenStart, int openingQuote) {
        StringBuilder value = new StringBuilder();
        int i = openingQuote + 1;
        while (true) {
            if (i >= sql.length()) {
                fatalProblem = unterminated("string constant", tokenStart);
                return;
            }
            char c = sql.charAt(i);
            if (c == '\\') {
                if (i + 1 >= sql.length()) {
                    fatalProblem = unterminated("string constant", tokenStart);
                    return;
                }
                value.append(sql.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '\'') {
                if (charAt(i + 1) == '\'') {
                    value.append('\'');
                    i += 2;
                    continue;
                }
                int continued = continuationQuote(i + 1);
                if (continued < 0) {
                    i++;
                    break;
                }
                i = continued + 1;
                continue;
            }
            value.append(c);
            i++;
        }
        pos = i;
        stringToken(value.toString(), tokenStart);
    }

    private void unicodeString(int tokenStart, int openingQuote) {
        String body = doubledQuoteBody('\'', openingQuote, "string constant", tokenStart);
        if (body == null) {
            return;
        }
        String value = decodeUnicode(body, "string constant", tokenStart);
        stringToken(value, tokenStart);
    }

    private void quotedIdentifier(int tokenStart, int openingQuote, boolean unicode) {
        String body = doubledQuoteBody('"', openingQuote, "quoted identifier", tokenStart);
        if (body == null) {
            return;
        }
        String name = unicode ? decodeUnicode(body, "quoted identifier", tokenStart) : body;
        if (name.isEmpty()) {
            problems.add("The quoted identifier at offset " + tokenStart + " is empty; PostgreSQL rejects \"\".");
        }
        addToken(TokenKind.QUOTED_IDENTIFIER, name, tokenStart);
        canonical.append('"').append(name.replace("\"", "\"\"")).append('"');
    }

    /**
     * Reads a body closed by {@code quote}, where a doubled quote stands for one, and moves past the closing quote.
     * Returns null (with the fatal problem set) when the text ends first.
     */
    private String doubledQuoteBody(char quote, int openingQuote, String what, int tokenStart) {
        StringBuilder body = new StringBuilder();
        int i = openingQuote + 1;
        while (true) {
            if (i >= sql.length()) {
                fatalProblem = unterminated(what, tokenStart);
                return null;
            }
            char c = sql.charAt(i);
            if (c == quote) {
                if (charAt(i + 1) == quote) {
                    body.append(quote);
                    i += 2;
                    continue;
                }
                pos = i + 1;
                return body.toString();
            }
            body.append(c);
            i++;
        }
    }

    /** Decodes a U&amp; body, consuming a following UESCAPE clause; PostgreSQL applies it to the whole constant. */
    private String decodeUnicode(String body, String what, int tokenStart) {
        char escape = '\\';
        int afterClause = uescapeClauseEnd(pos);
        if (afterClause >= 0) {
            escape = sql.charAt(afterClause - 2);
            pos = afterClause;
            if (!UnicodeEscapes.isValidEscapeCharacter(escape)) {
                problems.add("The UESCAPE character of the " + what + " at offset " + tokenStart
                        + " is not allowed; PostgreSQL rejects it.");
                return body;
            }
        }
        try {
            return UnicodeEscapes.decode(body, escape);
        } catch (IllegalArgumentException malformed) {
            problems.add("The " + what + " at offset " + tokenStart + " has a malformed Unicode escape ("
                    + malformed.getMessage() + "); PostgreSQL rejects it.");
            return body;
        }
    }

    /** Returns the index just after {@code UESCAPE 'c'} when it follows {@code from}, or -1. */
    private int uescapeClauseEnd(int from) {
        int i = skipTrivia(from);
        if (!sql.regionMatches(true, i, "uescape", 0, 7) || isIdentifierPart(charAt(i + 7))) {
            return -1;
        }
        i = skipTrivia(i + 7);
        if (charAt(i) == '\'' && i + 2 < sql.length() && sql.charAt(i + 2) == '\'') {
            return i + 3;
        }
        return -1;
    }

    private void dollar() {
        if (isDigit(charAt(pos + 1))) {
            int end = pos + 1;
            while (isDigit(charAt(end))) {
                end++;
            }
            simpleToken(TokenKind.PARAMETER, sql.substring(pos, end));
            return;
        }
        int tagEnd = dollarTagEnd(pos);
        if (tagEnd < 0) {
            problems.add("The $ at offset " + pos + " does not start a parameter or a dollar-quoted string; "
                    + "PostgreSQL rejects it.");
            pos++;
            separate();
            return;
        }
        String delimiter = sql.substring(pos, tagEnd + 1);
        int closing = sql.indexOf(delimiter, tagEnd + 1);
        if (closing < 0) {
            fatalProblem = unterminated("dollar-quoted string", pos);
            return;
        }
        int start = pos;
        pos = closing + delimiter.length();
        stringToken(sql.substring(tagEnd + 1, closing), start);
    }

    /** Returns the index of the $ closing an opening $tag$ delimiter at {@code start}, or -1 if there is none. */
    private int dollarTagEnd(int start) {
        int i = start + 1;
        if (charAt(i) == '$') {
            return i;
        }
        if (!isIdentifierStart(charAt(i))) {
            return -1;
        }
        while (i < sql.length() && isIdentifierPart(sql.charAt(i)) && sql.charAt(i) != '$') {
            i++;
        }
        return charAt(i) == '$' ? i : -1;
    }

    /**
     * PostgreSQL joins string constants separated only by white space that contains a line break (and line
     * comments). Returns the index of the continuing quote, or -1 when the constant really ends.
     */
    private int continuationQuote(int afterQuote) {
        int i = afterQuote;
        boolean lineBreak = false;
        while (i < sql.length() && !lineBreak) {
            char c = sql.charAt(i);
            if (c == ' ' || c == '\t' || c == '\f') {
                i++;
            } else if (c == '-' && charAt(i + 1) == '-') {
                i = endOfLine(i);
            } else if (c == '\n' || c == '\r') {
                lineBreak = true;
                i++;
            } else {
                break;
            }
        }
        if (!lineBreak) {
            return -1;
        }
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (isSpace(c)) {
                i++;
            } else if (c == '-' && charAt(i + 1) == '-') {
                i = endOfLine(i);
            } else {
                break;
            }
        }
        return charAt(i) == '\'' ? i : -1;
    }

    private void stringToken(String value, int tokenStart) {
        addToken(TokenKind.STRING, value, tokenStart);
        // Surrounding spaces keep JSqlParser from gluing a preceding word into a prefixed literal such as q'[...]'.
        separate();
        canonical.append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\'') {
                canonical.append("''");
            } else if (c == '\\' || c < ' ') {
                canonical.append(' ');
            } else {
                canonical.append(c);
            }
        }
        canonical.append('\'');
        separate();
    }

    private void skipBlockComment() {
        int start = pos;
        int depth = 0;
        while (true) {
            if (pos >= sql.length()) {
                fatalProblem = unterminated("block comment", start);
                return;
            }
            if (sql.startsWith("/*", pos)) {
                depth++;
                pos += 2;
            } else if (sql.startsWith("*/", pos)) {
                depth--;
                pos += 2;
                if (depth == 0) {
                    return;
                }
            } else {
                pos++;
            }
        }
    }

    /** Skips white space and comments from {@code from}; used only for lookahead, so it never reports problems. */
    private int skipTrivia(int from) {
        int i = from;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (isSpace(c)) {
                i++;
            } else if (c == '-' && charAt(i + 1) == '-') {
                i = endOfLine(i);
            } else if (c == '/' && charAt(i + 1) == '*') {
                int depth = 0;
                int j = i;
                while (j < sql.length()) {
                    if (sql.startsWith("/*", j)) {
                        depth++;
                        j += 2;
                    } else if (sql.startsWith("*/", j)) {
                        depth--;
                        j += 2;
                        if (depth == 0) {
                            break;
                        }
                    } else {
                        j++;
                    }
                }
                if (depth != 0) {
                    return i;
                }
                i = j;
            } else {
                break;
            }
        }
        return i;
    }

    private int endOfLine(int from) {
        int i = from;
        while (i < sql.length() && sql.charAt(i) != '\n' && sql.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private void endStatement(int endOffset) {
        if (!tokens.isEmpty()) {
            statements.add(new StatementText(tokens, canonical.toString().strip(), endOffset));
        }
        tokens = new ArrayList<>();
        canonical = new StringBuilder();
        nesting = 0;
    }

    private void addToken(TokenKind kind, String value, int offset) {
        tokens.add(new Token(kind, value, offset));
    }

    private void separate() {
        if (canonical.length() > 0 && canonical.charAt(canonical.length() - 1) != ' ') {
            canonical.append(' ');
        }
    }

    private boolean startsComment(int i) {
        char c = sql.charAt(i);
        char next = charAt(i + 1);
        return (c == '-' && next == '-') || (c == '/' && next == '*');
    }

    private char charAt(int i) {
        return i >= 0 && i < sql.length() ? sql.charAt(i) : '\0';
    }

    private static String unterminated(String what, int offset) {
        return "The " + what + " starting at offset " + offset + " is never closed; close it or remove it.";
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isIdentifierStart(char c) {
        return isAsciiLetter(c) || c == '_' || (c >= 0x80 && !isInvisible(c));
    }

    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || isDigit(c) || c == '$';
    }

    /**
     * PostgreSQL treats every non-ASCII character as an identifier character, including no-break and zero-width
     * spaces; other tools treat them as white space. Refusing them removes the disagreement.
     */
    private static boolean isInvisible(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT;
    }

    /** PostgreSQL folds only ASCII letters of unquoted identifiers in multi-byte encodings. */
    public static String asciiLowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + ('a' - 'A'));
            }
        }
        return new String(chars);
    }
}
