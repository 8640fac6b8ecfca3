package org.vigil.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.vigil.text.Segmentation;
import org.vigil.text.Segmenter;
import org.vigil.text.Sentence;
import org.vigil.text.Token;
import org.vigil.text.Tokenizer;

class ActorTaggerTest {
    private static final ActorDictionary DICT = ActorDictionary.loadDefault();
    private static final ActorTagger TAGGER = new ActorTagger(DICT);

    private static List<ActorMention> tag(String text) {
        return tag(text, Optional.empty());
    }

    private static List<ActorMention> tag(String text, Optional<LocalDate> asOf) {
        Segmentation seg = new Segmenter().segment(text);
        List<Token> tokens = new ArrayList<>();
        for (Sentence s : seg.sentences()) {
            tokens.addAll(new Tokenizer().tokenize(text, s.start(), s.end(), s.index()));
        }
        return TAGGER.tag(text, seg.sentences(), tokens, asOf);
    }

    /** "text=ID" for named mentions, "text=kind" for unnamed ones. */
    private static List<String> brief(String text) {
        return brief(tag(text));
    }

    private static List<String> brief(List<ActorMention> mentions) {
        return mentions.stream().map(m -> m.text() + "=" + m.actor().map(Actor::id).orElse(m.kind()))
                .collect(Collectors.toList());
    }

