package org.vigil.store;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigil.fixtures.Clusters.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.doc.Extraction;
import org.vigil.event.ActorStatus;
import org.vigil.event.Count;
import org.vigil.event.Event;
import org.vigil.fixtures.Fixtures.Story;
import org.vigil.merge.MergedEvent;
import org.vigil.merge.MergedEventJson;

class EventStoreTest {
    @TempDir
    Path tmp;

    private EventStore store(String name) {
        return Stores.openForWriting(tmp.resolve(name).toString());
    }

    private static List<Extraction> extractions(List<Story> stories) {
        return stories.stream().map(Story::extraction).toList();
    }

    /** merged event → the event ids of its reports, for comparing groupings. */
    private static Map<String, Set<String>> grouping(EventStore s) {
        Map<String, Set<String>> g = new TreeMap<>();
        for (MergedEvent m : s.events(EventQuery.all())) {
            g.put(m.id(), m.reports().stream().map(MergedEvent.ReportRef::eventId).collect(Collectors.toCollection(
                    java.util.TreeSet::new)));
        }
        return g;
    }

    private static Set<String> groupOf(EventStore s, String eventId) {
        return grouping(s).values().stream().filter(g -> g.contains(eventId)).findFirst().orElseThrow();
    }

    @Test
    void policeLinesReportsFromFourOutletsAndALaterRecollectionBecomeOneEvent() {
        try (EventStore s = store("pl")) {
            s.ingest(extractions(POLICE_LINES_REPORTS));
            List<MergedEvent> all = s.events(EventQuery.all());
            assertEquals(1, all.size(), () -> "expected one event, got " + grouping(s));
            MergedEvent m = all.get(0);
            assertEquals(5, m.reportCount());
            assertEquals("2023-01-30", m.event().date().orElseThrow());
            // the toll rose 28 -> 59 -> 100, was revised to 84; the latest report is the best informed
            assertEquals(List.of(28, 59, 100, 84, 84), m.tollHistory().stream()
                    .map(t -> t.killed().map(Count::value).orElse(-1)).toList());
            assertEquals(84, m.event().killed().orElseThrow().value());
            // claimed by a TTP commander, denied by its spokesman, blamed on Jamaat-ul-Ahrar by the police
            assertEquals(List.of(ActorStatus.CLAIMED, ActorStatus.DENIED, ActorStatus.BLAMED),
                    m.statusHistory().stream().map(MergedEvent.StatusPoint::status).toList());
            assertEquals("JUA", m.event().actor().orElseThrow().id().orElseThrow());
            assertEquals(ActorStatus.BLAMED, m.event().actorStatus().orElseThrow());
            assertEquals("TTP", m.event().deniedBy().get(0).id().orElseThrow());
            assertEquals("Police Lines, Peshawar", m.event().location().orElseThrow().name(), "the most precise place");
            assertEquals(List.of("wire service", "national daily", "international broadcaster", "provincial paper",
                    "weekly magazine"), m.outlets());
        }
    }

    @Test
    void distinctEventsStayDistinct() {
        try (EventStore s = store("traps")) {
            s.ingest(extractions(ALL));
            Map<String, Set<String>> g = grouping(s);
            assertEquals(13, g.size(), () -> "got " + g);
            // a new bombing in the same city a week later, and a recalled event misdated to that day
            assertEquals(Set.of("pk-week-later#0"), groupOf(s, "pk-week-later#0"));
            assertEquals(Set.of("pk-week-later#1"), groupOf(s, "pk-week-later#1"));
            // two bombings on one day in two towns of one province; a province-wide summary joins neither
            assertEquals(Set.of("kp-mardan#0"), groupOf(s, "kp-mardan#0"));
            assertEquals(Set.of("kp-swabi#0"), groupOf(s, "kp-swabi#0"));
            assertEquals(Set.of("kp-summary#0"), groupOf(s, "kp-summary#0"));
            // two airstrikes in two provinces in one night; the province-level Khost report joins Khost only
            assertEquals(Set.of("af-airstrikes#0", "af-khost#0"), groupOf(s, "af-airstrikes#0"));
            assertEquals(Set.of("af-airstrikes#1"), groupOf(s, "af-airstrikes#1"));
            // a second exchange of fire at Chaman four days later is a new incident
            assertEquals(Set.of("chaman-ispr#0", "chaman-next#0"), groupOf(s, "chaman-ispr#0"));
            assertEquals(Set.of("chaman-again#0"), groupOf(s, "chaman-again#0"));
            // one visit told from both sides; another delegation in the same city that day is another event
            assertEquals(Set.of("khar-visit#0", "khar-meeting#0"), groupOf(s, "khar-visit#0"));
            assertEquals(Set.of("other-visit#0"), groupOf(s, "other-visit#0"));
            assertEquals(Set.of("besham-wire#0", "besham-china#0"), groupOf(s, "besham-wire#0"));
        }
    }

