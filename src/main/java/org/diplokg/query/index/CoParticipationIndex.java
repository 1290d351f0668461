package org.diplokg.query.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.diplokg.store.QueryOutcome;
import org.springframework.stereotype.Component;

/**
 * Answers {@code who-met-whom} for any period. Counting the pairs of persons who shared an event means
 * joining every dated event to its participants twice and grouping the pairs; over all time on a 10 M-triple
 * store that is some 900 K pair rows, seconds of work for the store. The index keeps each event's dates and
 * its participants as small integers, so a period becomes a range of a sorted date array and the pairs are
 * counted as sorted {@code long}s.
 *
 * <p>It reproduces the library query exactly: an event is in the period when one of its dates, compared as
 * text like the query's {@code STR(?date)}, lies between {@code from} and {@code to + "~"}; a pair is two
 * different persons ordered by IRI text; each event counts once per pair; the order is the count descending,
 * then the two IRIs. Persons are numbered in IRI order, so comparing numbers is comparing IRIs.
 */
@Component
public class CoParticipationIndex implements LibraryIndex.Builder {

    static final String VIEW = "queries/index/event-participants.rq";
    static final String EVENTS_OF_PERSONS = "queries/index/events-of-persons.rq";
    private static final Var EVENT = Var.alloc("event");
    private static final Var DATE = Var.alloc("date");
    private static final Var PERSON = Var.alloc("person");
    /** Person numbers and counts share one sort key of 63 bits: 21 bits each. */
    private static final int BITS = 21;

    private static final int MAX = 1 << BITS;

    @Override
    public String query() {
        return "who-met-whom";
    }

    @Override
    public LibraryIndex build(Query query, LibraryIndex.ViewReader views) {
        Map<Node, Event> events = new HashMap<>();
        addRows(events, views.read(VIEW).rows());
        return compact(query.getProjectVars(), events);
    }

    /** One event as the view gives it: its dates as {@code STR()} text, and the IRIs of its persons. */
    private record Event(Set<String> dates, Set<String> persons) {}

    /** Adds view rows (event, date, person) to {@code events}; rows the query could not use are skipped. */
    private static void addRows(Map<Node, Event> events, List<Binding> rows) {
        for (Binding b : rows) {
            Node e = b.get(EVENT);
            Node p = b.get(PERSON);
            String text = text(b.get(DATE));
            // STR() of a blank node is an error: the query never pairs one, nor dates an event by one
            if (e == null || p == null || !p.isURI() || text == null) {
                continue;
            }
            Event event = events.computeIfAbsent(e, k -> new Event(new HashSet<>(), new HashSet<>()));
            event.dates().add(text);
            event.persons().add(p.getURI());
        }
    }

    private static Index compact(List<Var> columns, Map<Node, Event> byNode) {
        TreeSet<String> iris = new TreeSet<>();
        byNode.values().forEach(e -> iris.addAll(e.persons()));
        if (iris.size() >= MAX || byNode.size() >= MAX) {
            throw new IllegalStateException(iris.size() + " persons and " + byNode.size()
                    + " events: more than the index numbers (" + MAX + ")");
        }
        Node[] persons = iris.stream().map(NodeFactory::createURI).toArray(Node[]::new);
        Map<String, Integer> personIds = new HashMap<>();
        for (int i = 0; i < persons.length; i++) {
            personIds.put(persons[i].getURI(), i);
        }
        Node[] events = byNode.keySet().toArray(Node[]::new);
        int[][] participants = new int[events.length][];
        List<DatedEvent> dated = new ArrayList<>();
        for (int id = 0; id < events.length; id++) {
            Event e = byNode.get(events[id]);
            participants[id] =
                    e.persons().stream().mapToInt(personIds::get).sorted().toArray();
            for (String date : e.dates()) {
                dated.add(new DatedEvent(date, id));
            }
        }
        dated.sort(Comparator.comparing(DatedEvent::date).thenComparingInt(DatedEvent::event));
        return new Index(
                columns,
                persons,
                events,
                dated.stream().map(DatedEvent::date).toArray(String[]::new),
                dated.stream().mapToInt(DatedEvent::event).toArray(),
                participants);
    }

    /** The text {@code STR()} gives: a literal's lexical form or an IRI; null for a blank node (an error in the query). */
    private static String text(Node n) {
        if (n == null || n.isBlank()) {
            return null;
        }
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : null;
    }

