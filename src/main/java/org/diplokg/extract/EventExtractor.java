package org.diplokg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Events by their verb: visits (thăm chính thức / cấp Nhà nước / làm việc), talks (hội đàm),
 * meetings (hội kiến), receptions (tiếp + a person), calls (điện đàm), credentials (trình Quốc thư),
 * signings (ký kết), working sessions (làm việc với) and conferences (Hội nghị). An event needs a
 * date in its sentence (resolved, or kept as an unresolved expression) and at least one participant
 * from that sentence: titled persons first, else countries.
 */
public final class EventExtractor {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern VISIT = Pattern.compile("(?<![\\p{L}])(?:chuyến )?thăm (cấp Nhà nước|chính thức|làm việc)(?![\\p{L}])", FLAGS);
    private static final Pattern TALKS = Pattern.compile("(?<![\\p{L}])(hội đàm trực tuyến|hội đàm|hội kiến|điện đàm|trình Quốc thư|ký kết|lễ ký|làm việc với|buổi làm việc)(?![\\p{L}])", FLAGS);
    private static final Pattern RECEPTION = Pattern.compile("(?<![\\p{L}])tiếp(?: xã giao)?(?= [\\p{Lu}])", Pattern.UNICODE_CASE);
    private static final Pattern CONFERENCE = Pattern.compile("(?<![\\p{L}])Hội nghị(?: Cấp cao)?(?![\\p{L}])", Pattern.UNICODE_CASE);

    public List<Facts.Event> find(ArticleContext a, List<Facts.PersonPost> persons, List<Facts.Mention> countries) {
        List<Facts.Event> found = new ArrayList<>();
        scan(VISIT.matcher(a.text()), a, persons, countries, found, m -> switch (m.group(1).toLowerCase(java.util.Locale.ROOT)) {
            case "cấp nhà nước" -> "StateVisit";
            case "chính thức" -> "OfficialVisit";
            default -> "WorkingVisit";
        });
        scan(TALKS.matcher(a.text()), a, persons, countries, found, m -> switch (m.group(1).toLowerCase(java.util.Locale.ROOT)) {
            case "hội đàm trực tuyến" -> "VideoCall";
            case "hội đàm" -> "Talks";
            case "hội kiến" -> "Meeting";
            case "điện đàm" -> "PhoneCall";
            case "trình quốc thư" -> "CredentialsPresentation";
            case "ký kết", "lễ ký" -> "Signing";
            default -> "WorkingSession";
        });
        scan(RECEPTION.matcher(a.text()), a, persons, countries, found, m -> "Reception");
        scan(CONFERENCE.matcher(a.text()), a, persons, countries, found, m -> m.group().endsWith("ao") ? "Summit" : "Conference");
        return merge(found);
    }

    private interface Typer {
        String type(Matcher m);
    }

    private static void scan(Matcher m, ArticleContext a, List<Facts.PersonPost> persons, List<Facts.Mention> countries,
                             List<Facts.Event> found, Typer typer) {
        while (m.find()) {
            Sentence s = a.sentenceAt(m.start());
            Optional<DateMention> date = a.datesIn(s).stream().filter(d -> d.precision() == DateMention.Precision.DAY).findFirst();
            if (date.isEmpty()) {
                continue;
            }
            Set<String> participants = new LinkedHashSet<>();
            a.within(s, persons, p -> p.support().start()).forEach(p -> participants.add(p.personIri()));
            List<Facts.Mention> inSentence = a.within(s, countries, c -> c.support().start());
            if (participants.isEmpty()) {
                inSentence.forEach(c -> participants.add(c.entry().iri()));
            }
            if (participants.isEmpty()) {
                continue;
            }
            String place = placeAfter(a.text(), s, inSentence);
            found.add(new Facts.Event(typer.type(m), m.group(), date.get(), List.copyOf(participants), place,
                    new Facts.Support(s.start(), s.end(), "event-" + typer.type(m).toLowerCase(java.util.Locale.ROOT), 0.8)));
        }
    }

    /** The country right after "tại" in the sentence, if any. */
    private static String placeAfter(String text, Sentence s, List<Facts.Mention> countries) {
        for (Facts.Mention c : countries) {
            int from = Math.max(s.start(), c.support().start() - 5);
            if (text.substring(from, c.support().start()).strip().endsWith("tại")) {
                return c.entry().code();
            }
        }
        return null;
    }

    /** One event per type and date: several sentences about the same talks describe one event. */
    private static List<Facts.Event> merge(List<Facts.Event> events) {
        List<Facts.Event> merged = new ArrayList<>();
        for (Facts.Event e : events) {
            Optional<Facts.Event> same = merged.stream().filter(x -> x.type().equals(e.type())
                    && java.util.Objects.equals(x.date().lexical(), e.date().lexical())
                    && (x.date().resolved() || x.date().expression().equals(e.date().expression()))).findFirst();
            if (same.isPresent()) {
                Facts.Event x = same.get();
                Set<String> participants = new LinkedHashSet<>(x.participants());
                participants.addAll(e.participants());
                merged.set(merged.indexOf(x), new Facts.Event(x.type(), x.keyword(), x.date(), List.copyOf(participants),
                        x.placeCode() != null ? x.placeCode() : e.placeCode(), x.support()));
            } else {
                merged.add(e);
            }
        }
        return merged;
    }
}
