package org.vigil.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActorDictionaryTest {
    private static final ActorDictionary DICT = ActorDictionary.loadDefault();

    private static String id(String name) {
        return DICT.resolve(name).map(Actor::id).orElse("none");
    }

    private static String id(String name, String date) {
        return DICT.resolve(name, Optional.of(LocalDate.parse(date))).map(Actor::id).orElse("none");
    }

    @Test
    void theTtpGoesByManyNames() {
        for (String name : List.of("TTP", "Tehreek-e-Taliban Pakistan", "Pakistani Taliban", "Tehrik-i-Taliban Pakistan",
                "Tehrik-e-Taliban Pakistan", "Tehreek-i-Taliban", "the banned TTP", "Fitna al-Khawarij")) {
            assertEquals("TTP", id(name), name);
        }
    }

    @Test
    void daeshIsTheIslamicStateAndIskpIsItsKhorasanBranch() {
        assertEquals("IS", id("Daesh"));
        assertEquals("IS", id("ISIL"));
        assertEquals("IS", id("Islamic State (Daesh)"));
        assertEquals("ISKP", id("IS-K"));
        assertEquals("ISKP", id("ISIS-K"));
        assertEquals("ISKP", id("Islamic State Khorasan Province"));
        Actor iskp = DICT.byId("ISKP").orElseThrow();
        assertEquals(Optional.of("IS"), iskp.parent());
        assertTrue(DICT.isSameOrFactionOf("ISKP", "IS"));
        assertFalse(DICT.isSameOrFactionOf("IS", "ISKP"));
    }

    @Test
    void factionsBelongToTheirParents() {
        assertTrue(DICT.isSameOrFactionOf("JUA", "TTP"));
        assertTrue(DICT.isSameOrFactionOf("HUA", "TTP"));
        assertTrue(DICT.isSameOrFactionOf("LEJA", "LEJ"));
        assertTrue(DICT.isSameOrFactionOf("BLA_MAJEED", "BLA"));
        assertTrue(DICT.isSameOrFactionOf("AQIS", "AQ"));
        assertTrue(DICT.isSameOrFactionOf("HQN", "AFG_TALIBAN"));
        assertTrue(DICT.isSameOrFactionOf("TTP", "TTP"));
        assertFalse(DICT.isSameOrFactionOf("TTP", "AFG_TALIBAN"), "shared lineage is not a parent link");
        assertFalse(DICT.isSameOrFactionOf("BLA", "BRAS"), "an alliance's members are not its factions");
    }

    @Test
    void goldStylePerpetratorStringsResolveToTheGroup() {
        assertEquals("TTP", id("Tehreek-e-Taliban Pakistan (TTP) commander Umar Mansoor"));
        assertEquals("JUA", id("Jamaat-ul-Ahrar (faction of the TTP)"));
        assertEquals("LEJ", id("Lashkar-e-Jhangvi"));
        assertEquals("person:ishaq-dar", id("Ishaq Dar, Pakistan's Deputy Prime Minister and Foreign Minister"));
        assertEquals("none", id("unidentified gunmen"));
        assertEquals("armed_group", DICT.resolveMention("unidentified gunmen", Optional.empty()).orElseThrow().kind());
    }

    @Test
    void aStateBodyNamedThroughItsCountryResolvesToThatBody() {
        assertEquals("PAK_ARMY", id("Pakistan army"));
        assertEquals("PAK_MIL", id("Pakistani security forces"));
        assertEquals("CHN_MOFA", id("China's foreign ministry"));
        assertEquals("AFG_MOD", id("Afghanistan's defence ministry (Taliban)"));
        assertEquals("IRN_GOV", id("government of Iran"));
        assertTrue(DICT.isSameOrFactionOf("AFG_MOD", "AFG_TALIBAN"));
        assertTrue(DICT.isSameOrFactionOf("PAK_AIR_FORCE", "PAK"));
        assertTrue(DICT.isSameOrFactionOf("PAK_ISPR", "PAK_MIL"));
    }

    @Test
    void capitalsStandForTheirGovernments() {
        Actor pak = DICT.byId("PAK").orElseThrow();
        assertTrue(pak.capitals().contains("Islamabad"));
        assertEquals("PAK_GOV", DICT.governmentOfCapital("Islamabad", Optional.empty()).orElseThrow().id());
        assertEquals("PAK_GOV", id("Islamabad"));
        assertEquals("IRN_GOV", id("Tehran"));
        assertEquals("IND_GOV", id("New Delhi"));
        assertEquals("CHN_GOV", id("Beijing"));
        assertEquals("USA_GOV", id("Washington"));
        assertEquals("RUS_GOV", id("Moscow"));
    }

    @Test
    void kabulIsTheRepublicBeforeAugust2021AndTheTalibanAfter() {
        assertEquals("AFG_REPUBLIC_GOV", id("Kabul", "2016-01-20"));
        assertEquals("AFG_GOV", id("Kabul", "2023-02-01"));
        assertEquals("AFG_GOV", id("Kabul"));
        Actor iea = DICT.byId("AFG_GOV").orElseThrow();
        assertEquals(Optional.of("AFG_TALIBAN"), iea.parent());
        assertTrue(DICT.isSameOrFactionOf("AFG_GOV", "AFG_TALIBAN"));
        assertTrue(DICT.isSameOrFactionOf("AFG_GOV", "AFG"));
        assertFalse(DICT.isSameOrFactionOf("AFG_REPUBLIC_GOV", "AFG_TALIBAN"));
        assertEquals("AFG_GOV", id("Islamic Emirate"));
        assertEquals("AFG_GOV", id("interim Afghan government"));
        assertEquals("AFG_GOV", id("Taliban administration"));
    }

    @Test
    void muttaqiSpeaksForTheTalibanGovernment() {
        Actor muttaqi = DICT.byId("person:amir-khan-muttaqi").orElseThrow();
        assertTrue(muttaqi.isPerson());
        Actor org = DICT.actingFor(muttaqi, Optional.of(LocalDate.of(2023, 2, 1))).orElseThrow();
        assertEquals("AFG_MOFA", org.id());
        assertTrue(DICT.isSameOrFactionOf(org, DICT.byId("AFG_TALIBAN").orElseThrow()));
        assertTrue(DICT.isSameOrFactionOf("person:amir-khan-muttaqi", "AFG_TALIBAN"));
    }

    @Test
    void officeHoldersActForTheOfficeTheyHeldThatDay() {
        Actor dar = DICT.byId("person:ishaq-dar").orElseThrow();
        assertEquals("PAK_MOFA", DICT.actingFor(dar, Optional.of(LocalDate.of(2025, 4, 19))).orElseThrow().id());
        assertEquals("PAK_GOV", DICT.actingFor(dar, Optional.of(LocalDate.of(2015, 1, 1))).orElseThrow().id());
        Actor mujahid = DICT.byId("person:zabihullah-mujahid").orElseThrow();
        assertEquals("AFG_TALIBAN", DICT.actingFor(mujahid, Optional.of(LocalDate.of(2019, 5, 1))).orElseThrow().id());
        assertEquals("AFG_GOV", DICT.actingFor(mujahid, Optional.of(LocalDate.of(2022, 5, 1))).orElseThrow().id());
        Actor nawaz = DICT.byId("person:nawaz-sharif").orElseThrow();
        assertTrue(nawaz.offices().stream().anyMatch(o -> o.title().equals("Prime Minister of Pakistan")
                && o.period().contains(LocalDate.of(2015, 5, 14))));
        assertFalse(nawaz.offices().stream().anyMatch(o -> o.period().contains(LocalDate.of(2020, 1, 1))));
    }

    @Test
    void pakistansOfficeHoldersSince2008AreThere() {
        for (String id : List.of("person:asif-ali-zardari", "person:mamnoon-hussain", "person:arif-alvi",
                "person:yousaf-raza-gilani", "person:raja-pervaiz-ashraf", "person:nawaz-sharif",
                "person:shahid-khaqan-abbasi", "person:imran-khan", "person:shehbaz-sharif",
                "person:shah-mehmood-qureshi", "person:khawaja-asif", "person:bilawal-bhutto-zardari", "person:ishaq-dar",
                "person:rehman-malik", "person:chaudhry-nisar-ali-khan", "person:mohsin-naqvi",
                "person:ashfaq-parvez-kayani", "person:raheel-sharif", "person:qamar-javed-bajwa", "person:asim-munir")) {
            Actor p = DICT.byId(id).orElseThrow(() -> new AssertionError(id));
            assertFalse(p.offices().isEmpty(), id);
            assertTrue(p.offices().stream().allMatch(o -> o.period().from().isPresent()), id + " needs start dates");
        }
    }

    @Test
    void theTwoJundallahsAreToldApartByDateAndName() {
        assertEquals("JUNDALLAH_PK", id("Jundallah", "2015-05-14"));
        assertEquals("JUNDALLAH_PK", id("Jundallah"));
        assertEquals("JUNDALLAH_IR", id("Iranian Jundallah"));
        assertEquals("JAA", id("Jaish al-Adl"));
    }

    @Test
    void theRegionsStatesHaveTheirBodies() {
        for (String code : List.of("PK", "AF", "IN", "IR", "CN", "US", "GB", "RU", "SA", "AE", "QA", "TR", "TJ", "UZ",
                "TM", "BD", "LK", "NP")) {
            assertTrue(DICT.state(code).isPresent(), code);
            for (String role : List.of("government", "foreign_ministry", "interior_ministry", "military", "army",
                    "air_force", "police")) {
                Actor body = DICT.body(code, role, Optional.empty()).orElseThrow(() -> new AssertionError(code + " " + role));
                assertEquals(Optional.of(code), body.country());
            }
        }
        assertTrue(DICT.byId("UN").isPresent());
        assertEquals("PAK_ISI", DICT.body("PK", "intelligence", Optional.empty()).orElseThrow().id());
        for (String id : List.of("PAK_FC", "PAK_CTD", "PAK_LEVIES", "PAK_RANGERS", "PAK_ISPR")) {
            assertEquals(Optional.of("PK"), DICT.byId(id).orElseThrow().country(), id);
        }
    }

    @Test
    void pakistansPartiesArePoliticalParties() {
        for (String p : List.of("PTI", "PML-N", "PPP", "ANP", "JUI-F", "Jamaat-e-Islami", "MQM", "Balochistan Awami Party",
                "TLP", "PTM")) {
            Actor a = DICT.resolve(p).orElseThrow(() -> new AssertionError(p));
            assertEquals("political_party", a.kind(), p);
        }
    }

    @Test
    void kindsKnowWhichAreArmedForces() {
        assertTrue(DICT.isArmed("police"));
        assertTrue(DICT.isArmed("armed_group"));
        assertTrue(DICT.isArmed("military"));
        assertFalse(DICT.isArmed("worshippers"));
        assertFalse(DICT.isArmed("government"));
        assertTrue(DICT.isStateKind("government"));
        for (Actor a : DICT.actors()) {
            assertTrue(DICT.kinds().containsKey(a.kind()), a.id() + ": " + a.kind());
        }
    }

    @Test
    void everyDataFileIsVersioned() {
        for (String file : List.of("kinds.tsv", "roles.tsv", "cues.tsv", "generic.tsv", "countries.json",
                "organisations.json", "people.json")) {
            assertTrue(DICT.version().contains(file + " 1"), DICT.version());
        }
    }

    @Test
    void aReloadIsQuick() {
        long start = System.nanoTime();
        ActorDictionary again = DictionaryLoader.loadBundled();
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(DICT.actors().size(), again.actors().size());
        // generous: a warm reload takes some 20 ms; this only catches an accidental blow-up
        assertTrue(ms < 1000, "reloading the dictionary took " + ms + " ms");
    }

    @Test
    void aDataMistakeIsReportedWithTheEntry() throws java.io.IOException {
        String good;
        try (java.io.InputStream in = ActorDictionary.class.getResourceAsStream("organisations.json")) {
            good = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String bad = good.replace("\"actors\": [", "\"actors\": [{\"id\": \"X\", \"name\": \"X\", \"kind\": "
                + "\"armed_group\", \"parent\": \"NOPE\", \"aliases\": []},");
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> DictionaryLoader.load(name -> name.equals("organisations.json")
                        ? new java.io.ByteArrayInputStream(bad.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        : ActorDictionary.class.getResourceAsStream(name)));
        assertTrue(e.getMessage().contains("actor X") && e.getMessage().contains("NOPE"), e.getMessage());
    }

    @Test
    void factionsAndBranchesOfTheRegionsNewerGroupsKnowTheirParents() {
        assertTrue(DICT.isSameOrFactionOf("ULFA_I", "ULFA"));
        assertTrue(DICT.isSameOrFactionOf("NSCN_IM", "NSCN"));
        assertFalse(DICT.isSameOrFactionOf("NSCN_IM", "NSCN_K"), "the two Naga factions are rivals, not one group");
        assertTrue(DICT.isSameOrFactionOf("PLGA", "CPI_MAOIST"));
        assertTrue(DICT.isSameOrFactionOf("ABT", "AQ"), "Ansar al-Islam calls itself AQIS's Bangladesh branch");
        assertFalse(DICT.isSameOrFactionOf("ARAKAN_ARMY", "BROTHERHOOD_ALLIANCE"), "an alliance's members are not its factions");
        assertEquals("ABT", id("Ansar al-Islam"));
        assertEquals("NSCN_IM", id("NSCN (IM)"));
        assertEquals("ULFA_I", id("ULFA-I"));
        assertEquals("CPI_MAOIST", id("Naxalites"));
        assertTrue(DICT.isSameOrFactionOf("IND_COBRA", "IND"));
        assertTrue(DICT.isSameOrFactionOf("MMR_MIL", "MMR"));
    }

    @Test
    void theNeighboursOfficeHoldersActForTheirOffices() {
        assertEquals("IND_ARMY", acting("person:bipin-rawat", "2018-06-01"));
        assertEquals("IND_MIL", acting("person:bipin-rawat", "2021-06-01"));
        assertEquals("PAK_KP_GOV", acting("person:ali-amin-gandapur", "2024-06-01"));
        assertEquals("PAK_MOD", acting("person:pervez-khattak", "2020-01-01"));
        assertEquals("PAK_BALOCHISTAN_GOV", acting("person:jam-kamal-khan", "2019-01-01"));
        assertEquals("IND_JK_GOV", acting("person:manoj-sinha", "2023-01-01"));
        assertEquals("MMR_GOV", acting("person:min-aung-hlaing", "2023-01-01"));
        assertEquals("MMR_MIL", acting("person:min-aung-hlaing", "2018-01-01"));
        assertEquals("IRN_IRGC", acting("person:hossein-salami", "2022-01-01"));
        assertTrue(DICT.isSameOrFactionOf("person:paresh-baruah", "ULFA"));
    }

    private static String acting(String person, String date) {
        Actor p = DICT.byId(person).orElseThrow(() -> new AssertionError(person));
        return DICT.actingFor(p, Optional.of(LocalDate.parse(date))).map(Actor::id).orElse("none");
    }
}
