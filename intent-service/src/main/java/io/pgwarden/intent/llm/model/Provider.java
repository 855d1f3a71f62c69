package io.pgwarden.intent.llm.model;

import dev.langchain4j.model.chat.ChatModel;

/** One configured provider and its chat model; {@code name} is what messages show (never the key). */
public record Provider(String name, ChatModel model) {
}
