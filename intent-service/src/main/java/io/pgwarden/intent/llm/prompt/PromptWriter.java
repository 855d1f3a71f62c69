package io.pgwarden.intent.llm.prompt;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import io.pgwarden.contracts.schema.TableInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the conversation with the model: the rules, the relevant part of the schema, the session's earlier
 * questions and the question, asking for one statement in a fixed JSON form. The model's word on safety counts for
 * nothing (everything it answers is validated), but asking for the right thing saves corrections.
 */
public final class PromptWriter {

    static final String RULES = """
            You translate questions about a PostgreSQL database into exactly one SQL statement.
            Answer with one JSON object and nothing else: {"sql": "<the statement>", "explanation": "<one sentence \
            saying what it does>"}.
            Rules:
            - Use only the tables and columns listed below; write table names with their schema.
            - Write PostgreSQL. Quote a name in double quotes when it has upper-case letters.
            - One statement only, without a trailing semicolon and without comments.
            - A question that asks for information gets a SELECT. Write INSERT, UPDATE or DELETE only when the \
            question asks to change data.
            - Never change the structure of the database (no CREATE, ALTER, DROP, TRUNCATE, GRANT).
            - If the tables below cannot answer the question, answer {"sql": null, "explanation": "<why>"}.""";

    /**
     * @param recentQuestions the session's earlier questions, newest first, without the current one
     */
    public List<ChatMessage> conversation(String question, List<TableInfo> tables, List<String> recentQuestions) {
        StringBuilder user = new StringBuilder();
        user.append("Schema:\n").append(SchemaExcerpt.describe(tables));
        if (!recentQuestions.isEmpty()) {
            user.append("\nEarlier questions in this conversation, oldest first (the question may refer to them):\n");
            List<String> oldestFirst = new ArrayList<>(recentQuestions);
            java.util.Collections.reverse(oldestFirst);
            oldestFirst.forEach(q -> user.append("- ").append(q.replaceAll("\\s+", " ").strip()).append('\n'));
        }
        user.append("\nQuestion: ").append(question.strip());
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from(RULES));
        messages.add(UserMessage.from(user.toString()));
        return messages;
    }

    /** The message that sends a rejected answer's problem back to the model. */
    public static UserMessage correction(String problem) {
        return UserMessage.from("That answer was rejected: " + problem
                + "\nAnswer again with the corrected statement, in the same JSON form.");
    }
}
