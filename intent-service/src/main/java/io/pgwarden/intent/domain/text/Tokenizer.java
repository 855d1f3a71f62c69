package io.pgwarden.intent.domain.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a question into tokens. Punctuation other than quotes and comparison symbols separates tokens and is
 * dropped. Schema values are cut with the same tokenizer, so "Alternative &amp; Punk" in a question meets the stored
 * value "Alternative &amp; Punk" token by token.
 */
public final class Tokenizer {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?![\\p{L}\\p{N}])");
    private static final Pattern NUMBER =
            Pattern.compile("[$€£]?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?![\\p{L}\\p{N}])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");
    private static final Pattern SYMBOL = Pattern.compile("<=|>=|<>|!=|[=<>]");
    private static final String OPENING_QUOTES = "\"'“‘’”";

    public List<Token> tokenize(String question) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        while (at < question.length()) {
            char c = question.charAt(at);
            if (OPENING_QUOTES.indexOf(c) >= 0 && startsWord(question, at)) {
                int closing = closingQuote(question, at);
                if (closing > 0) {
                    String inner = question.substring(at + 1, closing).strip();
                    if (!inner.isEmpty()) {
                        tokens.add(new Token(TokenKind.QUOTED, inner, lower(inner), at, closing + 1));
                    }
                    at = closing + 1;
                    continue;
                }
            }
            Matcher matched;
            if ((matched = lookingAt(DATE, question, at)) != null) {
                tokens.add(new Token(TokenKind.DATE, matched.group(), matched.group(), at, matched.end()));
            } else if ((matched = lookingAt(NUMBER, question, at)) != null) {
                String digits = matched.group(1).replace(",", "") + (matched.group(2) == null ? "" : matched.group(2));
                tokens.add(new Token(TokenKind.NUMBER, matched.group(), digits, at, matched.end()));
            } else if ((matched = lookingAt(WORD, question, at)) != null) {
                addWord(tokens, question, at, matched.end());
            } else if ((matched = lookingAt(SYMBOL, question, at)) != null) {
                tokens.add(new Token(TokenKind.SYMBOL, matched.group(), matched.group(), at, matched.end()));
            } else {
                at++;
                continue;
            }
            at = matched.end();
        }
        return tokens;
    }

    /** Adds a word, dropping a possessive or contracted "'s" and splitting camel case like {@link NameWords}. */
    private static void addWord(List<Token> tokens, String question, int start, int end) {
        String word = question.substring(start, end);
        String lower = lower(word);
        if (lower.endsWith("'s") || lower.endsWith("’s")) {
            word = word.substring(0, word.length() - 2);
        }
        int offset = start;
        for (String part : NameWords.CAMEL_BOUNDARY.split(word)) {
            if (!part.isEmpty()) {
                tokens.add(new Token(TokenKind.WORD, part, lower(part).replace('’', '\''), offset,
                        offset + part.length()));
            }
            offset += part.length();
        }
    }

    /** A quote opens quoted text only at the start of a word: the apostrophe in "customer's" does not. */
    private static boolean startsWord(String question, int at) {
        return at == 0 || !Character.isLetterOrDigit(question.charAt(at - 1));
    }

    private static int closingQuote(String question, int opening) {
        String closers = switch (question.charAt(opening)) {
            case '"', '“', '”' -> "\"”";
            default -> "'’";
        };
        for (int at = opening + 1; at < question.length(); at++) {
            boolean endsWord = at + 1 == question.length() || !Character.isLetterOrDigit(question.charAt(at + 1));
            if (closers.indexOf(question.charAt(at)) >= 0 && endsWord) {
                return at;
            }
        }
        return -1;
    }

    private static Matcher lookingAt(Pattern pattern, String text, int at) {
        Matcher matcher = pattern.matcher(text).region(at, text.length());
        matcher.useTransparentBounds(true);
        return matcher.lookingAt() ? matcher : null;
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
