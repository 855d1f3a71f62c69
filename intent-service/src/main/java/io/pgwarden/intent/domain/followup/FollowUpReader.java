package io.pgwarden.intent.domain.followup;

import io.pgwarden.contracts.intent.Aggregate;
import io.pgwarden.contracts.intent.Condition;
import io.pgwarden.contracts.intent.Intent;
import io.pgwarden.contracts.intent.IntentType;
import io.pgwarden.contracts.intent.QuerySpec;
import io.pgwarden.contracts.schema.TableInfo;
import io.pgwarden.intent.domain.Understanding;
import io.pgwarden.intent.domain.lexicon.Lexicon;
import io.pgwarden.intent.domain.reading.QuestionReader;
import io.pgwarden.intent.domain.reading.Reading;
import io.pgwarden.intent.domain.resolve.ReadDraft;
import io.pgwarden.intent.domain.resolve.ReadResolver;
import io.pgwarden.intent.domain.resolve.Resolution;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a question that refines the previous one of the session: "only those in Texas", "sort them by date",
 * "how many is that?", "what about Oregon?". The refinement is read as a question about the previous question's
 * table, and what it asks is laid over the previous spec: filters are added (or, after "what about", replace the
 * filter on the same column), an ordering or limit replaces the old one, "how many" counts the same rows.
 */
public final class FollowUpReader {

    /** "how many is that", "how many are there", "how many of them", "count them". */
    private static final Pattern COUNT_THEM = Pattern.compile(
            "^(?:and\\s+|so\\s+)?(?:how many(?: (?:is|are|were) (?:that|those|these|they|there|them))?"
                    + "(?: of (?:them|those|these))?(?: are there)?|count (?:them|those|these)|what is the count)"
                    + "\\s*[?.!]*$");
    /** Words that open a refinement of the previous question, replacing its filter on the same column. */
    private static final Pattern REPLACE = Pattern.compile("^(?:and |but )?(?:what|how) about\\s+(.+)$");
    /** Words that open a refinement adding to the previous question. */
    private static final Pattern REFINE = Pattern.compile(
            "^(?:(?:and|but|now|then|ok|okay)\\s+)*(?:(?:only|just)\\s+)?(?:(?:the ones|ones|those|these|them|the"
                    + " same)\\s+)?(?:that are\\s+|which are\\s+|who are\\s+)?(.+)$");
    private static final Pattern MARKED = Pattern.compile(
            "^(?:(?:and|but|now|then)\\s+)?(?:only|just|those|these|them|the ones|sort|order|rank|arrange|"
                    + "show (?:only|just)|same)\\b.*|.*\\b(?:them|those|these)\\b.*");
    private static final Pattern PRONOUNS = Pattern.compile("\\b(?:them|those|these|the ones)\\b");

    private final QuestionReader reader = new QuestionReader();
    private final ReadResolver resolver = new ReadResolver();

    /**
     * The follow-up's draft laid over the previous spec, a clarification or failure about the follow-up itself,
     * or empty when the question does not refine the previous one (it is then read on its own).
     *
     * @param standalone how the question reads on its own; a follow-up marker wins over it
     */
    public Optional<Resolution> read(String question, Turn previous, Lexicon lexicon, Understanding standalone) {
        if (previous == null || previous.intent() == null || previous.intent().intentType() != IntentType.SELECT
                || previous.intent().spec() == null || previous.intent().spec().meta() != null) {
            return Optional.empty();
        }
        QuerySpec before = previous.intent().spec();
        TableInfo table = lexicon.catalog().table(before.table()).orElse(null);
        if (table == null) {
            return Optional.empty();
        }
        String text = question.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (COUNT_THEM.matcher(text).matches()) {
            return Optional.of(counted(before, table, previous.intent()));
        }
        boolean marked = MARKED.matcher(text).matches() || REPLACE.matcher(text).matches();
        if (!marked && standalone instanceof Understanding.Understood) {
            return Optional.empty();
        }
        Matcher replace = REPLACE.matcher(question.strip());
        boolean replacing = replace.matches();
        String refinement = replacing ? replace.group(1) : stripMarkers(question.strip());
        if (refinement.isBlank()) {
            return Optional.empty();
        }
        String asked = lexicon.phraseFor(table) + " " + refinement;
        Reading reading = reader.read(asked, lexicon);
        Resolution resolution = resolver.resolve(reading, lexicon);
        if (resolution instanceof Resolution.Stopped stopped) {
            return marked ? Optional.of(stopped) : Optional.empty();
        }
        ReadDraft refined = ((Resolution.Resolved) resolution).draft();
        if (!refined.table().qualifiedName().equals(table.qualifiedName())) {
            return Optional.empty();
        }
        return Optional.of(new Resolution.Resolved(merge(before, table, previous.intent(), refined, replacing)));
    }

    /** The previous question's words minus the markers that only say "of those". */
    private static String stripMarkers(String question) {
        Matcher refine = REFINE.matcher(question.toLowerCase(Locale.ROOT));
        String rest = refine.matches() ? question.substring(question.length() - refine.group(1).length())
                : question;
        return PRONOUNS.matcher(rest).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    private static Resolution counted(QuerySpec before, TableInfo table, Intent intent) {
        if (before.aggregate() != null) {
            return new Resolution.Stopped(new Understanding.NotUnderstood("The previous answer is already a"
                    + " computed value; there is nothing to count in it.", List.of(),
                    "Ask the count as a whole question, for example: \"how many <things> are there?\"."));
        }
        return new Resolution.Resolved(new ReadDraft(table, new Aggregate(Aggregate.Function.COUNT, null),
                List.of(), before.conditions(), List.of(), null, intent.confidence(), false, List.of()));
    }

    private static ReadDraft merge(QuerySpec before, TableInfo table, Intent intent, ReadDraft refined,
            boolean replacing) {
        List<Condition> conditions = new ArrayList<>();
        for (Condition old : before.conditions()) {
            boolean replaced = replacing && refined.conditions().stream().anyMatch(c -> c.table().equals(old.table())
                    && java.util.Objects.equals(c.column(), old.column())
                    && java.util.Objects.equals(c.via(), old.via()));
            if (!replaced) {
                conditions.add(old);
            }
        }
        for (Condition added : refined.conditions()) {
            if (!conditions.contains(added)) {
                conditions.add(added);
            }
        }
        boolean newShape = refined.aggregate() != null;
        Aggregate aggregate = newShape ? refined.aggregate() : before.aggregate();
        List<String> columns = newShape || !refined.columns().isEmpty() ? refined.columns() : before.columns();
        var orderBy = !refined.orderBy().isEmpty() ? refined.orderBy() : newShape ? List.<io.pgwarden.contracts
                .intent.Ordering>of() : before.orderBy();
        Integer limit = refined.limit() != null ? refined.limit() : newShape ? null : before.limit();
        return new ReadDraft(table, aggregate, columns, conditions, orderBy, limit,
                Math.min(intent.confidence(), refined.confidence()), refined.distinct() || before.distinct() && !newShape,
                newShape ? refined.groupKeys() : before.groupBy(), newShape ? refined.having() : before.having());
    }
}