    private static ActorMention only(String text, String surface) {
        return tag(text).stream().filter(m -> m.text().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + surface + "' in " + brief(text)));
    }

    @Test
    void everySpellingOfTheTtpIsTheTtp() {
        for (String name : List.of("Tehreek-e-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", "Pakistani Taliban", "TTP")) {
            assertEquals(List.of(name + "=TTP"), brief("Officers said the " + name + " planned the ambush."),
                    name);
        }
    }

    @Test
    void acronymsMatchOnlyInTheirOwnCase() {
        assertEquals(List.of("IS=IS"), brief("IS said it sent him."));
        assertEquals(List.of(), brief("It is not clear who sent him."));
        assertEquals(List.of("LeJ=LEJ"), brief("LeJ was named in the charge sheet."));
        assertEquals(List.of(), brief("The word lej means nothing here."));
        assertEquals(List.of("US=USA"), brief("The US condemned the blast."));
        assertEquals(List.of(), brief("Let us wait for the figures."));
    }

    @Test
    void itsForcesAreTheForcesOfTheStateNamedBeforeInTheSentence() {
        assertTrue(brief("Pakistan said its air force downed two drones.").contains("its air force=PAK_AIR_FORCE"));
        // a group's "its fighters" is no state body, and a pronoun with no state before it resolves to nothing
        assertTrue(brief("The TTP said its fighters held the post.").stream().noneMatch(m -> m.startsWith("its")));
        assertTrue(brief("The ministry said its army would respond.").stream().noneMatch(m -> m.startsWith("its")));
    }

    @Test
    void aTwoLetterAcronymInAShoutedHeadlineIsNotTrusted() {
        assertTrue(tag("WHO IS BEHIND THE KILLINGS IN KURRAM\n\nThe district has seen months of violence.").stream()
                .noneMatch(m -> m.actor().map(a -> a.id().equals("IS")).orElse(false)));
    }

    @Test
    void aSurnameAloneIsNobodyUntilTheFullNameOrATitle() {
        assertEquals(List.of(), brief("Dar was the name of the village."));
        assertEquals(List.of(), brief("The ruling came from a man called Khan."));
        assertTrue(brief("Imran Khan said his party would march. Khan added that talks had failed.")
                .containsAll(List.of("Imran Khan=person:imran-khan", "Khan=person:imran-khan")));
        assertEquals(List.of("Mr Dar=person:ishaq-dar"), brief("Mr Dar arrived late.", "2025-04-19"));
    }

    private static List<String> brief(String text, String date) {
        return brief(tag(text, Optional.of(LocalDate.parse(date))));
    }

    @Test
    void muttaqiAfterAmirKhanMuttaqiIsTheSameMan() {
        List<String> found = brief("Amir Khan Muttaqi met the envoy on Sunday. Later, Muttaqi told reporters the border "
                + "would reopen.");
        assertTrue(found.contains("Amir Khan Muttaqi=person:amir-khan-muttaqi"), found.toString());
        assertTrue(found.contains("Muttaqi=person:amir-khan-muttaqi"), found.toString());
    }

    @Test
    void aSurnameInsideAnotherNameIsNotTheKnownPerson() {
        List<String> found = brief("Imran Khan spoke first. Then Faisal Karim Khan, a local trader, spoke.");
        assertFalse(found.contains("Khan=person:imran-khan"), found.toString());
    }

    @Test
    void aTitleAndAnUnambiguousSurnameNameThePerson() {
        assertEquals(List.of("General Munir=person:asim-munir"), brief("General Munir visited Wana.", "2024-01-10"));
        assertEquals(List.of("Prime Minister Sharif=person:shehbaz-sharif"),
                brief("Prime Minister Sharif chaired the meeting.", "2024-06-01"));
        assertEquals(List.of("Prime Minister Sharif=person:nawaz-sharif"),
                brief("Prime Minister Sharif chaired the meeting.", "2015-06-01"));
    }

    @Test
    void possessivesLeaveTheNameToMatch() {
        assertEquals("TTP", only("The TTP's spokesman denied it.", "TTP").actor().orElseThrow().id());
        assertEquals("PAK_ARMY", only("Pakistan's army said two soldiers died.", "Pakistan's army").actor().orElseThrow().id());
        assertEquals("PAK_ISPR", only("The army's media wing said five militants were killed.", "army's media wing")
                .actor().orElseThrow().id());
    }

    @Test
    void aFactionOfAGroupIsMarkedAsAFaction() {
        ActorMention m = tag("Police blamed a splinter group of the outlawed Tehreek-e-Taliban Pakistan (TTP) for the blast.")
                .stream().filter(ActorMention::isNamed).findFirst().orElseThrow();
        assertEquals("TTP", m.actor().orElseThrow().id());
        assertTrue(m.faction());
        assertEquals("a splinter group of the outlawed Tehreek-e-Taliban Pakistan (TTP)", m.text());
        assertFalse(only("The banned TTP said it was not involved.", "TTP").faction());
    }

    @Test
    void aBracketedAcronymJoinsItsFullName() {
        assertEquals(List.of("Jamaat-ul-Ahrar (JuA)=JUA"), brief("Jamaat-ul-Ahrar (JuA) sent a statement."));
        assertEquals(List.of("Islamic State (IS)=IS"), brief("Islamic State (IS) named him."));
    }

    @Test
    void membersOfAGroupAreTheGroup() {
        assertEquals("TTP", only("TTP militants stormed the post.", "TTP militants").actor().orElseThrow().id());
        assertEquals("PTI", only("PTI workers blocked the road.", "PTI workers").actor().orElseThrow().id());
    }

    @Test
    void unnamedDoersAndTargetsHaveTheirKinds() {
        assertEquals("armed_group", only("Unidentified gunmen opened fire on a van.", "Unidentified gunmen").kind());
        assertEquals("armed_group", only("A suicide bomber struck the rally.", "suicide bomber").kind());
        assertEquals("police", only("Two policemen were hurt.", "policemen").kind());
        assertEquals("worshippers", only("The blast hit worshippers at the shrine.", "worshippers").kind());
        assertEquals("pilgrims", only("A bus of pilgrims was stopped.", "pilgrims").kind());
        assertEquals("health_workers", only("Polio workers were shot at in Bajaur.", "Polio workers").kind());
        assertEquals("students", only("Students fled the campus.", "Students").kind());
        assertEquals("journalists", only("Two journalists were wounded.", "journalists").kind());
        assertEquals("politicians", only("The election rally was bombed.", "election rally").kind());
        assertFalse(only("Unidentified gunmen opened fire on a van.", "Unidentified gunmen").isNamed());
    }

    @Test
    void aCommunityAndWhoItIsJoinIntoOneTarget() {
        ActorMention m = only("The bomb tore through a market crowded with Hazara shoppers.", "Hazara shoppers");
        assertEquals("ethnic_community", m.kind());
        assertEquals("Hazara community", m.label());
        assertEquals("religious_community", only("Gunmen fired on Ismaili passengers.", "Ismaili passengers").kind());
        assertEquals("religious_community", only("An Ahmadi place of worship was attacked.", "Ahmadi").kind());
    }

    @Test
    void aDemonymAndARoleNameTheCountrysBody() {
        assertEquals("PAK_AIR_FORCE", only("Pakistani warplanes struck the hideouts.", "Pakistani warplanes").actor()
                .orElseThrow().id());
        assertEquals("military", only("Pakistani warplanes struck the hideouts.", "Pakistani warplanes").kind());
        assertEquals("IRN_MIL", only("Iranian border guards fired across the line.", "Iranian border guards").actor()
                .orElseThrow().id());
        assertEquals("IND_MOFA", only("India's foreign ministry issued a note.", "India's foreign ministry").actor()
                .orElseThrow().id());
        assertEquals("IRN_GOV", only("The government of Iran denied it.", "government of Iran").actor().orElseThrow().id());
    }

    @Test
    void afghanOfficialsAreTheRepublicsOrTheTalibansByDate() {
        assertEquals("AFG_REPUBLIC_GOV", tag("Afghan officials denied the claim.", Optional.of(LocalDate.of(2017, 2, 18)))
                .get(0).actor().orElseThrow().id());
        assertEquals("AFG_GOV", tag("Afghan officials denied the claim.", Optional.of(LocalDate.of(2023, 9, 7)))
                .get(0).actor().orElseThrow().id());
        assertEquals("AFG_GOV", tag("Afghan officials denied the claim.").get(0).actor().orElseThrow().id());
    }

    @Test
    void talibanForcesBeforeTheTakeoverAreTheInsurgents() {
        assertEquals("AFG_TALIBAN", tag("Taliban forces overran the district.", Optional.of(LocalDate.of(2016, 9, 1)))
                .get(0).actor().orElseThrow().id());
        assertEquals("AFG_MIL", tag("Taliban forces overran the district.", Optional.of(LocalDate.of(2024, 9, 1)))
                .get(0).actor().orElseThrow().id());
    }

    @Test
    void aForeignNationalityGivesAnUnnamedTargetItsCountry() {
        ActorMention m = only("Five Chinese nationals and their driver were killed.", "Chinese nationals");
        assertFalse(m.isNamed());
        assertEquals("civilians", m.kind());
        assertEquals(Optional.of("CN"), m.country());
    }

    @Test
    void aMinistersTitleCountryAndNameAreOneMention() {
        assertEquals(List.of("Pakistan's Foreign Minister Ishaq Dar=person:ishaq-dar"),
                brief("Pakistan's Foreign Minister Ishaq Dar landed in Kabul."));
        assertEquals(List.of("Afghan Taliban=AFG_TALIBAN", "Pakistani Taliban=TTP"),
                brief("The Afghan Taliban hosted the Pakistani Taliban."));
    }

    @Test
    void capitalsAreLeftToThePlaceTagger() {
        assertEquals(List.of(), brief("Islamabad said the talks were useful."));
    }

    @Test
    void headlinesAreReadButHeadingsAndFootersAreNot() {
        String text = "TTP claims attack on checkpoint\n\nThe group said its men fired on the post at dawn.\n"
                + "Role of the TTP\n\nOfficials gave no figure.\nLeave a Reply";
        List<String> found = brief(text);
        assertEquals("TTP claims attack on checkpoint", text.substring(0, text.indexOf('\n')));
        assertTrue(found.contains("TTP=TTP"), found.toString());
        assertEquals(1, found.stream().filter(s -> s.startsWith("TTP")).count(), found.toString());
    }

    @Test
    void mentionsPointIntoTheText() {
        String text = "Gunmen on motorbikes shot dead a polio worker in Bannu, police said.";
        for (ActorMention m : tag(text)) {
            assertEquals(m.text(), text.substring(m.start(), m.end()));
        }
    }

    @Test
    void indiasMaoistsGoByTheirPartyAndTheirNicknames() {
        assertEquals(List.of("Naxals=CPI_MAOIST", "CRPF jawans=IND_CRPF"),
                brief("Naxals ambushed CRPF jawans near the camp.", "2024-05-10"));
        assertEquals(List.of("Maoists=CPI_MAOIST", "District Reserve Guard=IND_DRG"),
                brief("Maoists fired on a District Reserve Guard team.", "2024-05-10"));
        assertEquals(List.of("CPI (Maoist)=CPI_MAOIST"), brief("The CPI (Maoist) issued a pamphlet."));
        // Nepal's former insurgents are reached by their own party's name, not by the bare nickname
        assertEquals(List.of("Maoist Centre=NPL_MAOIST_CENTRE"), brief("The Maoist Centre left the coalition."));
    }

    @Test
    void kashmirGroupsAndForcesResolve() {
        assertEquals(List.of("The Resistance Front (TRF)=TRF"), brief("The Resistance Front (TRF) claimed it."));
        assertTrue(brief("Police blamed TRF for the killing.").contains("TRF=TRF"));
        assertEquals(List.of("J&K Police=IND_JK_POLICE", "Rashtriya Rifles=IND_RR"),
                brief("J&K Police and the Rashtriya Rifles cordoned off the village."));
        assertEquals(List.of("BLA's Majeed Brigade=BLA_MAJEED"), brief("The BLA's Majeed Brigade said it sent him."));
    }

    @Test
    void namesSharedWithOtherThingsAreLeftOut() {
        // China's army keeps 'PLA'; Manipur's PLA needs its state in the name
        assertEquals(List.of("PLA=CHN_MIL"), brief("The PLA held drills."));
        assertEquals(List.of("PLA of Manipur=PLA_MANIPUR"), brief("The PLA of Manipur claimed the ambush."));
        // a file format, a cricket body and a broadcaster are not Myanmar's or anyone's fighters
        assertEquals(List.of(), brief("Download the PDF of the ICC ruling, CNA reported."));
        assertEquals(List.of("People's Defence Force=PDF_MM"), brief("The People's Defence Force took the town."));
    }

    @Test
    void bangladeshAndMyanmarActorsResolve() {
        assertEquals(List.of("BNP=BNP_BD", "BNP-M=BNP_M"), brief("The BNP in Dhaka and the BNP-M in Quetta both protested."));
        assertEquals(List.of("Rapid Action Battalion (RAB)=BGD_RAB", "JMB members=JMB"),
                brief("The Rapid Action Battalion (RAB) detained three JMB members."));
        assertEquals(List.of("Myanmar junta=MMR_GOV", "Arakan Army=ARAKAN_ARMY"),
                brief("The Myanmar junta lost the town to the Arakan Army.", "2024-03-01"));
        assertEquals(List.of("Tatmadaw troops=MMR_MIL"), brief("Tatmadaw troops shelled the village."));
    }
}
