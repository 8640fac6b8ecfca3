package org.vigil.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.event.Location;
import org.vigil.event.Precision;
import org.vigil.text.Segmentation;
import org.vigil.text.Segmenter;
import org.vigil.text.Sentence;
import org.vigil.text.Token;
import org.vigil.text.Tokenizer;

class PlaceTaggerTest {
    private static PlaceTagger tagger;

    @BeforeAll
    static void load() {
        tagger = new PlaceTagger(Gazetteer.loadDefault());
    }

    private static List<PlaceMention> tag(String text) {
        Segmentation seg = new Segmenter().segment(text);
        List<Token> tokens = new ArrayList<>();
        Tokenizer tokenizer = new Tokenizer();
        for (Sentence s : seg.sentences()) {
            tokens.addAll(tokenizer.tokenize(text, s.start(), s.end(), s.index()));
        }
        return tagger.tag(text, seg.sentences(), tokens, seg.dateline());
    }

    private static Optional<PlaceMention> find(List<PlaceMention> ms, String text) {
        return ms.stream().filter(m -> m.text().equals(text)).findFirst();
    }

    private static PlaceMention only(List<PlaceMention> ms, String text) {
        List<PlaceMention> found = ms.stream().filter(m -> m.text().equals(text)).toList();
        assertEquals(1, found.size(), () -> "expected one mention of " + text + " in " + ms);
        return found.get(0);
    }

    @Test
    void reportFiledFromIslamabadAboutABlastInQuettaNamesBoth() {
        List<PlaceMention> ms = tag("ISLAMABAD: A bomb hidden in a motorcycle went off near a fruit market in Quetta on "
                + "Sunday, killing six people, police said.");
        PlaceMention dateline = only(ms, "ISLAMABAD");
        assertTrue(dateline.why().startsWith("dateline"));
        PlaceMention quetta = only(ms, "Quetta");
        assertEquals("geonames:1167528", quetta.place().id());
        assertEquals(Optional.of("Balochistan"), quetta.place().admin1());
        assertTrue(quetta.isLocation());
    }

    @Test
    void aForeignTownKnownOnlyByAnotherOfItsNamesIsNotTakenForALocalQuarter() {
        // GeoNames lists "Gulshan" among the other names of Tabas in Iran; in a Dhaka story it is Dhaka's Gulshan
        List<PlaceMention> ms = tag("DHAKA: Gunmen stormed a cafe in Gulshan on Friday night, Bangladesh police said.");
        assertTrue(ms.stream().noneMatch(m -> m.place().country().equals("IR")), () -> ms.toString());
    }

    @Test
    void aSmallForeignTownInACountryTheStoryNeverNamesIsNotTaken() {
        // Bagan is a village of Kurram and also a small town in Siberia
        List<PlaceMention> ms = tag("PARACHINAR: Shops in the Bagan area of Kurram district were burnt on Saturday.");
        assertTrue(ms.stream().noneMatch(m -> m.place().country().equals("RU")), () -> ms.toString());
        // a country is named by a province of it as well as by its name
        List<PlaceMention> strike = tag("Jets struck Barmal in Paktika province on Monday.");
        assertTrue(strike.stream().anyMatch(m -> m.text().equals("Barmal") && m.place().country().equals("AF")));
    }

    @Test
    void sistanBaluchestanAsNewsSpellsItIsTheIranianProvince() {
        List<PlaceMention> ms = tag("Gunmen attacked a police station in Sistan-Baluchestan on Saturday.");
        assertTrue(ms.stream().anyMatch(m -> m.text().equals("Sistan-Baluchestan") && m.place().country().equals("IR")),
                () -> ms.toString());
        // Iran has counties; Pakistan, whose border town shares the name, has none
        List<PlaceMention> county = tag("The attack took place in the Gohar Kuh area of Taftan county in Iran.");
        assertTrue(county.stream().noneMatch(m -> m.place().country().equals("PK")), () -> county.toString());
    }

    @Test
    void aCityQuarterCountsOnlyWhereItsCityIsInTheStory() {
        assertTrue(tag("LAHORE: The bomber struck near the swings at Gulshan-e-Iqbal Park on Sunday.").stream()
                .noneMatch(m -> m.place().name().contains("Karachi")));
        assertTrue(tag("KARACHI: Gunmen shot dead a cleric in Gulshan-e-Iqbal on Sunday.").stream()
                .anyMatch(m -> m.text().equals("Gulshan-e-Iqbal") && m.place().name().contains("Karachi")));
    }

