package org.vigil.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.event.Acled;
import org.vigil.event.EventType;

class OntologyTest {
    private final Ontology ontology = Ontology.standard();

    private Mode mode(String name) {
        return ontology.mode(name).orElseThrow(() -> new AssertionError("no mode " + name));
    }

    @Test
    void everyEventTypeHasModesAndExactlyOneDefault() {
        for (EventType t : EventType.values()) {
            assertFalse(ontology.modes(t).isEmpty(), t + " has no modes");
            assertEquals(1, ontology.modes(t).stream().filter(Mode::isDefault).count(), t.name());
            assertEquals(t, ontology.defaultMode(t).type());
        }
    }

    @Test
    void modeNamesAreUniqueAndHyphenated() {
        Set<String> names = new HashSet<>();
        for (Mode m : ontology.modes()) {
            assertTrue(names.add(m.name()), "duplicate " + m.name());
            assertTrue(m.name().matches("[a-z]+(-[a-z]+)*"), m.name());
        }
    }

    @Test
    void cameoCodesSitUnderTheRightRoots() {
        assertEquals("1831", mode("suicide-bombing").cameo());
        assertEquals("18", mode("suicide-bombing").cameoRoot());
        assertEquals("19", mode("airstrike").cameoRoot());
        assertEquals("04", ontology.cameoRoot(EventType.CONSULT));
        assertEquals("042", mode("visit").cameo());
        assertEquals("10", mode("demand").cameoRoot());
        assertEquals("02", mode("appeal").cameoRoot());
        assertEquals("11", ontology.cameoRoot(EventType.ACCUSE));
        assertEquals("13", ontology.cameoRoot(EventType.THREATEN));
        assertEquals("14", ontology.cameoRoot(EventType.PROTEST));
        assertEquals("17", mode("arrest").cameoRoot());
        assertEquals("16", ontology.cameoRoot(EventType.SANCTION));
        assertEquals("15", ontology.cameoRoot(EventType.MOBILIZE));
        assertEquals("01", mode("denial").cameoRoot());
        assertEquals("20", mode("mass-killing").cameoRoot());
    }

    @Test
    void violentModesKeepToTheirRoots() {
        for (Mode m : ontology.modes(EventType.FIGHT)) {
            assertEquals("19", m.cameoRoot(), m.name());
        }
        for (Mode m : ontology.modes(EventType.ASSAULT)) {
            assertTrue(m.cameoRoot().equals("18") || m.cameoRoot().equals("20"), m.name());
            assertTrue(m.gtdAttackType().isPresent(), m.name() + " needs a GTD attack type");
        }
    }

    @Test
    void gtdAttackTypesAreGtdsOwnNames() {
        Set<String> gtd = Set.of("Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking",
                "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)", "Facility/Infrastructure Attack",
                "Unarmed Assault", "Unknown");
        for (Mode m : ontology.modes()) {
            m.gtdAttackType().ifPresent(g -> assertTrue(gtd.contains(g), m.name() + ": " + g));
        }
        assertEquals(Optional.of("Hostage Taking (Kidnapping)"), mode("abduction").gtdAttackType());
    }

    @Test
    void acledTypesAreAcledsOwnNames() {
        Set<String> subTypes = Set.of("Battles: Armed clash", "Battles: Government regains territory",
                "Battles: Non-state actor overtakes territory", "Explosions/Remote violence: Chemical weapon",
                "Explosions/Remote violence: Air/drone strike", "Explosions/Remote violence: Suicide bomb",
                "Explosions/Remote violence: Shelling/artillery/missile attack",
                "Explosions/Remote violence: Remote explosive/landmine/IED", "Explosions/Remote violence: Grenade",
                "Violence against civilians: Sexual violence", "Violence against civilians: Attack",
                "Violence against civilians: Abduction/forced disappearance", "Protests: Peaceful protest",
                "Protests: Protest with intervention", "Protests: Excessive force against protesters",
                "Riots: Violent demonstration", "Riots: Mob violence", "Strategic developments: Agreement",
                "Strategic developments: Arrests", "Strategic developments: Change to group/activity",
                "Strategic developments: Disrupted weapons use",
                "Strategic developments: Headquarters or base established",
                "Strategic developments: Looting/property destruction",
                "Strategic developments: Non-violent transfer of territory", "Strategic developments: Other");
        for (Mode m : ontology.modes()) {
            for (Optional<Acled> a : java.util.List.of(m.acled(), m.acledAlternative())) {
                a.ifPresent(x -> assertTrue(subTypes.contains(x.eventType() + ": " + x.subEventType()), m.name()));
            }
        }
    }

    @Test
    void suicideBombingIsASuicideBombWhoeverTheTarget() {
        Acled suicide = new Acled("Explosions/Remote violence", "Suicide bomb");
        assertEquals(Optional.of(suicide), mode("suicide-bombing").acled(false, true));
        assertEquals(Optional.of(suicide), mode("suicide-bombing").acled(false, false));
    }

    @Test
    void gunmenFiringOnACheckpointIsABattleButOnABusAnAttack() {
        Mode armed = mode("armed attack");
        assertEquals(Optional.of(new Acled("Battles", "Armed clash")), armed.acled(false, true));
        assertEquals(Optional.of(new Acled("Violence against civilians", "Attack")), armed.acled(false, false));
    }

    @Test
    void aTownTakenByTheArmyIsRegainedTerritory() {
        Mode capture = mode("territory-capture");
        assertEquals("Government regains territory", capture.acled(true, true).orElseThrow().subEventType());
        assertEquals("Non-state actor overtakes territory", capture.acled(false, true).orElseThrow().subEventType());
    }

    @Test
    void diplomacyHasNoAcledCoding() {
        assertTrue(mode("visit").acled(true, false).isEmpty());
        assertTrue(mode("phone-call").acled(true, false).isEmpty());
    }

    @Test
    void modesAreFoundByTheNamesAnalystsUse() {
        assertEquals("suicide-bombing", mode("Suicide attack").name());
        assertEquals("suicide-bombing", mode("suicide bombing").name());
        assertEquals("visit", mode("visit/meeting").name());
        assertEquals("bombing", mode("IED").name());
        assertEquals("raid", mode("raids").name());
        assertEquals("demand", mode("demand to hand over militants").name());
        assertEquals("rebuke", mode("warning / rebuke").name());
        assertEquals("ceasefire", mode("ceasefire extension").name());
        assertEquals("retaliation-threat", mode("retaliation").name());
        assertTrue(ontology.mode("no comment").isEmpty());
    }

    @Test
    void anUnknownModeFallsBackToTheTypesDefault() {
        assertEquals("attack", ontology.modeOrDefault(EventType.ASSAULT, "something odd").name());
        assertEquals("meeting", ontology.modeOrDefault(EventType.CONSULT, "suicide bombing").name());
        assertEquals("talks", ontology.modeOrDefault(EventType.CONSULT, "talks").name());
    }

    @Test
    void aModeNameUsedTwiceIsRefused() {
        String data = "type\tmode\tdefault\tcameo\tgtd\tacled\tacled_alt\talt_when\tsynonyms\tdescription\n"
                + "CONSULT\tvisit\t*\t042\t-\t-\t-\t-\tmeeting\tA visit.\n"
                + "CONSULT\tmeeting\t-\t040\t-\t-\t-\t-\t-\tA meeting.\n";
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> Ontology.load(new StringReader(data)));
        assertTrue(e.getMessage().contains("meeting"), e.getMessage());
    }

    @Test
    void theDataFileIsVersioned() {
        assertEquals("1", ontology.version());
    }
}
