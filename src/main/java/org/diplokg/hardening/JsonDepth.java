package org.diplokg.hardening;

/**
 * A scan of a JSON text for its deepest nesting of arrays and objects, without parsing it: the JSON-LD
 * processor recurses once per level, so 10,000 nested arrays overflow its stack.
 */
final class JsonDepth {

    private JsonDepth() {}

    static int of(byte[] json) {
        int depth = 0;
        int max = 0;
        boolean inString = false;
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '[' || b == '{') {
                max = Math.max(max, ++depth);
            } else if (b == ']' || b == '}') {
                depth--;
            }
        }
        return max;
    }
}