    @Test
    void sameInputsInAnyOrderAndAnyBatchingGiveTheSameMergedEvents() {
        MergedEventJson json = new MergedEventJson();
        String reference = null;
        Random random = new Random(42);
        for (int round = 0; round < 6; round++) {
            List<Extraction> xs = new ArrayList<>(extractions(ALL));
            if (round > 0) {
                Collections.shuffle(xs, random);
            }
            int batch = round == 0 ? xs.size() : 1 + random.nextInt(5);
            try (EventStore s = store("order" + round)) {
                for (int i = 0; i < xs.size(); i += batch) {
                    s.ingest(xs.subList(i, Math.min(xs.size(), i + batch)));
                }
                StringBuilder b = new StringBuilder();
                s.events(EventQuery.all(), m -> b.append(json.toJson(m)).append('\n'));
                for (MergedEvent m : s.events(EventQuery.all())) {
                    for (StoredReport r : s.reports(m.id())) {
                        b.append(r.event().id()).append(' ').append(r.matchedEventId()).append(' ')
                                .append(r.score()).append(' ').append(r.reasons()).append('\n');
                    }
                }
                if (reference == null) {
                    reference = b.toString();
                } else {
                    assertEquals(reference, b.toString(), "round " + round + " (batches of " + batch + ")");
                }
            }
        }
    }

    @Test
    void ingestingTheSameArticleTwiceChangesNothing() {
        try (EventStore s = store("idem")) {
            IngestResult first = s.ingest(POLICE_LINES_WIRE.extraction());
            assertEquals(IngestResult.Status.STORED, first.status());
            assertEquals(1, first.mergedCreated());
            Counts before = s.counts();
            String jsonBefore = new MergedEventJson().toJson(s.events(EventQuery.all()).get(0));
            IngestResult again = s.ingest(POLICE_LINES_WIRE.extraction());
            assertEquals(IngestResult.Status.ALREADY_STORED, again.status());
            assertEquals(Optional.of("pl-wire"), again.storedAs());
            assertEquals(before, s.counts());
            assertEquals(jsonBefore, new MergedEventJson().toJson(s.events(EventQuery.all()).get(0)));
            // the same text twice in one batch is stored once
            List<IngestResult> batch = s.ingest(List.of(POLICE_LINES_EVENING.extraction(),
                    POLICE_LINES_EVENING.extraction()));
            assertEquals(IngestResult.Status.STORED, batch.get(0).status());
            assertEquals(IngestResult.Status.ALREADY_STORED, batch.get(1).status());
            assertEquals(2, s.counts().articles());
        }
    }

    @Test
    void anArticleThatCannotBeWrittenLeavesNothingBehindAndTheRestAreStored() {
        try (EventStore s = store("atomic")) {
            // an event without a modality cannot be written: none of its article may remain
            Extraction good = POLICE_LINES_WIRE.extraction();
            Extraction x = CHAMAN_ISPR.extraction();
            Event e = x.events().get(0);
            Event broken = new Event(e.id(), e.articleId(), e.type(), e.mode(), e.acled(), e.cameo(), null, e.date(),
                    e.datePrecision(), e.dateInferred(), e.location(), e.actor(), e.actorStatus(), e.target(),
                    e.killed(), e.injured(), e.sources(), e.evidence(), e.confidence(), e.deniedBy(), e.mediator(),
                    e.attackersKilled());
            Extraction bad = new Extraction(x.article(), List.of(broken), List.of(), List.of());
            List<IngestResult> r = s.ingest(List.of(good, bad, BESHAM_WIRE.extraction()));
            assertEquals(IngestResult.Status.STORED, r.get(0).status());
            assertEquals(IngestResult.Status.FAILED, r.get(1).status());
            assertTrue(r.get(1).problem().orElseThrow().contains("store is unchanged"), r.get(1).problem().get());
            assertEquals(IngestResult.Status.STORED, r.get(2).status());
            assertEquals(new Counts(2, 2, 2), s.counts());
            assertTrue(s.article("chaman-ispr").isEmpty());
        }
    }

