package org.diplokg.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class JsonBodiesTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void returnsTheObjectOfAnObjectBody() {
        assertThat(JsonBodies.object(json, "{\"text\":\"a\"}", "at least \"text\"")
                        .get("text")
                        .asString())
                .isEqualTo("a");
    }

    @Test
    void refusesMalformedJsonWithA400NamingTheParserError() {
        assertThatThrownBy(() -> JsonBodies.object(json, "{\"text\":", "at least \"text\""))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.toProblem().getStatus()).isEqualTo(400);
                    assertThat(e.getMessage()).startsWith("Malformed JSON: ");
                });
    }

    @Test
    void refusesABodyThatIsNotAnObjectSayingWhatItMustHold() {
        for (String body : new String[] {"[1]", "\"text\"", "", "null"}) {
            assertThatThrownBy(() -> JsonBodies.object(json, body, "\"action\""))
                    .as(body)
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.toProblem().getStatus()).isEqualTo(400);
                        assertThat(e.getMessage()).isEqualTo("The body must be a JSON object with \"action\"");
                    });
        }
    }
}
