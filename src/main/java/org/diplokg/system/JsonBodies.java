package org.diplokg.system;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON API request body that must be one JSON object, so that every endpoint taking one refuses a
 * malformed or non-object body with the same precise 400 instead of each writing the check again.
 */
public final class JsonBodies {

    private JsonBodies() {}

    /**
     * @param what what the object must hold, for the message, e.g. {@code "\"action\""}
     * @throws ApiException 400 when the body is not JSON or not an object
     */
    public static JsonNode object(JsonMapper json, String body, String what) {
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (JacksonException e) {
            throw ApiException.badRequest("Malformed JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw ApiException.badRequest("The body must be a JSON object with " + what);
        }
        return node;
    }
}
