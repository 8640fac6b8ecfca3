package org.vigil.merge;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigil.fixtures.Clusters.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.event.ActorStatus;
import org.vigil.fixtures.Fixtures.Story;

class MergerTest {
    private static List<Merger.Member> members(List<Story> stories) {
        List<Merger.Member> ms = new ArrayList<>();
        for (Story s : stories) {
            ms.add(new Merger.Member(s.event(0), s.article().published(), s.article().source()));
        }
        return ms;
    }

    @Test
    void theMergedEventIsTheSameWhateverTheOrderOfItsMembers() {
        MergedEventJson json = new MergedEventJson();
        List<Merger.Member> ms = members(POLICE_LINES_REPORTS);
        String first = json.toJson(Merger.merge(ms));
        for (int i = 0; i < 5; i++) {
            Collections.shuffle(ms, new java.util.Random(i));
            assertEquals(first, json.toJson(Merger.merge(ms)));
        }
    }

    @Test
    void theIdComesFromTheSmallestReportIdAndTheCountry() {
        MergedEvent m = Merger.merge(members(POLICE_LINES_REPORTS));
        assertEquals(Merger.mergedId("PK", "pl-evening#0"), m.id());
        assertTrue(m.id().startsWith("PK-"));
    }

    @Test
    void onOneDayTheHigherTollWinsAndTheLatestDayBeatsIt() {
        MergedEvent sameDay = Merger.merge(members(List.of(BESHAM_WIRE, BESHAM_CHINA)));
        assertEquals(6, sameDay.event().killed().orElseThrow().value(), "6 and 5 on one day: the higher");
        MergedEvent revised = Merger.merge(members(List.of(POLICE_LINES_HUNDRED, POLICE_LINES_REVISED)));
        assertEquals(84, revised.event().killed().orElseThrow().value(), "100, then 84 two days later");
        assertEquals("pl-revised#0", revised.best().get("killed").eventId());
        assertEquals("pl-revised", revised.event().articleId(), "the lead report is the one the toll came from");
    }

    @Test
    void aDoerThatDeniedIsNeverThePerpetrator() {
        MergedEvent m = Merger.merge(members(List.of(POLICE_LINES_WIRE, POLICE_LINES_HUNDRED)));
        assertTrue(m.event().actor().isEmpty(), "claimed by a commander, then denied by the group");
        assertEquals(List.of(ActorStatus.CLAIMED, ActorStatus.DENIED),
                m.statusHistory().stream().map(MergedEvent.StatusPoint::status).toList());
        assertEquals("TTP", m.event().deniedBy().get(0).id().orElseThrow());
    }

    @Test
    void theJsonFormRoundTrips() {
        MergedEventJson json = new MergedEventJson();
        MergedEvent m = Merger.merge(members(POLICE_LINES_REPORTS));
        assertEquals(json.toJson(m), json.toJson(json.fromJson(json.toJson(m))));
    }
}
