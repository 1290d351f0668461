package org.diplokg.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The kinds of fact the pipeline reads, each with the span of text that supports it. */
public final class Facts {

    private Facts() {}

    /** A fact's supporting span in the normalised article, the rule that found it and its confidence. */
    public record Support(int start, int end, String rule, double confidence) {}

    public record PersonPost(String personIri, String name, PostRef post, Support support) {}

    /** A named entity; {@code declaration} describes an organisation the text names by pattern (a mission) so it can be declared. */
    public record Mention(Gazetteer.Entry entry, Support support, OrgRef declaration) {

        public Mention(Gazetteer.Entry entry, Support support) {
            this(entry, support, null);
        }
    }

    /**
     * An ambassador accredited to a receiving state: resident (the host of the mission the title names)
     * or concurrent ("kiêm nhiệm"); {@code missionIri} the resident mission.
     */
    public record Posting(
            String personIri,
            String name,
            String sendingCode,
            String receivingCode,
            boolean concurrent,
            String missionIri,
            Support support) {}

    /** A spouse named with a person ("… cùng Phu nhân Y"): a person in their own right. */
    public record Spouse(String personIri, String name, String spouseOfIri, Support support) {}

    public record PersonMention(String personIri, String name, Support support) {}

    /** A partnership level stated for Vietnam and a country; {@code since} when the text dates it (an upgrade). */
    public record Partnership(String countryCode, String level, DateMention since, boolean upgrade, Support support) {}

    public record Relation(String countryCode, DateMention established, Support support) {}

    public record Event(
            String type,
            String keyword,
            DateMention date,
            List<String> participants,
            String placeCode,
            Support support) {}

    public record Document(String number, String type, LocalDate issuedOn, String issuerSlug, Support support) {}

    public record Figure(BigDecimal value, String unit, String measure, Support support) {}
}