    private record DatedEvent(String date, int event) {}

    /** One dataset version's events: dates sorted as text, each with its event; each event's persons, ascending. */
    private record Index(
            List<Var> columns, Node[] persons, Node[] events, String[] dates, int[] dateEvents, int[][] participants)
            implements LibraryIndex {

        /**
         * An event's rows change when the event is touched (the subject of its dates and participant links, also
         * of removed ones) or when one of its persons is (the subject of {@code a dk:Person}): the events a touched
         * node now takes part in are looked up. Those events are re-read; the rest are kept.
         */
        @Override
        public Optional<LibraryIndex> patch(Set<Node> touched, ViewReader views) {
            Set<Node> affected = new HashSet<>(touched);
            views.read(EVENTS_OF_PERSONS, "person", touched).forEach(b -> affected.add(b.get(EVENT)));
            List<List<String>> datesOf = new ArrayList<>();
            for (int i = 0; i < events.length; i++) {
                datesOf.add(new ArrayList<>(1));
            }
            for (int i = 0; i < dates.length; i++) {
                datesOf.get(dateEvents[i]).add(dates[i]);
            }
            Map<Node, Event> next = new HashMap<>();
            for (int id = 0; id < events.length; id++) {
                if (!affected.contains(events[id])) {
                    Set<String> people = new HashSet<>();
                    for (int p : participants[id]) {
                        people.add(persons[p].getURI());
                    }
                    next.put(events[id], new Event(new HashSet<>(datesOf.get(id)), people));
                }
            }
            addRows(next, views.read(VIEW, "event", affected));
            return Optional.of(compact(columns, next));
        }

        @Override
        public Optional<QueryOutcome.Select> page(Map<String, Node> values, long limit, long offset) {
            String from = text(values.get("from"));
            String to = text(values.get("to"));
            if (from == null || to == null || values.size() != 2) {
                return Optional.empty();
            }
            String upper = to + "~";
            BitSet inPeriod = new BitSet(participants.length);
            for (int i = firstAtLeast(from); i < dates.length && dates[i].compareTo(upper) <= 0; i++) {
                inPeriod.set(dateEvents[i]);
            }
            long pairCount = 0;
            for (int e = inPeriod.nextSetBit(0); e >= 0; e = inPeriod.nextSetBit(e + 1)) {
                long k = participants[e].length;
                pairCount += k * (k - 1) / 2;
            }
            if (pairCount > Integer.MAX_VALUE - 8) {
                return Optional.empty();
            }
            long[] pairs = new long[(int) pairCount];
            int n = 0;
            for (int e = inPeriod.nextSetBit(0); e >= 0; e = inPeriod.nextSetBit(e + 1)) {
                int[] p = participants[e];
                for (int i = 0; i < p.length; i++) {
                    for (int j = i + 1; j < p.length; j++) {
                        pairs[n++] = ((long) p[i] << BITS) | p[j];
                    }
                }
            }
            Arrays.sort(pairs);
            // one key per pair: fewer shared events first in the high bits, so ascending order is the query's order
            long[] keys = new long[pairs.length];
            int groups = 0;
            for (int i = 0; i < pairs.length; ) {
                int j = i;
                while (j < pairs.length && pairs[j] == pairs[i]) {
                    j++;
                }
                keys[groups++] = ((long) (MAX - 1 - (j - i)) << (2 * BITS)) | pairs[i];
                i = j;
            }
            long[] ranked = Arrays.copyOf(keys, groups);
            Arrays.sort(ranked);
            List<Binding> page = new ArrayList<>();
            long end = Math.min(groups, offset + limit + 1);
            for (long r = offset; r < end; r++) {
                long key = ranked[(int) r];
                int count = MAX - 1 - (int) (key >>> (2 * BITS));
                int first = (int) ((key >>> BITS) & (MAX - 1));
                int second = (int) (key & (MAX - 1));
                BindingBuilder row = BindingBuilder.create();
                row.add(columns.get(0), persons[first]);
                row.add(columns.get(1), persons[second]);
                row.add(columns.get(2), NodeFactory.createLiteralDT(Integer.toString(count), XSDDatatype.XSDinteger));
                page.add(row.build());
            }
            return Optional.of(new QueryOutcome.Select(columns, page, false));
        }

        private int firstAtLeast(String from) {
            int lo = 0;
            int hi = dates.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (dates[mid].compareTo(from) < 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
