package org.vigil.merge;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigil.fixtures.Clusters.*;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigil.fixtures.Fixtures.Story;

class SameHappeningTest {
    private final SameHappening rule = SameHappening.standard();

    private static Report report(Story s, int i) {
        return Report.of(s.event(i), s.article().published(), s.article().source());
    }

    private Decision decide(Story a, Story b) {
        return rule.decide(report(a, 0), report(b, 0));
    }

    @Test
    void theRuleIsSymmetric() {
        for (Story a : ALL) {
            for (Story b : ALL) {
                Decision ab = rule.decide(report(a, 0), report(b, 0));
                Decision ba = rule.decide(report(b, 0), report(a, 0));
                assertEquals(ab, ba, a.id() + " / " + b.id());
            }
        }
    }

    @Test
    void aFlashAndTheEveningUpdateOfOneBombingAreOneHappening() {
        Decision d = decide(POLICE_LINES_WIRE, POLICE_LINES_EVENING);
        assertTrue(d.same(), d.summary());
        assertTrue(d.summary().contains("same day"), d.summary());
    }

    @Test
    void aTollRevisedDownAFewDaysLaterIsStillTheSameBombing() {
        assertTrue(decide(POLICE_LINES_HUNDRED, POLICE_LINES_REVISED).same());
    }

    @Test
    void bombingsInMardanAndSwabiOnOneDayAreTwo() {
        Decision d = decide(MARDAN_BLAST, SWABI_BLAST);
        assertFalse(d.same());
        assertTrue(d.summary().contains("different places"), d.summary());
    }

    @Test
    void aProvinceWideSummaryOfTwoBlastsJoinsNeither() {
        assertFalse(decide(KP_SUMMARY, MARDAN_BLAST).same());
        assertFalse(decide(KP_SUMMARY, SWABI_BLAST).same());
    }

    @Test
    void airstrikesInKhostAndPaktikaTheSameNightAreTwo() {
        assertFalse(rule.decide(report(AIRSTRIKES, 0), report(AIRSTRIKES, 1)).same(), "one article's two events");
        assertFalse(rule.decide(report(AIRSTRIKE_KHOST, 0), report(AIRSTRIKES, 1)).same(), "Khost is not Paktika");
        assertTrue(rule.decide(report(AIRSTRIKE_KHOST, 0), report(AIRSTRIKES, 0)).same(), "Khost is in Khost");
    }

    @Test
    void fireAtTheSameCrossingFourDaysLaterIsANewIncident() {
        Decision d = decide(CHAMAN_ISPR, CHAMAN_AGAIN);
        assertFalse(d.same());
        assertTrue(d.summary().contains("different block"), d.summary());
    }

    @Test
    void aRecalledBombingIsNotTodaysNewsEvenWhenMisdatedToToday() {
        Decision d = rule.decide(report(PESHAWAR_WEEK_LATER, 1), report(PESHAWAR_WEEK_LATER, 0));
        assertFalse(d.same());
        Report misdated = report(PESHAWAR_WEEK_LATER, 1);
        Report otherOutlet = new Report("x#0", "x", Optional.of("other"), Optional.of(LocalDate.parse("2023-02-06")),
                misdated.type(), "bombing", org.vigil.event.Modality.ASSERTED, misdated.date(),
                misdated.datePrecision(), false, misdated.location(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
        Decision recalled = rule.decide(misdated, otherOutlet);
        assertFalse(recalled.same());
        assertTrue(recalled.summary().contains("a recalled past event and news"), recalled.summary());
    }

    @Test
    void aRecalledBombingJoinsTheBombingItRecalls() {
        assertTrue(decide(POLICE_LINES_RECALLED, POLICE_LINES_WIRE).same());
    }

    @Test
    void oneVisitToldFromBothSidesIsOneButAnotherDelegationIsAnother() {
        assertTrue(decide(KHAR_VISIT, KHAR_MEETING).same());
        Decision d = decide(KHAR_VISIT, OTHER_VISIT);
        assertFalse(d.same());
        assertTrue(d.summary().contains("different parties"), d.summary());
    }

    @Test
    void reportsWithoutADateNeverMerge() {
        Report a = report(BESHAM_WIRE, 0);
        Report undated = new Report(a.eventId() + "x", "y", a.outlet(), a.published(), a.type(), a.mode(),
                a.modality(), Optional.empty(), Optional.empty(), false, a.location(), a.actor(), a.actorStatus(),
                a.target(), a.killed(), a.injured());
        assertFalse(rule.decide(a, undated).same());
        assertTrue(Blocking.of(undated).isEmpty());
    }

    @Test
    void theDigestKeepsEverythingTheRuleReads() {
        for (Story s : ALL) {
            for (int i = 0; i < s.extraction().events().size(); i++) {
                Report r = report(s, i);
                assertEquals(r, Report.fromDigest(r.eventId(), r.digest()));
            }
        }
    }
}
