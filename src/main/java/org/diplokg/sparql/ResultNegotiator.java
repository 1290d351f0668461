package org.diplokg.sparql;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.diplokg.system.ProtocolException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Picks the response format from {@code ?format=} (which wins) or the {@code Accept} header,
 * among the formats that fit the kind of answer. Unsatisfiable requests get 406.
 */
@Component
public class ResultNegotiator {

    /** Chooses a format for a tabular (SELECT/ASK) or RDF (CONSTRUCT/DESCRIBE/graph) answer. */
    public ResultFormat choose(boolean tabular, String formatParam, String accept) {
        List<ResultFormat> candidates = Arrays.stream(ResultFormat.values())
                .filter(f -> f.tabular() == tabular)
                .toList();
        if (formatParam != null && !formatParam.isBlank()) {
            String name = formatParam.trim().toLowerCase(Locale.ROOT);
            return candidates.stream()
                    .filter(f -> f.isNamed(name))
                    .findFirst()
                    .orElseThrow(() -> new ProtocolException(
                            406,
                            "Unsupported format '" + formatParam + "' for this kind of result; choose one of "
                                    + candidates.stream()
                                            .map(ResultFormat::mediaType)
                                            .toList()));
        }
        if (accept == null || accept.isBlank()) {
            return candidates.getFirst();
        }
        List<MediaType> ranges;
        try {
            ranges = MediaType.parseMediaTypes(accept);
        } catch (IllegalArgumentException e) {
            throw ProtocolException.badRequest("Malformed Accept header: " + e.getMessage());
        }
        ranges = ranges.stream()
                .sorted(Comparator.comparing(MediaType::getQualityValue).reversed())
                .toList();
        for (MediaType range : ranges) {
            if (range.getQualityValue() == 0) {
                continue;
            }
            Optional<ResultFormat> match = match(candidates, range);
            if (match.isPresent()) {
                return match.get();
            }
        }
        throw new ProtocolException(
                406,
                "None of the accepted media types (" + accept + ") can carry this result; available: "
                        + candidates.stream().map(ResultFormat::mediaType).toList());
    }

    private static Optional<ResultFormat> match(List<ResultFormat> candidates, MediaType range) {
        if (range.isWildcardType()) {
            return Optional.of(candidates.getFirst());
        }
        String plain = range.getType() + "/" + range.getSubtype();
        if (range.isWildcardSubtype()) {
            return candidates.stream()
                    .filter(f -> f.mediaType().startsWith(range.getType() + "/"))
                    .findFirst();
        }
        return candidates.stream().filter(f -> f.answers(plain)).findFirst();
    }
}
