package org.vigil.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.event.Location;
import org.vigil.event.Precision;

class GazetteerTest {
    private static Gazetteer g;

    @BeforeAll
    static void load() {
        g = Gazetteer.loadDefault();
    }

    @Test
    void countriesAreFoundByCodeNameAndPossessive() {
        assertEquals("iso:PK", g.country("PK").orElseThrow().id());
        assertEquals("iso:PK", g.country("Pakistan").orElseThrow().id());
        assertEquals("iso:AF", g.country("Afghanistan's").orElseThrow().id());
        assertEquals("iso:GB", g.country("Britain").orElseThrow().id());
        assertFalse(g.country("Pakistani").isPresent());
    }

    @Test
    void provincesCarryTheirOfficialNames() {
        assertEquals("Islamabad Capital Territory", g.province("PK", "Islamabad Capital Territory").orElseThrow().name());
        assertEquals("Khyber Pakhtunkhwa", g.province("PK", "NWFP").orElseThrow().name());
        assertEquals("Wardak", g.province("AF", "Maidan Wardak").orElseThrow().name());
    }

    @Test
    void candidatesPutTheLikelyPlaceFirst() {
        Place peshawar = g.candidates("Peshawar").get(0);
        assertEquals("geonames:1168197", peshawar.id());
        assertEquals(Optional.of("Khyber Pakhtunkhwa"), peshawar.admin1());
        assertEquals(g.byId("geonames:1168197").orElseThrow(), peshawar);
        assertEquals("Khyber Pakhtunkhwa", g.byId("geonames-admin1:PK.03").orElseThrow().name());
        assertEquals("Bajaur", g.byId("geonames-admin2:PK.03.1183781").orElseThrow().name());
        assertTrue(g.byId("geonames-admin1:XX.99").isEmpty());
        assertTrue(g.candidates("Nowhere-in-particular-xyz").isEmpty());
    }

    @Test
    void aTownBecomesAnEventLocationWithDistrictAndProvince() {
        Location loc = Places.toLocation(g.byId("vigil:pk-kp-mir-ali").orElseThrow());
        assertEquals("Mir Ali", loc.name());
        assertEquals(Optional.of("North Waziristan"), loc.admin2());
        assertEquals(Optional.of("Khyber Pakhtunkhwa"), loc.admin1());
        assertEquals("PK", loc.country());
        assertEquals(Precision.TOWN, loc.precision());
        assertEquals(Optional.of("vigil:pk-kp-mir-ali"), loc.gazetteerId());
    }

    @Test
    void aDistrictIsItsOwnAdmin2AndAProvinceItsOwnAdmin1() {
        Place bajaur = g.candidates("Bajaur District").get(0);
        Location d = Places.toLocation(bajaur);
        assertEquals(Precision.DISTRICT, d.precision());
        assertEquals(Optional.of("Bajaur"), d.admin2());
        assertEquals(Optional.of("Khyber Pakhtunkhwa"), d.admin1());
        Location p = Places.toLocation(g.province("AF", "Paktika").orElseThrow());
        assertEquals(Precision.PROVINCE, p.precision());
        assertEquals(Optional.of("Paktika"), p.admin1());
    }

    @Test
    void containmentFollowsTheAdminTree() {
        Place khar = g.byId("vigil:pk-kp-khar").orElseThrow();
        Place bajaur = g.candidates("Bajaur District").get(0);
        Place kp = g.province("PK", "Khyber Pakhtunkhwa").orElseThrow();
        Place pk = g.country("PK").orElseThrow();
        Place quetta = g.byId("geonames:1167528").orElseThrow();
        Place hazaraTown = g.byId("vigil:pk-ba-hazara-town").orElseThrow();
        assertTrue(Places.isWithin(khar, bajaur));
        assertTrue(Places.isWithin(khar, kp));
        assertTrue(Places.isWithin(bajaur, kp));
        assertTrue(Places.isWithin(khar, pk));
        assertTrue(Places.isWithin(hazaraTown, quetta));
        assertFalse(Places.isWithin(quetta, kp));
        assertFalse(Places.isWithin(kp, khar));
    }

    @Test
    void distancesAreGreatCircleKilometres() {
        Place peshawar = g.byId("geonames:1168197").orElseThrow();
        Place islamabad = g.byId("geonames:1176615").orElseThrow();
        double d = Places.distanceKm(peshawar, islamabad);
        assertTrue(d > 130 && d < 150, "Peshawar-Islamabad is about 140 km as the crow flies, got " + d);
    }

    @Test
    void everySupplementRowHasAPointInsideItsCountry() {
        // the supplement's points must lie within a few hundred km of their country's representative point
        for (String id : new String[] {"vigil:pk-kp-khar", "vigil:pk-sd-safoora-chowrangi", "vigil:af-ka-dasht-e-barchi"}) {
            Place p = g.byId(id).orElseThrow();
            Place c = g.country(p.country()).orElseThrow();
            assertTrue(Places.distanceKm(p, c) < 1500, id);
        }
    }

    @Test
    void everyAliasRowOfTheSupplementNamesThePlaceItsIdPointsTo() throws Exception {
        // checked here rather than at start-up: comparing names with diacritics needs the slow Unicode tables
        try (var in = Gazetteer.class.getResourceAsStream("/org/vigil/geo/supplement.tsv")) {
            for (String[] r : Gazetteer.rows(in)) {
                if (r[1].equals("alias")) {
                    Place p = g.byId(r[0]).orElseThrow(() -> new AssertionError("no place " + r[0]));
                    assertEquals(GazetteerFile.key(r[2]), GazetteerFile.key(p.name()), r[0]);
                }
            }
        }
    }
}