    @Test
    void twoEventsWithOneIdAreRefused() {
        try (EventStore s = store("dup")) {
            Extraction x = CHAMAN_ISPR.extraction();
            Extraction twice = new Extraction(x.article(), List.of(x.events().get(0), x.events().get(0)), List.of(),
                    List.of());
            IngestResult r = s.ingest(twice);
            assertEquals(IngestResult.Status.REJECTED, r.status());
            assertEquals(new Counts(0, 0, 0), s.counts());
        }
    }

    @Test
    void anotherTextUnderAStoredIdIsRejectedWithWhatToDo() {
        try (EventStore s = store("ids")) {
            s.ingest(KHAR_VISIT.extraction());
            Extraction x = KHAR_MEETING.extraction();
            Story renamed = new Story("khar-visit", "2022-11-30", "Afghan outlet", KHAR_MEETING.text(), List.of());
            IngestResult r = s.ingest(renamed.extraction());
            assertEquals(IngestResult.Status.REJECTED, r.status());
            assertTrue(r.problem().orElseThrow().contains("give this version its own id"));
            assertNotNull(x);
        }
    }

    @Test
    void articlesKeepTheirTextAndEventsKeepTheirEvidence() {
        try (EventStore s = store("text")) {
            s.ingest(POLICE_LINES_WIRE.extraction());
            StoredArticle a = s.article("pl-wire").orElseThrow();
            assertEquals(POLICE_LINES_WIRE.text(), a.text());
            assertEquals(org.vigil.ingest.ArticleReader.contentHash(POLICE_LINES_WIRE.text()), a.contentHash());
            MergedEvent m = s.event("pl-wire#0").orElseThrow(); // a report id finds its merged event
            StoredReport r = s.reports(m.id()).get(0);
            var ev = r.event().evidence().get(0);
            assertEquals(ev.text(), a.text().substring(ev.start(), ev.end()));
            assertEquals("first report of this happening", r.reasons());
        }
    }

    @Test
    void queriesFilterByCountryTypeActorAndDates() {
        try (EventStore s = store("query")) {
            s.ingest(extractions(ALL));
            assertEquals(4, s.events(new EventQuery(Optional.of("af"), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), java.util.OptionalInt.empty())).size());
            assertEquals(3, s.events(new EventQuery(Optional.empty(), Optional.of("consult"), Optional.empty(),
                    Optional.empty(), Optional.empty(), java.util.OptionalInt.empty())).size() + 1);
            List<MergedEvent> jua = s.events(new EventQuery(Optional.empty(), Optional.empty(), Optional.of("JUA"),
                    Optional.empty(), Optional.empty(), java.util.OptionalInt.empty()));
            assertEquals(1, jua.size());
            List<MergedEvent> ttp = s.events(new EventQuery(Optional.empty(), Optional.empty(), Optional.of("ttp"),
                    Optional.empty(), Optional.empty(), java.util.OptionalInt.empty()));
            assertEquals(2, ttp.size(), "claimed, denied or blamed: every doer the reports named");
            List<MergedEvent> march2024 = s.events(new EventQuery(Optional.of("PK"), Optional.empty(),
                    Optional.empty(), Optional.of(java.time.LocalDate.parse("2024-03-01")),
                    Optional.of(java.time.LocalDate.parse("2024-03-31")), java.util.OptionalInt.empty()));
            assertEquals(1, march2024.size());
            assertEquals(2, s.events(new EventQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), java.util.OptionalInt.of(2))).size());
        }
    }

    @Test
    void aStoreThatDoesNotExistIsNotCreatedByAQuery() {
        var e = assertThrows(org.vigil.VigilException.class,
                () -> Stores.openForReading(tmp.resolve("nothing").toString()));
        assertEquals(org.vigil.VigilException.NO_INPUT, e.exitCode());
        assertTrue(e.getMessage().startsWith("no store at "), e.getMessage());
        assertFalse(tmp.resolve("nothing").toFile().exists());
    }
}
