package io.pgwarden.intent.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.event.EventCodec;
import io.pgwarden.intent.domain.DeterministicEngine;
import io.pgwarden.intent.domain.Understanding.Understood;
import io.pgwarden.intent.domain.followup.Turn;
import io.pgwarden.intent.domain.fixtures.MusicCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Session memory stores turns as JSON: a turn read back is the same turn, and a follow-up works on it. */
class TurnJsonTest {

    @Test
    void aRememberedTurnReadsBackAndCarriesTheFollowUp() throws Exception {
        DeterministicEngine engine = new DeterministicEngine();
        Understood first = (Understood) engine.understand("tracks in the Jazz genre", MusicCatalog.music());
        Turn turn = new Turn("tracks in the Jazz genre", first.intent());

        Turn back = EventCodec.mapper().readValue(EventCodec.mapper().writeValueAsString(turn), Turn.class);

        assertThat(back).isEqualTo(turn);
        Understood count = (Understood) engine.understand("how many is that?", MusicCatalog.music(), List.of(back));
        assertThat(count.intent().spec().conditions()).isEqualTo(first.intent().spec().conditions());
        assertThat(EventCodec.mapper().readValue("{\"question\":\"x\",\"intent\":null}", Turn.class).intent())
                .isNull();
    }
}
