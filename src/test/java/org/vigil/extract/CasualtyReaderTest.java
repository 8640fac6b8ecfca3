package org.vigil.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.event.Qualifier;
import org.vigil.text.Token;
import org.vigil.text.Tokenizer;

class CasualtyReaderTest {
    private static final Lexicon LEX = Lexicon.loadDefault();
    private final CasualtyReader reader = new CasualtyReader(LEX);

    private List<Casualty> read(String s) {
        List<Token> t = new Tokenizer().tokenize(s, 0, s.length(), 0);
        return reader.read(t, 0, t.size());
    }

    private static Casualty killed(List<Casualty> cs) {
        return cs.stream().filter(c -> !c.injured()).findFirst().orElseThrow();
    }

    private static Casualty injured(List<Casualty> cs) {
        return cs.stream().filter(Casualty::injured).findFirst().orElseThrow();
    }

    @Test
    void figureBeforeVerbWithQualifier() {
        Casualty c = killed(read("At least 31 passengers were killed when the train was bombed."));
        assertEquals(31, c.count().value());
        assertEquals(Qualifier.AT_LEAST, c.count().qualifier());
    }

    @Test
    void verbBeforeFigure() {
        List<Casualty> cs = read("A bomb ripped through the bazaar, killing 12 people and injuring more than 40.");
        assertEquals(12, killed(cs).count().value());
        assertEquals(40, injured(cs).count().value());
        assertEquals(Qualifier.OVER, injured(cs).count().qualifier());
    }

    @Test
    void numbersInWordsAndDozens() {
        List<Casualty> cs = read("Eleven people died and two dozen others were hurt in the fire.");
        assertEquals(11, killed(cs).count().value());
        assertEquals(24, injured(cs).count().value());
    }

    @Test
    void parenthesisBetweenNounAndVerbIsSkipped() {
        Casualty c = killed(read("Nine people, including four children, were killed in the strike."));
        assertEquals(9, c.count().value());
    }

    @Test
    void partsOfAWholeAreNotTolls() {
        List<Casualty> cs = read("The gunmen killed 17 people, including 6 policemen.");
        assertEquals(1, cs.stream().filter(c -> !c.injured()).count());
        assertEquals(17, killed(cs).count().value());
    }

    @Test
    void revisedTollIsMarkedAsUpdate() {
        Casualty c = killed(read("The death toll from Tuesday's blast at the wedding hall in the old city rose to 61."));
        assertEquals(61, c.count().value());
        assertTrue(c.update());
    }

    @Test
    void attackersAreCountedApart() {
        Casualty c = killed(read("Security forces said 5 militants were killed in the exchange."));
        assertTrue(c.attackers());
    }

    @Test
    void namedVictimAlongWithOthersIsAddedToTheToll() {
        Casualty c = killed(read("The district mayor Ali Shah along with 9 persons embraced martyrdom in the blast."));
        assertEquals(10, c.count().value());
    }

    @Test
    void sumOfPartsBeforeTheVerb() {
        Casualty c = killed(read("Three engineers and their driver were killed."));
        assertEquals(4, c.count().value());
    }

    @Test
    void vagueQuantitiesAreNotFigures() {
        assertTrue(read("Dozens of people were wounded.").isEmpty());
    }

    @Test
    void pluralNounsOutsideTheListsStillCount() {
        Casualty c = killed(read("Three Hindu jewellers were shot dead in their shop."));
        assertEquals(3, c.count().value());
    }

    @Test
    void sumOfPartsWithAModifier() {
        Casualty c = killed(read("Two Japanese engineers and their local interpreter were killed."));
        assertEquals(3, c.count().value());
    }

    @Test
    void theDayOfADateIsNotAToll() {
        String s = "A bomb went off in Kohat on January 30, killing two people.";
        List<Token> t = new Tokenizer().tokenize(s, 0, s.length(), 0);
        var dates = new org.vigil.time.DateTagger().tag(t, 0, t.size(), java.util.Optional.of(java.time.LocalDate.of(2023, 2, 1)), false);
        List<Casualty> cs = reader.read(t, 0, t.size(), dates);
        assertEquals(1, cs.size(), cs::toString);
        assertEquals(2, killed(cs).count().value());
    }

    @Test
    void otherPeopleKilledAddTheVictimNamedBefore() {
        assertEquals(13, killed(read("The candidate and 12 other people were killed in the blast.")).count().value());
        // among the hurt, "others" are not one more
        assertEquals(2, injured(read("One guard was killed and two others were wounded.")).count().value());
    }

    @Test
    void aFigureStatedForTheDeadAndTheWoundedIsNotARevision() {
        List<Casualty> cs = read("Officials had put the dead at 31 and the wounded at 88.");
        assertEquals(31, killed(cs).count().value());
        assertEquals(88, injured(cs).count().value());
        assertTrue(cs.stream().noneMatch(Casualty::update));
    }

    @Test
    void oneOfAKindNamedInTheSingular() {
        assertEquals(1, killed(read("One sailor was killed in the assault.")).count().value());
    }

    @Test
    void onePersonToldWithoutAFigureCountsAsOne() {
        assertEquals(1, killed(read("A policeman was shot dead outside his home.")).count().value());
        assertEquals(1, killed(read("Gunmen on a motorcycle killed a local journalist.")).count().value());
        assertEquals(1, killed(read("Rahim Gul, a retired teacher, was gunned down near the bazaar.")).count().value());
        assertEquals(1, killed(read("The president of the traders' union was shot dead at his shop.")).count().value());
        assertEquals(1, injured(read("He was wounded in the leg.")).count().value());
        assertEquals(11, killed(read("All ten constables and their civilian driver were killed.")).count().value());
        assertEquals(7, killed(read("Seven members of the security forces were killed.")).count().value());
        assertEquals(3, killed(read("Militants raided the post, resulting in the martyrdom of three soldiers.")).count().value());
        assertEquals(22, killed(read("It said 22 people, 12 of its staff and 10 patients, among them three children, "
                + "had been killed.")).count().value());
    }

    @Test
    void noOneAndThingsAreNotVictims() {
        assertTrue(read("No one was hurt in the explosion.").isEmpty());
        assertEquals(5, killed(read("A bomb killed five people at the market.")).count().value());
        assertTrue(read("A truck was damaged and a shop was set on fire.").isEmpty());
        // "and a policeman" is a part of the count before it, not a count of its own
        List<Casualty> cs = read("Two soldiers and a policeman were killed.");
        assertEquals(1, cs.size());
        assertEquals(3, cs.get(0).count().value());
    }

    @Test
    void aTallyOverAPeriodIsNoTollButARankedAttackStillCounts() {
        List<Casualty> cs = read("A bomb killed five soldiers, bringing the number of troops killed in the district this "
                + "year to 64.");
        assertEquals(1, cs.size());
        assertEquals(5, cs.get(0).count().value());
        assertTrue(read("More than 1,000 people have died in militant attacks in the province this year.").isEmpty());
        assertEquals(12, killed(read("The blast left 12 dead.")).count().value());
        assertEquals(2, killed(read("A vaccinator and a policeman escorting him were shot dead.")).count().value());
        assertEquals(3, killed(read("Clashes left at least three people dead.")).count().value());
        assertEquals(20, killed(read("A bomber killed 20 people in the worst attack in the city this year.")).count().value());
    }
}