    @Test
    void kharTheTownIsInBajaurButHinaRabbaniKharIsAMinister() {
        List<PlaceMention> ms = tag("Former foreign minister Hina Rabbani Khar arrived in Washington on Monday. "
                + "Separately, a roadside bomb hit a police van in Khar, Bajaur district, killing two constables. "
                + "Khar said the visit would focus on trade.");
        List<PlaceMention> khars = ms.stream().filter(m -> m.text().equals("Khar")).toList();
        assertEquals(1, khars.size(), () -> "only the town is a place: " + ms);
        PlaceMention town = khars.get(0);
        assertEquals("vigil:pk-kp-khar", town.place().id());
        assertEquals(Optional.of("Bajaur"), town.place().admin2());
        assertEquals(Optional.of("Khyber Pakhtunkhwa"), town.place().admin1());
        assertTrue(ms.stream().noneMatch(m -> m.text().contains("Rabbani")));
    }

    @Test
    void dIKhanIsDeraIsmailKhanHoweverItIsSpelt() {
        for (String name : List.of("D.I. Khan", "DI Khan", "Dera Ismail Khan")) {
            List<PlaceMention> ms = tag("Gunmen opened fire on a polio team in " + name + " on Wednesday.");
            PlaceMention m = only(ms, name);
            assertEquals("geonames:1180281", m.place().id(), name);
        }
    }

    @Test
    void miramshahNorthWaziristanGetsItsDistrictAndProvince() {
        List<PlaceMention> ms = tag("Militants attacked a security checkpost in Miramshah, North Waziristan, late on Friday.");
        Location loc = Places.toLocation(only(ms, "Miramshah").place());
        assertEquals("PK", loc.country());
        assertEquals(Optional.of("North Waziristan"), loc.admin2());
        assertEquals(Optional.of("Khyber Pakhtunkhwa"), loc.admin1());
        assertEquals(Precision.TOWN, loc.precision());
        PlaceMention district = only(ms, "North Waziristan");
        assertEquals(PlaceKind.DISTRICT, district.place().kind());
    }

    @Test
    void islamabadSaidAndKabulDeniedAreGovernments() {
        List<PlaceMention> ms = tag("Islamabad said the attackers had crossed from Afghanistan. Kabul denied the charge, "
                + "and Beijing urged both sides to show restraint.");
        assertEquals(PlaceMention.Sense.GOVERNMENT, only(ms, "Islamabad").sense());
        assertEquals(PlaceMention.Sense.GOVERNMENT, only(ms, "Kabul").sense());
        assertEquals(PlaceMention.Sense.GOVERNMENT, only(ms, "Beijing").sense());
        assertEquals(PlaceMention.Sense.LOCATION, only(ms, "Afghanistan").sense());
    }

    @Test
    void talksBetweenIslamabadAndTheTtpMediatedByKabulAreBetweenGovernments() {
        List<PlaceMention> ms = tag("Last year, talks between Islamabad and the banned TTP were mediated by Kabul. "
                + "Islamabad has repeatedly asked Kabul to act against the group.");
        assertTrue(ms.stream().filter(m -> m.text().equals("Islamabad") || m.text().equals("Kabul"))
                .allMatch(m -> m.sense() == PlaceMention.Sense.GOVERNMENT), () -> ms.toString());
    }

    @Test
    void capitalsAsDestinationsArePlaces() {
        List<PlaceMention> ms = tag("Delegations will be sent to Tehran and Kabul next week to discuss border security.");
        assertEquals(PlaceMention.Sense.LOCATION, only(ms, "Tehran").sense());
        assertEquals(PlaceMention.Sense.LOCATION, only(ms, "Kabul").sense());
        assertEquals("IR", only(ms, "Tehran").place().country());
    }

    @Test
    void tankDistrictIsAPlaceButATankIsNot() {
        List<PlaceMention> district = tag("Two policemen were shot dead in Tank district on Monday evening.");
        assertEquals(PlaceKind.DISTRICT, only(district, "Tank district").place().kind());
        assertTrue(tag("A tank rolled into the square. Tank shells hit the old fort overnight.").isEmpty());
    }

    @Test
    void monthsWeekdaysAndDemonymsAreNotPlaces() {
        assertTrue(tag("Pakistani and Afghan officials met on Friday in May to discuss Chinese investment.").isEmpty());
    }

    @Test
    void aDistrictNamedWithItsProvinceIsTheDistrict() {
        List<PlaceMention> ms = tag("Hundreds of militants attacked two army posts in the Chitral district of Khyber "
                + "Pakhtunkhwa early on Wednesday.");
        PlaceMention m = only(ms, "Chitral district");
        assertEquals(PlaceKind.DISTRICT, m.place().kind());
        assertEquals(Optional.of("Khyber Pakhtunkhwa"), m.place().admin1());
    }

    @Test
    void oldNamesLeadToTodaysUnits() {
        List<PlaceMention> ms = tag("The army launched an offensive in Bajaur Agency, in what was then the NWFP.");
        assertEquals("Bajaur", only(ms, "Bajaur Agency").place().name());
        assertEquals("Khyber Pakhtunkhwa", only(ms, "NWFP").place().name());
    }

