package io.pgwarden.contracts.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** docs/events.md is the public view of the contract: every type, topic and payload field must be in it. */
class EventsDocumentationTest {

    private static final Path DOC = Path.of("..", "docs", "events.md");

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventTypeHasASectionNamedAfterItsTopic(EventType type) throws IOException {
        String doc = Files.readString(DOC);
        assertThat(doc).contains("### " + type.topic());
        assertThat(doc).contains("Type `" + type.typeName() + "`");
        assertThat(doc).contains("payload `" + type.dataClass().getSimpleName() + "`");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyPayloadFieldIsDocumentedInItsTypesSection(EventType type) throws IOException {
        String section = section(Files.readString(DOC), "### " + type.topic());
        for (RecordComponent field : type.dataClass().getRecordComponents()) {
            assertThat(section).as("field %s of %s", field.getName(), type.topic())
                    .contains("`" + field.getName() + "`");
        }
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyDeadLetterTopicFollowsTheDocumentedSuffix(EventType type) {
        assertThat(type.deadLetterTopic()).isEqualTo(type.topic() + ".dlq");
    }

    private static String section(String doc, String heading) {
        int start = doc.indexOf(heading);
        assertThat(start).as("section %s", heading).isNotNegative();
        int end = doc.indexOf("\n### ", start + heading.length());
        return end < 0 ? doc.substring(start) : doc.substring(start, end);
    }
}
