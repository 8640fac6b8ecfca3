package org.vigil.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.doc.Extraction;
import org.vigil.event.ActorStatus;
import org.vigil.event.Event;
import org.vigil.event.EventType;
import org.vigil.event.Modality;
import org.vigil.event.Qualifier;
import org.vigil.ingest.Article;
import org.vigil.pipeline.Extractor;

/** End-to-end behaviour of extraction on short reports the team wrote for these tests. */
class ExtractionBehaviourTest {
    private static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = Extractor.standard();
    }

    private static Extraction extract(String text, String published) {
        Article a = new Article("t", text, Optional.ofNullable(published).map(LocalDate::parse), Optional.empty(),
                Optional.empty(), Optional.empty());
        return extractor.extract(a);
    }

    private static List<Event> events(String text, String published) {
        return extract(text, published).events();
    }

    private static Event only(List<Event> events, EventType type) {
        List<Event> of = events.stream().filter(e -> e.type() == type).toList();
        assertEquals(1, of.size(), () -> "expected one " + type + " event, got " + events);
        return of.get(0);
    }

    @Test
    void bombingInQuettaIsDatedFromTuesdayAndPlacedInBalochistan() {
        // 2024-03-07 was a Thursday
        Event e = only(events("QUETTA, March 7 (wire) - A bomb planted on a motorcycle exploded near a police van in "
                + "Quetta on Tuesday, killing five policemen and wounding 11 passers-by, police said.", "2024-03-07"),
                EventType.ASSAULT);
        assertEquals("2024-03-05", e.date().orElseThrow());
        assertEquals("bombing", e.mode());
        assertEquals("Quetta", e.location().orElseThrow().name());
        assertEquals("Balochistan", e.location().orElseThrow().admin1().orElseThrow());
        assertEquals(5, e.killed().orElseThrow().value());
        assertEquals(11, e.injured().orElseThrow().value());
        assertTrue(e.sources().stream().anyMatch(s -> s.name().equals("police")));
    }

    @Test
    void claimInALaterSentenceMakesTheGroupTheClaimedDoer() {
        Event e = only(events("Gunmen attacked a passenger coach in Kalat district on Saturday, killing seven people. "
                + "The Baloch Liberation Army claimed responsibility in a statement.", "2023-06-12"), EventType.ASSAULT);
        assertEquals("BLA", e.actor().orElseThrow().id().orElseThrow());
        assertEquals(ActorStatus.CLAIMED, e.actorStatus().orElseThrow());
    }

    @Test
    void aGroupThatDeniesIsNeverTheDoer() {
        Event e = only(events("A roadside bomb killed three soldiers in North Waziristan on Monday. Officials blamed the "
                + "Tehreek-e-Taliban Pakistan, but the group denied any involvement.", "2022-08-10"), EventType.ASSAULT);
        assertEquals(ActorStatus.BLAMED, e.actorStatus().orElseThrow());
        assertEquals("TTP", e.actor().orElseThrow().id().orElseThrow());
        assertFalse(e.deniedBy().isEmpty());
    }

    @Test
    void attackersKilledAreCountedApartFromVictims() {
        Event e = only(events("Militants stormed a checkpoint in Tank district on Sunday, killing three soldiers. "
                + "Two of the attackers were also killed, the army said.", "2021-04-05"), EventType.ASSAULT);
        assertEquals(3, e.killed().orElseThrow().value());
    }

    @Test
    void aRevisedTollReplacesTheFirstOne() {
        Event e = only(events("A suicide bomber struck a mosque in Peshawar during Friday prayers, killing at least 40 "
                + "worshippers. The death toll from the bombing rose to 63 on Saturday, hospital officials said.",
                "2022-03-06"), EventType.ASSAULT);
        assertEquals(63, e.killed().orElseThrow().value());
        assertEquals(Qualifier.EXACT, e.killed().orElseThrow().qualifier());
        assertEquals("suicide-bombing", e.mode());
    }

    @Test
    void twoBombingsInTwoTownsOnOneDayStayTwoEvents() {
        List<Event> es = events("A bomb killed four people at a market in Bannu on Monday. Hours later a second bomb "
                + "killed two policemen in Lakki Marwat.", "2023-02-15");
        assertEquals(2, es.stream().filter(e -> e.type() == EventType.ASSAULT).count(), () -> es.toString());
    }

    @Test
    void twoAttacksOfOneDayEachKeepTheirOwnPlaceAndToll() {
        List<Event> es = events("Bombers struck two towns on Sunday. A suicide bomber killed nine people at a market in "
                + "Bannu, and hours later gunmen attacked a police post in the northwest.\n"
                + "The first blast tore through stalls near the main square.\n"
                + "In Lakki Marwat district, three attackers reached the post before dawn. One was shot dead by police at "
                + "the gate. Four policemen were killed, officials said.", "2023-05-08");
        List<Event> attacks = es.stream().filter(e -> e.type() == EventType.ASSAULT && e.killed().isPresent()).toList();
        assertEquals(2, attacks.size(), () -> es.toString());
        Event bannu = attacks.stream().filter(e -> e.location().map(l -> l.name().equals("Bannu")).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError(attacks.toString()));
        Event lakki = attacks.stream().filter(e -> e != bannu).findFirst().orElseThrow();
        assertEquals(9, bannu.killed().orElseThrow().value());
        assertEquals(4, lakki.killed().orElseThrow().value(), "the attacker the police shot is not a victim");
        assertTrue(lakki.location().orElseThrow().name().startsWith("Lakki Marwat"), () -> lakki.location().toString());
    }

    @Test
    void laterMentionsOfTheBlastAddToTheSameEvent() {
        Event e = only(events("A suicide bomber blew himself up at a political rally in Khar, Bajaur district, on "
                + "Sunday. The blast killed 23 people. Police said the attack was the deadliest in the district "
                + "this year.", "2023-07-31"), EventType.ASSAULT);
        assertEquals(23, e.killed().orElseThrow().value());
        assertEquals("Khar", e.location().orElseThrow().name());
    }

    @Test
    void aReportFiledFromIslamabadPlacesTheBlastWhereItHappened() {
        Event e = only(events("ISLAMABAD: A bomb exploded outside a court in Quetta on Wednesday, killing six people, "
                + "officials said.", "2019-05-09"), EventType.ASSAULT);
        assertEquals("Quetta", e.location().orElseThrow().name());
    }

    @Test
    void aCapitalSpeakingForItsGovernmentIsADoerNotAPlace() {
        Event e = only(events("Islamabad accused Kabul of sheltering militants who attack Pakistan.", "2023-03-01"),
                EventType.ACCUSE);
        assertEquals("PK", e.actor().orElseThrow().country().orElseThrow());
        assertEquals("PK", e.location().orElseThrow().country());
    }

    @Test
    void aVisitAnnouncedForNextWeekIsPlannedAndPlacedAtItsDestination() {
        Event e = only(events("Pakistan's foreign minister will travel to Tehran next week for talks on border security, "
                + "the Foreign Office said.", "2024-01-22"), EventType.CONSULT);
        assertEquals(Modality.PLANNED, e.modality());
        assertEquals("Tehran", e.location().orElseThrow().name());
    }

    @Test
    void aPlannedVisitOnADayWithoutAYearLiesAhead() {
        Event e = only(events("Iran's foreign minister would travel to Islamabad on January 29 for talks, the two "
                + "governments said.", "2024-01-23"), EventType.CONSULT);
        assertEquals(Modality.PLANNED, e.modality());
        assertEquals("2024-01-29", e.date().orElseThrow());
    }

    @Test
    void aCancelledVisitIsNegated() {
        Event e = only(events("Prime Minister Shehbaz Sharif cancelled a visit to Qatar after the attack.", "2023-05-02"),
                EventType.CONSULT);
        assertEquals(Modality.NEGATED, e.modality());
    }

    @Test
    void aStatisticIsNotAnEvent() {
        Extraction x = extract("Militant attacks in Khyber Pakhtunkhwa rose by 30 percent last year, according to the "
                + "Centre for Research and Security Studies.", "2024-01-03");
        assertTrue(x.events().isEmpty(), () -> x.events().toString());
        assertEquals(1, x.statistics().size());
        assertEquals("30%", x.statistics().get(0).value().orElseThrow());
    }

    @Test
    void aRefusalToCommentIsNotAStatement() {
        assertTrue(events("The Taliban administration did not respond to a request for comment.", "2023-01-01").isEmpty());
    }

    @Test
    void aBackgroundAttackKeepsItsOwnDateAndIsHistorical() {
        List<Event> es = events("Students returned to the school on Monday. In December 2014, militants killed more than "
                + "140 people there, most of them children.", "2015-01-12");
        Event e = only(es, EventType.ASSAULT);
        assertEquals("2014-12", e.date().orElseThrow());
        assertEquals(Modality.HISTORICAL, e.modality());
        assertEquals(140, e.killed().orElseThrow().value());
        assertEquals(Qualifier.OVER, e.killed().orElseThrow().qualifier());
    }

    @Test
    void theYearOfAnUndatedReportIsInferredAndFlagged() {
        Event e = only(events("The group was banned in 2021. On March 5, gunmen shot dead two polio workers in "
                + "Bajaur district.", null), EventType.ASSAULT);
        assertEquals("2022-03-05", e.date().orElseThrow());
        assertTrue(e.dateInferred());
        assertEquals(2, e.killed().orElseThrow().value());
    }

    @Test
    void everyEvidenceSpanQuotesTheText() {
        String text = "A car bomb exploded near a bazaar in Parachinar on Friday, killing 13 people, officials said.";
        for (Event e : events(text, "2023-01-20")) {
            e.evidence().forEach(ev -> assertEquals(ev.text(), text.substring(ev.start(), ev.end())));
            assertFalse(e.evidence().isEmpty());
        }
    }

    @Test
    void aDateAfterSinceIsAYardstickNotTheDayOfTheEvent() {
        // 2023-05-18 was a Thursday
        Event e = only(events("A roadside bomb hit a police patrol in Bannu on Wednesday, killing four officers, the "
                + "deadliest attack in the district since the army's offensive in 2014, police said.", "2023-05-18"),
                EventType.ASSAULT);
        assertEquals("2023-05-17", e.date().orElseThrow());
    }

    @Test
    void sinceADayOpensTheEventsOwnSpan() {
        Event e = only(events("Security forces have killed 12 militants in raids across Khyber district since "
                + "Friday, the army said.", "2022-11-14"), EventType.FIGHT);
        assertEquals("2022-11-11", e.date().orElseThrow());
    }

    @Test
    void aProtestReportedOnItsFourthDayBeganThreeDaysEarlier() {
        // 2022-02-10 was a Thursday
        Event e = only(events("GWADAR: The sit-in of fishermen at the port road went on for the fourth straight day "
                + "on Thursday, with organisers demanding an end to trawling.", "2022-02-10"), EventType.PROTEST);
        assertEquals("2022-02-07", e.date().orElseThrow());
        assertEquals("Gwadar", e.location().orElseThrow().name());
    }

    @Test
    void anEventNamedAsTheSettingOfTalksIsNotASecondEvent() {
        List<Event> out = events("Traders began a sit-in outside the Peshawar press club on Saturday against new taxes. "
                + "The provincial finance minister met the traders at the sit-in on Monday.", "2021-07-13");
        assertEquals(1, out.stream().filter(e -> e.type() == EventType.PROTEST).count(), () -> out.toString());
    }

    @Test
    void aTwoCityDatelineOfOneCountryPlacesTheAttackInTheCityTheBodyNamesAgain() {
        Event e = only(events("TURBAT/RAWALPINDI: Militants attacked a naval air station late on Monday and one "
                + "sailor embraced shahadat in the assault, the military's media wing said. The station lies "
                + "on the edge of Turbat, the largest town of Kech district.", "2024-03-26"), EventType.ASSAULT);
        assertEquals("Turbat", e.location().orElseThrow().name());
        assertEquals(1, e.killed().orElseThrow().value());
    }

    @Test
    void theSubjectOfAPassiveKillingIsAVictimNotTheDoer() {
        Event e = only(events("Two soldiers were killed in an attack on a checkpoint in Tank district on Friday, "
                + "officials said.", "2023-09-02"), EventType.ASSAULT);
        assertTrue(e.actor().isEmpty(), () -> "doer should be unknown, got " + e.actor());
        assertEquals(2, e.killed().orElseThrow().value());
    }

    @Test
    void anAttackThatKilledPeopleOfAnUnlistedKindIsStillAnAttack() {
        Event e = only(events("An attack on a ferry landing near Gwadar on Sunday killed three fishermen, local "
                + "officials said.", "2023-04-03"), EventType.ASSAULT);
        assertEquals(3, e.killed().orElseThrow().value());
    }

    @Test
    void havingKilledSinceADayIsAnEventButSinceAYearIsACareer() {
        assertTrue(events("The group has killed more than 300 people since 2009, according to officials.", "2023-01-10")
                .stream().noneMatch(e -> e.type().isViolent()));
    }

    @Test
    void aStateThatCarriesOutStrikesIsTheirDoerAndTheScoreIsAcrossTheBorder() {
        Event e = only(events("ISLAMABAD: Pakistan carried out drone strikes on what it called militant hideouts in "
                + "Iran's Sistan and Baluchestan province early on Tuesday. Local officials said six people were "
                + "killed near the town of Saravan.", "2024-02-06"), EventType.FIGHT);
        assertEquals("PK", e.actor().orElseThrow().country().orElseThrow());
        assertEquals("IR", e.location().orElseThrow().country());
        assertEquals(6, e.killed().orElseThrow().value());
    }

    @Test
    void aDemonymBeforeAStrikeNamesTheStateThatStruck() {
        Event e = only(events("Afghan air strikes on a border post in Kurram district late on Friday killed two "
                + "soldiers, officials said.", "2024-05-11"), EventType.FIGHT);
        assertEquals("AF", e.actor().orElseThrow().country().orElseThrow());
    }

    @Test
    void targetsSaidToBelongToAGroupDoNotMakeItTheDoer() {
        Event e = only(events("Iran fired missiles at targets it said belonged to Jaish al-Adl inside Pakistan on "
                + "Tuesday night, killing two children in Panjgur district.", "2024-01-17"), EventType.FIGHT);
        assertEquals("IR", e.actor().orElseThrow().country().orElseThrow());
    }

    @Test
    void aStateThatReportsAStrikeIsItsSourceAndTheStateItAccusesIsTheDoer() {
        Event e = only(events("LAHORE: Pakistan said on Sunday that India had fired missiles at an air base near "
                + "Sargodha before dawn. Troops had been told to stay on alert, officials said.", "2025-05-11"),
                EventType.FIGHT);
        assertEquals("IN", e.actor().orElseThrow().country().orElseThrow());
        assertTrue(e.sources().stream().anyMatch(s -> s.name().equals("Pakistan")), () -> e.sources().toString());
        assertTrue(e.sources().stream().noneMatch(s -> s.name().contains("Troops")), () -> e.sources().toString());
    }

    @Test
    void aSourceNameNeverIncludesTheDateline() {
        Event e = only(events("PESHAWAR: Police chief Aslam Khan said a bomb killed two constables at a checkpoint "
                + "in Bannu on Saturday.", "2024-06-02"), EventType.ASSAULT);
        assertTrue(e.sources().stream().allMatch(s -> !s.name().contains("PESHAWAR")), () -> e.sources().toString());
    }

    @Test
    void aircraftThatBombMakeAnAirstrikeByTheirState() {
        Event e = only(events("Afghan aircraft bombed a border village in Kurram district before dawn on Thursday, "
                + "officials said.", "2024-08-02"), EventType.FIGHT);
        assertEquals("airstrike", e.mode());
        assertEquals("AF", e.actor().orElseThrow().country().orElseThrow());
    }

    @Test
    void aGrenadeThrownAtPoliceIsAGrenadeAttack() {
        Event e = only(events("Unidentified men threw a grenade at a police van in Quetta on Sunday, wounding four "
                + "constables, police said.", "2023-10-09"), EventType.ASSAULT);
        assertEquals("grenade-attack", e.mode());
        assertEquals(4, e.injured().orElseThrow().value());
    }

    @Test
    void aClaimOfItBelongsToTheAttackJustDescribedNotToTheLeadStory() {
        List<Event> out = events("Drones struck a compound in Khost province on Monday, Afghan officials said, two "
                + "days after militants attacked a checkpoint in Bannu. Saturday's assault in Bannu began with a "
                + "car bomb at the gate; four attackers were killed. The Hafiz Gul Bahadur group claimed it.",
                "2024-07-16");
        Event bannu = out.stream().filter(e -> e.type() == EventType.ASSAULT).findFirst().orElseThrow();
        assertEquals("HGB", bannu.actor().orElseThrow().id().orElseThrow());
        Event strike = only(out, EventType.FIGHT);
        assertTrue(strike.actor().isEmpty() || !"HGB".equals(strike.actor().get().id().orElse("")));
    }

    @Test
    void aStrikeReportedByTheOtherSideIsBlamedAndByItsOwnSideClaimed() {
        Event blamed = only(events("Pakistani jets struck two villages in Paktika province on Sunday night, killing "
                + "nine people, a spokesman for the Afghan Taliban government said.", "2024-12-23"), EventType.FIGHT);
        assertEquals(ActorStatus.BLAMED, blamed.actorStatus().orElseThrow());
        Event claimed = only(events("Indian warplanes struck a camp near Muzaffarabad on Tuesday, India's foreign "
                + "secretary said.", "2019-02-27"), EventType.FIGHT);
        assertEquals(ActorStatus.CLAIMED, claimed.actorStatus().orElseThrow());
    }

    @Test
    void aVowOfResponseIsAThreatMadeNowNotAPlan() {
        Event e = only(events("Iran's defence minister vowed a harsh response on Tuesday, a day after the bombing in "
                + "Zahedan.", "2024-02-07"), EventType.THREATEN);
        assertEquals(Modality.ASSERTED, e.modality());
        assertEquals("IR", e.actor().orElseThrow().country().orElseThrow());
    }

    @Test
    void condemningAStateIsAnAccusationButCondemningAnAttackIsNot() {
        Event e = only(events("Afghanistan condemned the Pakistani strikes as a violation of its sovereignty on "
                + "Monday.", "2024-03-19"), EventType.ACCUSE);
        assertEquals("AF", e.actor().orElseThrow().country().orElseThrow());
        assertTrue(events("The prime minister condemned the attack and ordered an inquiry.", "2024-03-19").stream()
                .noneMatch(x -> x.type() == EventType.ACCUSE));
    }

    @Test
    void blamingAGroupForAnAttackIsTheAttacksAttributionNotAnAccusation() {
        List<Event> out = events("A bomb killed six people at a bus stand in Kohat on Friday. Police blamed the "
                + "Tehreek-e-Taliban Pakistan for the attack.", "2023-05-20");
        assertTrue(out.stream().noneMatch(x -> x.type() == EventType.ACCUSE), () -> out.toString());
        assertEquals(ActorStatus.BLAMED, only(out, EventType.ASSAULT).actorStatus().orElseThrow());
    }

    @Test
    void policeWhoBreakUpAProtestAreNotItsProtesters() {
        List<Event> out = events("Police fired tear gas to break up a protest by teachers outside the Quetta press "
                + "club on Monday and detained 40 people.", "2022-03-15");
        assertEquals("Police", only(out, EventType.COERCE).actor().orElseThrow().name());
        Event protest = only(out, EventType.PROTEST);
        assertTrue(protest.actor().isEmpty() || !protest.actor().get().name().equals("Police"));
    }

    @Test
    void aCoordinatedAccusationSharesTheSubjectOfTheSentence() {
        Event e = only(events("The Foreign Office spokesman told reporters that the attackers had used Afghan soil, "
                + "and accused India of funding them.", "2025-03-14"), EventType.ACCUSE);
        assertEquals("PK", e.actor().orElseThrow().country().orElseThrow());
        assertTrue(e.target().orElseThrow().id().orElseThrow().startsWith("IND"), () -> e.target().toString());
    }

    @Test
    void aStateThatNamesItsOwnStrikeClaimsIt() {
        Event e = only(events("India fired missiles at six sites in Pakistan on Wednesday in what it called an "
                + "operation against militant camps.", "2025-05-07"), EventType.FIGHT);
        assertEquals("IND", e.actor().orElseThrow().id().orElseThrow());
        assertEquals(ActorStatus.CLAIMED, e.actorStatus().orElseThrow());
    }

    @Test
    void aStrikeIsClaimedWhenItsOwnSideReportsItInALaterSentence() {
        Event e = only(events("Iranian missiles struck two houses in Panjgur on Tuesday night. Iran's foreign minister "
                + "said the strikes had hit only militants.", "2024-01-17"), EventType.FIGHT);
        assertEquals(ActorStatus.CLAIMED, e.actorStatus().orElseThrow());
    }

    @Test
    void aStateWithEveryRightToRespondIsThreatening() {
        Event e = only(events("The prime minister said Pakistan had every right to respond to the strikes.",
                "2025-05-07"), EventType.THREATEN);
        assertEquals("PK", e.actor().orElseThrow().country().orElseThrow());
    }

    @Test
    void theTollIsTheWholeCountNotTheFirstVictimNamed() {
        Event e = only(events("Gunmen shot dead a tribal elder in Bannu on Sunday. At least nine other people were "
                + "killed when they opened fire on the mourners who gathered at his house.", "2023-02-13"), EventType.ASSAULT);
        assertEquals(10, e.killed().orElseThrow().value());
    }

    @Test
    void aGroupNamedInAnAppositiveIsNotTheClaimant() {
        Event e = only(events("A bomb killed six policemen in Mardan on Friday. Hizbul Ahrar, a splinter of the "
                + "Tehreek-e-Taliban Pakistan, claimed the attack.", "2021-06-12"), EventType.ASSAULT);
        assertEquals(ActorStatus.CLAIMED, e.actorStatus().orElseThrow());
        assertTrue(!"TTP".equals(e.actor().orElseThrow().id().orElse("")), () -> e.actor().toString());
    }

    @Test
    void suspicionFallingOnAGroupMakesItSuspected() {
        Event e = only(events("A suicide bomber killed 19 people at a Shia mosque in Kabul on Friday. No group has "
                + "claimed the attack, but suspicion fell on the Islamic State group.", "2022-09-03"), EventType.ASSAULT);
        assertEquals("IS", e.actor().orElseThrow().id().orElseThrow());
        assertEquals(ActorStatus.SUSPECTED, e.actorStatus().orElseThrow());
    }

    @Test
    void aClaimOfBothAttacksOwnsBoth() {
        List<Event> out = events("Gunmen shot dead a judge in Mastung on Monday morning. In the afternoon a suicide "
                + "bomber killed 30 people at a hospital in Quetta where lawyers had gathered. A faction of the TTP "
                + "claimed both the shooting and the bombing.", "2016-08-09");
        List<Event> assaults = out.stream().filter(e -> e.type() == EventType.ASSAULT).toList();
        assertEquals(2, assaults.size(), () -> out.toString());
        assertTrue(assaults.stream().allMatch(e -> e.actorStatus().orElse(null) == ActorStatus.CLAIMED), () -> out.toString());
    }

    @Test
    void anOfficialTouringHisOwnCountryIsNotDiplomacy() {
        assertTrue(events("Pakistan's interior minister visited Quetta on Tuesday and met the families of the dead.",
                "2023-01-31").stream().noneMatch(e -> e.type() == EventType.CONSULT));
        Event e = only(events("Iran's foreign minister visited Islamabad on Monday.", "2024-01-29"), EventType.CONSULT);
        assertEquals("PK", e.location().orElseThrow().country());
    }

    @Test
    void shootingAPersonIsAnAttackEvenWithNoOneKilled() {
        Event e = only(events("Gunmen shot a schoolteacher near Khar on Tuesday evening.", "2021-03-03"), EventType.ASSAULT);
        assertEquals("Khar", e.location().orElseThrow().name());
        assertTrue(events("He shot a video of the rally in Khar on Tuesday.", "2021-03-03").isEmpty());
    }

    @Test
    void aGroupThatSaysItDidTheDeedClaimsIt() {
        Event e = only(events("A gunman shot a journalist in Mingora on Monday. A spokesman for the Tehreek-e-Taliban "
                + "Pakistan said by telephone that the group had shot him for his reporting.", "2014-05-06"), EventType.ASSAULT);
        assertEquals("TTP", e.actor().orElseThrow().id().orElseThrow());
        assertEquals(ActorStatus.CLAIMED, e.actorStatus().orElseThrow());
    }

    @Test
    void aVictimsHomeTownIsNotWhereTheAttackHappened() {
        Event e = only(events("Two soldiers were killed when militants attacked a checkpost in Gwadar on Wednesday. "
                + "The soldiers were identified as Sepoy Ali Raza, resident of Khairpur district, and Sepoy Naveed "
                + "Ahmed.", "2024-03-21"), EventType.ASSAULT);
        assertEquals("Gwadar", e.location().orElseThrow().name());
    }

    @Test
    void theAttackJustToldIsTheOneClaimedAndAStatesStrikeIsNeverAGroupsClaim() {
        List<Event> out = events("A US drone strike in Nangarhar province killed two militant planners on Friday, the "
                + "Pentagon said. Health officials said 170 people were killed in Thursday's suicide bombing at the "
                + "airport gate in Kabul. Islamic State claimed the attack.", "2021-08-28");
        Event strike = only(out, EventType.FIGHT);
        assertTrue(strike.actor().flatMap(a -> a.id()).map(id -> !id.equals("IS")).orElse(true), () -> out.toString());
        Event bombing = only(out, EventType.ASSAULT);
        assertEquals("IS", bombing.actor().orElseThrow().id().orElseThrow());
        assertEquals(ActorStatus.CLAIMED, bombing.actorStatus().orElseThrow());
    }

    @Test
    void anEarlierLowerTollToldLaterDoesNotUndoTheRaisedOne() {
        Event e = only(events("Officials on Sunday raised the toll from Saturday's truck bombing in Kabul to 103 dead. "
                + "On Saturday the interior ministry had put the number of dead at 95.", "2018-01-28"), EventType.ASSAULT);
        assertEquals(103, e.killed().orElseThrow().value());
        assertEquals("2018-01-27", e.date().orElseThrow());
    }

    @Test
    void anUndatedAttackInAReportOfTheDaysViolenceHappenedThatDay() {
        List<Event> out = events("A bomb killed four soldiers in Kohat on Tuesday, officials said.\n\nIn Bannu, gunmen "
                + "shot dead two policemen at a checkpoint.", "2023-06-14");
        assertEquals(2, out.size(), () -> out.toString());
        assertTrue(out.stream().allMatch(e -> e.date().orElseThrow().equals("2023-06-13")), () -> out.toString());
        Event bannu = out.stream().filter(e -> e.location().orElseThrow().name().equals("Bannu")).findFirst().orElseThrow();
        assertTrue(bannu.dateInferred());
    }

    @Test
    void theyAfterASpeakerIsTheSpeaker() {
        Event e = only(events("Pakistan and India said on Thursday they had agreed to observe the ceasefire along the "
                + "border.", "2021-02-25"), EventType.AGREE);
        assertTrue(e.actor().isPresent(), () -> e.toString());
        assertTrue(List.of("PK", "IN").contains(e.actor().get().country().orElse("")), () -> e.toString());
    }

    @Test
    void aGroupsDeedToldByOthersIsBlameAndEvidencePointingToItToo() {
        Event laid = only(events("Twelve policemen were killed in an ambush in Sukma district on Saturday. A senior police "
                + "officer said a unit of the Communist Party of India (Maoist) had laid the trap.", "2021-04-04"), EventType.ASSAULT);
        assertEquals(ActorStatus.BLAMED, laid.actorStatus().orElseThrow());
        Event pointed = only(events("Gunmen killed 17 soldiers at an army camp in Uri on Sunday. The army said the first "
                + "evidence pointed to Jaish-e-Mohammad.", "2016-09-19"), EventType.ASSAULT);
        assertEquals("JEM", pointed.actor().orElseThrow().id().orElseThrow());
        assertEquals(ActorStatus.BLAMED, pointed.actorStatus().orElseThrow());
    }

    @Test
    void aDateThatQualifiesTheAttackNounIsTheAttacksNotTheVerdicts() {
        List<Event> out = events("A court in Rawalpindi on Monday convicted two men of helping the gunmen in the "
                + "December 2014 attack on a school in Peshawar.", "2019-05-06");
        assertTrue(out.stream().noneMatch(e -> e.modality() == Modality.ASSERTED && e.type().isViolent()), () -> out.toString());
    }

    @Test
    void anAnniversaryPiecePutsTheOldAttackAndWhatFollowedInThePast() {
        List<Event> out = events("Relatives of the victims of the 2013 Alamdar Road bombings gathered in Quetta on "
                + "Tuesday.\n\nOn January 10, 2013, a suicide bomber blew himself up in a snooker hall on Alamdar Road, "
                + "killing more than 80 people. In the days that followed, thousands of Hazaras staged a sit-in on the "
                + "road with the coffins.", "2023-01-10");
        Event bombing = only(out, EventType.ASSAULT);
        assertEquals("2013-01-10", bombing.date().orElseThrow());
        assertEquals(Modality.HISTORICAL, bombing.modality());
        assertTrue(out.stream().noneMatch(e -> e.modality() == Modality.ASSERTED), () -> out.toString());
    }

    @Test
    void gunmenWhoBreakIntoABaseAttackItAndScheduledTalksAreStillToCome() {
        Event attack = only(events("NEW DELHI: Gunmen broke into an air force station in Pathankot before dawn on Saturday.",
                "2016-01-04"), EventType.ASSAULT);
        assertEquals("2016-01-02", attack.date().orElseThrow());
        Event talks = only(events("Talks between the foreign secretaries of India and Pakistan are scheduled for Jan. 15 "
                + "in Islamabad.",
                "2016-01-06"), EventType.CONSULT);
        assertEquals(Modality.PLANNED, talks.modality());
        assertEquals("2016-01-15", talks.date().orElseThrow());
    }

    @Test
    void theSiegeEndingNextMorningIsTheSameAttack() {
        List<Event> out = events("Gunmen stormed a bakery in Dhaka on Friday night and took diners hostage, killing 20 "
                + "of them. The siege ended on Saturday morning when army commandos stormed the building.", "2016-07-03");
        assertEquals(1, out.stream().filter(e -> e.type().isViolent()).count(), () -> out.toString());
    }

    @Test
    void whereTheStrikesHitIsWhereTheyHappened() {
        Event e = only(events("Pakistani jets bombed hideouts inside Afghanistan early on Monday, the Taliban said. The "
                + "strikes, at around 3 a.m., hit homes in Barmal district of Paktika province, killing eight people.",
                "2024-03-19"), EventType.FIGHT);
        assertEquals("Paktika", e.location().orElseThrow().admin1().orElseThrow());
    }

    @Test
    void aTollRightAfterASecondAttackIsThatAttacksAndABomberIsNoVictim() {
        List<Event> out = events("A suicide bomber killed 30 people at a rally in Mastung on Friday.\n\nEarlier on "
                + "Friday, a bomb went off near a candidate's convoy in Bannu. At least four people were killed.\n\n"
                + "On Tuesday a suicide bomber killed a party leader and at least 19 others at a meeting in Peshawar. "
                + "The Pakistani Taliban said they carried out that attack.", "2018-07-14");
        Event bannu = out.stream().filter(e -> e.location().map(l -> l.name().equals("Bannu")).orElse(false)).findFirst().orElseThrow();
        assertEquals(4, bannu.killed().orElseThrow().value());
        Event peshawar = out.stream().filter(e -> e.location().map(l -> l.name().equals("Peshawar")).orElse(false)).findFirst().orElseThrow();
        assertEquals(20, peshawar.killed().orElseThrow().value());
        assertTrue(peshawar.attackersKilled().isEmpty(), () -> peshawar.toString());
        assertEquals(ActorStatus.CLAIMED, peshawar.actorStatus().orElseThrow());
    }

    @Test
    void theAgencyInTheDatelineAndASpeakerBehindALongAsideAreSources() {
        Event e = only(events("SRINAGAR, Sept 19 (Reuters) - Militants killed 17 soldiers at an army camp in Uri on Sunday. "
                + "A senior police officer in Srinagar, who spoke on condition of anonymity because he was not allowed to "
                + "brief reporters, said investigators were trying to find where the attackers crossed.", "2016-09-19"),
                EventType.ASSAULT);
        List<String> names = e.sources().stream().map(s -> s.name()).toList();
        assertTrue(names.contains("Reuters"), () -> names.toString());
        assertTrue(names.stream().anyMatch(n -> n.contains("senior police officer")), () -> names.toString());
        assertTrue(names.stream().noneMatch(n -> n.contains("investigators were")), () -> names.toString());
        Event wire = only(events("QUETTA, Aug 8 (wire) - A bomb killed 12 people in Quetta on Monday.", "2016-08-08"),
                EventType.ASSAULT);
        assertTrue(wire.sources().stream().noneMatch(s -> s.name().equalsIgnoreCase("wire")));
    }

    @Test
    void aStrikeIsNotPlacedWhereAVisitGoesNorDatedByADeadline() {
        List<Event> out = events("ISLAMABAD, Jan 23 (wire) - Pakistan and Iran have agreed to send their ambassadors back "
                + "by Friday, and Iran's foreign minister will visit Islamabad next week, easing a crisis set off by "
                + "tit-for-tat strikes on militants last week.", "2024-01-23");
        for (Event e : out) {
            if (e.type() == EventType.FIGHT) {
                assertTrue(e.location().map(l -> !l.name().equals("Islamabad")).orElse(true), () -> e.toString());
                assertTrue(!e.date().orElse("").equals("2024-01-19") && !e.date().orElse("").equals("2024-01-26"),
                        () -> e.toString());
            }
        }
    }

    @Test
    void eachSidesActInAnExchangeBetweenStatesIsItsOwnEvent() {
        List<Event> out = events("India fired missiles at six sites in Pakistan early on Wednesday, killing 26 people, "
                + "the Pakistani military said. Pakistan said its air force shot down five Indian aircraft during the "
                + "night.", "2025-05-07");
        List<Event> fights = out.stream().filter(e -> e.type() == EventType.FIGHT).toList();
        assertEquals(2, fights.size(), () -> out.toString());
        assertTrue(fights.stream().anyMatch(e -> e.actor().flatMap(a -> a.country()).orElse("").equals("PK")), () -> out.toString());
        assertTrue(fights.stream().anyMatch(e -> e.actor().flatMap(a -> a.country()).orElse("").equals("IN")), () -> out.toString());
    }

    @Test
    void talksNamingOnlyTheirPartiesTookPlaceWhereTheReportWasFiled() {
        Event e = only(events("DOHA: Pakistan and Afghanistan agreed early on Sunday to an immediate ceasefire after "
                + "talks between the two countries' delegations, Qatar's foreign ministry said.", "2025-10-19"), EventType.AGREE);
        assertEquals("QA", e.location().orElseThrow().country());
    }

    @Test
    void aCountryBlamedForAnAttackIsNotItsPlace() {
        Event e = only(events("The fighting erupted after explosions in Kabul on October 9 that the Taliban blamed on "
                + "Pakistan.", "2025-10-19"), EventType.ASSAULT);
        assertTrue(e.location().map(l -> !l.country().equals("PK")).orElse(true), () -> e.toString());
    }

    @Test
    void noOneAndAPrepositionalPhraseAreNotSources() {
        Event e = only(events("A car bomb killed 58 people outside a school in Kabul on Saturday. No group has claimed "
                + "the attack. Officials had said on Saturday that 30 were dead. The council said in a statement on "
                + "Monday that it would hold an inquiry.", "2021-05-10"), EventType.ASSAULT);
        List<String> names = e.sources().stream().map(x -> x.name()).toList();
        assertTrue(names.stream().noneMatch(n -> n.startsWith("No ") || n.startsWith("in ") || n.endsWith(" had")),
                () -> names.toString());
    }

    @Test
    void policemenWhoEmbracedMartyrdomOrCameUnderAttackAreVictimsNotDoers() {
        Event e = only(events("Two policemen martyred in Tank IED blast\n\nTANK: Two policemen embraced martyrdom and "
                + "three others were injured when a roadside bomb exploded near their van in Tank on Thursday, police "
                + "said. The van was on patrol when it came under attack.", "2024-07-18"), EventType.ASSAULT);
        assertEquals("bombing", e.mode());
        assertTrue(e.actor().map(a -> !a.kind().equals("police")).orElse(true), () -> e.toString());
        assertEquals(2, e.killed().orElseThrow().value());
    }

    @Test
    void suspectsKilledOrArrestedByForcesAreNotTheSuspectedDoers() {
        Event e = only(events("Security forces killed four suspected Islamic State militants in a raid in Nangarhar "
                + "province on Friday night, provincial officials said.", "2024-08-21"), EventType.FIGHT);
        assertTrue(e.actorStatus().map(st -> st != ActorStatus.SUSPECTED).orElse(true), () -> e.toString());
        assertTrue(e.actor().map(a -> !a.id().orElse("").equals("IS")).orElse(true), () -> e.toString());
    }

    @Test
    void aCeasefireViolationAcrossTheLineOfControlIsAFightBetweenStates() {
        Event e = only(events("Two soldiers were killed when Pakistani troops violated the ceasefire and opened "
                + "unprovoked fire in the Poonch sector on Tuesday, a defence spokesperson said.", "2024-08-21"), EventType.FIGHT);
        assertEquals("ceasefire-violation", e.mode());
        assertEquals("PK", e.actor().orElseThrow().country().orElseThrow());
    }

    @Test
    void aMeetingWithNoOneToMeetIsNotAnEvent() {
        List<Event> out = events("KARACHI: A bomb hit a convoy near the airport on Sunday night, killing two engineers. "
                + "The embassy said its nationals had just arrived in the country.", "2024-10-07");
        assertTrue(out.stream().noneMatch(e -> e.type() == EventType.CONSULT), () -> out.toString());
    }

    @Test
    void anAgreementIsNotDatedByTheOldStrikesItEases() {
        List<Event> out = events("ISLAMABAD: Pakistan and Iran have agreed to return their ambassadors, easing a crisis set "
                + "off by strikes on militants on January 16, the two governments said.", "2024-01-23");
        Event agree = only(out, EventType.AGREE);
        assertTrue(!agree.date().orElse("").equals("2024-01-16"), () -> out.toString());
    }

    @Test
    void aRunningTallyIsNotTheTollAndTheDeadAreNotTheDoers() {
        Event e = only(events("Six Maoists, including two women, were killed in an encounter with security forces in "
                + "Narayanpur district on Tuesday, police said. With this, 181 Maoists have been killed in separate "
                + "encounters in the state so far this year.", "2025-06-04"), EventType.FIGHT);
        assertEquals(6, e.killed().orElseThrow().value());
        assertTrue(e.actor().map(a -> !a.id().orElse("").equals("CPI_MAOIST")).orElse(true), () -> e.toString());
    }

    @Test
    void earlierInTheDayIsTheSameDayAndAnUnnamedDeploymentIsNoEvent() {
        List<Event> out = events("Gunmen shot dead five villagers in Jiribam district on Saturday, police said.\n\nEarlier "
                + "in the day, a drone attack on a village in Bishnupur district injured two women. Security forces have "
                + "been deployed in large numbers in the area.", "2024-09-08");
        assertTrue(out.stream().filter(e -> e.type().isViolent()).allMatch(e -> e.date().orElse("").equals("2024-09-07")),
                () -> out.toString());
        assertTrue(out.stream().noneMatch(e -> e.type() == EventType.MOBILIZE), () -> out.toString());
    }

    @Test
    void partyClashesLeaveTheirDeadAndPoliceDispersalIsItsOwnEvent() {
        List<Event> out = events("DHAKA: Clashes between supporters of two parties left at least three people dead and "
                + "more than 100 injured in the capital on Saturday, police said. Police fired tear gas to disperse "
                + "stone-throwing protesters near the party headquarters.", "2023-10-29");
        Event clash = only(out, EventType.FIGHT);
        assertEquals(3, clash.killed().orElseThrow().value());
        assertTrue(clash.actor().map(a -> !a.kind().equals("police")).orElse(true), () -> out.toString());
        assertEquals(1, out.stream().filter(e -> e.type() == EventType.COERCE).count(), () -> out.toString());
    }

    @Test
    void strikesRalliesAndBlockadesAreProtests() {
        Event e = only(events("Traders observed a shutter-down strike in Quetta on Monday against the killing of a "
                + "shopkeeper.", "2023-05-02"), EventType.PROTEST);
        assertEquals("strike", e.mode());
    }

    @Test
    void armedMenBlockingAHighwayAreAttackingNotProtesting() {
        List<Event> out = events("Gunmen shot dead ten bus passengers near Musakhel on Friday, officials said. Armed men "
                + "had blocked the highway and stopped several vehicles.", "2024-08-26");
        assertTrue(out.stream().noneMatch(e -> e.type() == EventType.PROTEST), () -> out.toString());
    }

    @Test
    void theAttackAProtestIsLodgedOverIsAnEventOfItsOwnAndTheStatementsKeepTheirDay() {
        List<Event> out = events("ISLAMABAD: Pakistan on Tuesday summoned Afghanistan's charge d'affaires and lodged a "
                + "strong protest over the killing of seven soldiers in a cross-border attack from Afghan territory in "
                + "Kurram district on Sunday, the Foreign Office said. The Foreign Office spokesperson said Pakistan "
                + "demanded that the interim Afghan government act against the militants.", "2024-03-19");
        Event attack = only(out, EventType.ASSAULT);
        assertEquals(7, attack.killed().orElseThrow().value());
        assertEquals("2024-03-17", attack.date().orElseThrow());
        assertTrue(attack.actor().map(a -> !"AF".equals(a.country().orElse(""))).orElse(true), () -> attack.toString());
        Event demand = only(out, EventType.REQUEST);
        assertEquals("2024-03-19", demand.date().orElseThrow());
    }

    @Test
    void aFightCountsTheDeadOfBothSidesAndTheSoldiersKilledAreNotItsDoers() {
        Event e = only(events("Two soldiers of the Frontier Corps were martyred while three terrorists were killed in an "
                + "exchange of fire in Kech district on Wednesday night, the military said. Security forces had "
                + "conducted an operation on the reported presence of terrorists.", "2024-05-16"), EventType.FIGHT);
        assertEquals(5, e.killed().orElseThrow().value());
        assertTrue(e.actor().map(a -> !a.name().equals("soldiers")).orElse(true), () -> e.toString());
        assertTrue(e.sources().stream().noneMatch(s -> s.name().contains("conducted")), () -> e.sources().toString());
    }

    @Test
    void thoseAttacksAreOnAreNotTheirDoers() {
        Event e = only(events("Islamic State militants have carried out attacks on Taliban fighters in recent weeks, "
                + "including a bombing at a Kabul mosque on Sunday that killed five people.", "2021-10-09"), EventType.ASSAULT);
        assertTrue(e.actor().map(a -> !a.id().orElse("").equals("AFG_TALIBAN")).orElse(true), () -> e.toString());
    }

    @Test
    void gunmenFromAGroupAreTheGroupsButAnAttackFromACountryIsNotTheCountrys() {
        Event school = only(events("Six gunmen from the Tehreek-e-Taliban Pakistan stormed a school in Peshawar on "
                + "Tuesday, killing 147 people.", "2014-12-17"), EventType.ASSAULT);
        assertEquals("TTP", school.actor().orElseThrow().id().orElseThrow());
    }
}