    @Test
    void policeLinesIsPlacedInTheCityTheArticleNames() {
        List<PlaceMention> ms = tag("PESHAWAR: A suicide bomber blew himself up in a mosque inside the Police Lines "
                + "during afternoon prayers.");
        PlaceMention m = only(ms, "Police Lines");
        assertEquals("vigil:pk-kp-peshawar-police-lines", m.place().id());
        assertEquals(PlaceKind.POINT, m.place().kind());
    }

    @Test
    void kandaharAloneIsTheCityNotTheProvince() {
        List<PlaceMention> ms = tag("The Taliban's supreme leader rarely leaves his base in Kandahar.");
        assertEquals(PlaceKind.TOWN, only(ms, "Kandahar").place().kind());
        List<PlaceMention> province = tag("Fighting spread across Kandahar province.");
        assertEquals(PlaceKind.PROVINCE, only(province, "Kandahar province").place().kind());
    }

    @Test
    void aPlaceInsideAPartyNameIsMarkedAsAName() {
        List<PlaceMention> ms = tag("A candidate of the Balochistan Awami Party was among those killed in Mastung.");
        assertEquals(PlaceMention.Sense.NAME, only(ms, "Balochistan").sense());
        assertTrue(only(ms, "Mastung").isLocation());
    }

    @Test
    void surnamesOfPeopleNamedInTheArticleAreNotPlacesLaterOn() {
        List<PlaceMention> ms = tag("Foreign Minister Ishaq Dar arrived in Kabul on Saturday. Dar held talks with his "
                + "counterpart.");
        assertFalse(find(ms, "Dar").isPresent(), () -> ms.toString());
        assertTrue(find(ms, "Kabul").isPresent());
    }

    @Test
    void aTownAfterATitleIsASurname() {
        List<PlaceMention> ms = tag("Ms Khar met Mr Dar in Islamabad, while Home Minister Balochistan stayed in Quetta.");
        assertFalse(find(ms, "Khar").isPresent(), () -> ms.toString());
        assertEquals(PlaceKind.PROVINCE, only(ms, "Balochistan").place().kind());
    }

    @Test
    void anEverydayWordIsAPlaceOnlyWithAPlaceCue() {
        assertTrue(tag("Troops exchanged fire across the Line of Control overnight.").isEmpty());
        List<PlaceMention> ms = tag("Police in Mobile, Alabama, said the suspect had fled.");
        assertEquals("US", only(ms, "Mobile").place().country());
    }

    @Test
    void theSecondSideOfDiplomaticTalksIsAGovernmentToo() {
        List<PlaceMention> ms = tag("Qatar hosted talks between the Taliban and Washington in 2020.");
        assertEquals(PlaceMention.Sense.GOVERNMENT, only(ms, "Washington").sense());
    }

    @Test
    void theArticlesCountryDecidesBetweenNamesakes() {
        List<PlaceMention> pk = tag("KARACHI: Rangers arrested three suspects in Hyderabad on Tuesday. Police in Punjab "
                + "were put on alert.");
        assertEquals("PK", only(pk, "Hyderabad").place().country());
        assertEquals("PK", only(pk, "Punjab").place().country());
        List<PlaceMention> in = tag("NEW DELHI: Police in Hyderabad arrested three men, and Punjab police raided homes "
                + "in Amritsar.");
        assertEquals("IN", only(in, "Hyderabad").place().country());
        assertEquals("IN", only(in, "Punjab").place().country());
    }

    @Test
    void aTownNamedWithItsDistrictPullsTheDistrictNotTheProvince() {
        List<PlaceMention> ms = tag("Militants attacked a checkpoint in Landi Kotal, Khyber, on Monday.");
        assertEquals(PlaceKind.DISTRICT, only(ms, "Khyber").place().kind());
        assertTrue(only(ms, "Landi Kotal").why().contains("in Khyber"));
    }

    @Test
    void coordinatedCapitalsActTogetherButFlightsBetweenThemArePlaces() {
        List<PlaceMention> acting = tag("Islamabad and Kabul have traded accusations over the attack.");
        assertTrue(acting.stream().allMatch(m -> m.sense() == PlaceMention.Sense.GOVERNMENT), () -> acting.toString());
        List<PlaceMention> flights = tag("Flights between Islamabad and Kabul resumed on Monday.");
        assertTrue(flights.stream().allMatch(PlaceMention::isLocation), () -> flights.toString());
        List<PlaceMention> rulers = tag("The talks were hosted by Afghanistan's Taliban rulers.");
        assertEquals(PlaceMention.Sense.GOVERNMENT, only(rulers, "Afghanistan").sense());
    }

    @Test
    void theProvinceInAnOfficeHoldersTitleIsStillAPlace() {
        List<PlaceMention> ms = tag("Governor Khyber Pakhtunkhwa Faisal Karim Kundi visited the injured. Later, "
                + "Kundi said schools in Khyber Pakhtunkhwa would reopen.");
        assertEquals(2, ms.stream().filter(m -> m.text().equals("Khyber Pakhtunkhwa")).count(), () -> ms.toString());
        assertFalse(find(ms, "Kundi").isPresent());
    }
}
