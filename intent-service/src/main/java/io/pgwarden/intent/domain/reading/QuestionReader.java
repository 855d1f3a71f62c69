package io.pgwarden.intent.domain.reading;

import io.pgwarden.intent.domain.lexicon.Lexicon;
import io.pgwarden.intent.domain.lexicon.LexiconMatch;
import io.pgwarden.intent.domain.lexicon.Meaning;
import io.pgwarden.intent.domain.reading.CueMatcher.CueMatch;
import io.pgwarden.intent.domain.reading.Piece.Cue;
import io.pgwarden.intent.domain.reading.Piece.Filler;
import io.pgwarden.intent.domain.reading.Piece.Literal;
import io.pgwarden.intent.domain.reading.Piece.LiteralKind;
import io.pgwarden.intent.domain.reading.Piece.Mention;
import io.pgwarden.intent.domain.reading.Piece.Span;
import io.pgwarden.intent.domain.reading.Piece.Unknown;
import io.pgwarden.intent.domain.text.Token;
import io.pgwarden.intent.domain.text.TokenKind;
import io.pgwarden.intent.domain.text.Tokenizer;
import io.pgwarden.intent.domain.text.Vocabulary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Cuts a question into pieces, left to right. At each token the longer of a cue and a lexicon phrase wins ("play
 * count" is a column, "count the orders" a cue); on a tie the cue wins. What is neither is a literal, a filler or an
 * unknown word.
 */
public final class QuestionReader {

    /** "have" is filler in "do we have", "like" in "I would like"; elsewhere they mean something. */
    private static final Set<String> SUBJECTS_BEFORE_HAVE = Set.of("we", "i", "you", "they");
    private static final Set<String> WORDS_BEFORE_LIKE = Set.of("would", "i'd", "we'd", "d");
    private static final Set<String> CONTEXTUAL_FILLERS = Set.of("have", "has", "like", "total");

    private final Tokenizer tokenizer = new Tokenizer();

    public Reading read(String question, Lexicon lexicon) {
        List<Token> tokens = tokenizer.tokenize(question);
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        while (at < tokens.size()) {
            Piece piece = pieceAt(question, tokens, at, lexicon);
            pieces.add(piece);
            at = piece.span().to();
        }
        return new Reading(question, tokens, pieces);
    }

    private static Piece pieceAt(String question, List<Token> tokens, int at, Lexicon lexicon) {
        Token token = tokens.get(at);
        switch (token.kind()) {
            case QUOTED:
                return new Literal(span(question, tokens, at, at + 1), LiteralKind.QUOTED, token.text(), null);
            case DATE:
                return new Literal(span(question, tokens, at, at + 1), LiteralKind.DATE, token.text(), null);
            case SYMBOL:
                Optional<CueMatch> comparison = CueMatcher.at(tokens, at);
                if (comparison.isPresent()) {
                    return new Cue(span(question, tokens, at, at + comparison.get().length()), comparison.get().kind(),
                            null);
                }
                Span symbol = span(question, tokens, at, at + 1);
                return Vocabulary.isStopWord(token.key()) ? new Filler(symbol, token.key())
                        : new Unknown(symbol, token.text());
            default:
                break;
        }
        if (isFillerInContext(tokens, at)) {
            return new Filler(span(question, tokens, at, at + 1), token.key());
        }
        Optional<CueMatch> cue = CueMatcher.at(tokens, at);
        Optional<LexiconMatch> mention = lexicon.longestMatch(tokens, at);
        Optional<TimeMatcher.TimeMatch> time = TimeMatcher.at(tokens, at);
        if (time.isPresent() && time.get().length() > mention.map(LexiconMatch::length).orElse(0)) {
            return new Piece.Time(span(question, tokens, at, at + time.get().length()), time.get().tests());
        }
        int cueLength = cue.map(CueMatch::length).orElse(0);
        if (mention.isPresent() && (mention.get().length() > cueLength
                || mention.get().length() == cueLength && namesColumnRatherThanAggregate(cue.get(), tokens, at, lexicon))) {
            return new Mention(span(question, tokens, at, mention.get().to()), mention.get());
        }
        if (cue.isPresent()) {
            return new Cue(span(question, tokens, at, at + cueLength), cue.get().kind(), cue.get().number());
        }
        Span single = span(question, tokens, at, at + 1);
        if (token.kind() == TokenKind.NUMBER) {
            return new Literal(single, LiteralKind.NUMBER, token.key(), token.number());
        }
        Integer spelled = Vocabulary.numberWord(token.key());
        if (spelled != null) {
            return new Literal(single, LiteralKind.NUMBER, spelled.toString(), BigDecimal.valueOf(spelled));
        }
        boolean filler = Vocabulary.isFiller(token.key()) && !CONTEXTUAL_FILLERS.contains(token.key());
        return filler ? new Filler(single, token.key()) : new Unknown(single, token.text());
    }

    /**
     * "orders with total at least 500": a word that is both an aggregate cue and a column's name is the aggregate
     * only when a column follows it right away ("total stock of products").
     */
    private static boolean namesColumnRatherThanAggregate(CueMatch cue, List<Token> tokens, int at,
            Lexicon lexicon) {
        if (!cue.kind().isAggregate()) {
            return false;
        }
        int next = at + cue.length();
        boolean columnFollows = next < tokens.size() && lexicon.longestMatch(tokens, next)
                .map(match -> match.terms().stream().anyMatch(t -> t.meaning() instanceof Meaning.ColumnRef))
                .orElse(false);
        return !columnFollows;
    }

    /**
     * Words that are filler only in a phrase, whatever else they could name: "do we have", "I would like",
     * "in total" ("the total of orders" may ask for a sum, so "total" alone is not filler).
     */
    private static boolean isFillerInContext(List<Token> tokens, int at) {
        if (tokens.get(at).kind() != TokenKind.WORD) {
            return false;
        }
        String key = tokens.get(at).key();
        String previous = at > 0 ? tokens.get(at - 1).key() : "";
        return switch (key) {
            case "have", "has" -> SUBJECTS_BEFORE_HAVE.contains(previous);
            case "like" -> WORDS_BEFORE_LIKE.contains(previous);
            case "total" -> previous.equals("in");
            default -> false;
        };
    }

    private static Span span(String question, List<Token> tokens, int from, int to) {
        return new Span(from, to, question.substring(tokens.get(from).start(), tokens.get(to - 1).end()));
    }
}
