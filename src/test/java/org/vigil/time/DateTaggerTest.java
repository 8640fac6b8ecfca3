package org.vigil.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigil.text.Token;
import org.vigil.text.Tokenizer;

class DateTaggerTest {
    private final DateTagger tagger = new DateTagger();

    private List<DateMention> tag(String s, LocalDate ref) {
        List<Token> t = new Tokenizer().tokenize(s, 0, s.length(), 0);
        return tagger.tag(t, 0, t.size(), Optional.ofNullable(ref), false);
    }

    private String first(String s, LocalDate ref) {
        return tag(s, ref).get(0).date().toString();
    }

    @Test
    void weekdayIsTheLatestSuchDayOnOrBeforePublication() {
        // 2024-03-07 was a Thursday
        assertEquals("2024-03-04", first("Gunmen opened fire on a police van on Monday.", LocalDate.of(2024, 3, 7)));
        assertEquals("2024-03-07", first("The blast on Thursday evening shook the city.", LocalDate.of(2024, 3, 7)));
    }

    @Test
    void lastWeekdayIsStrictlyBeforeThePublicationDay() {
        // 2021-10-15 was a Friday
        assertEquals("2021-10-08", first("Militants claimed last Friday's bombing.", LocalDate.of(2021, 10, 15)));
    }

    @Test
    void possessiveWeekdayIsADate() {
        assertEquals("2024-03-02", first("Saturday's attack was the third this month.", LocalDate.of(2024, 3, 7)));
    }

    @Test
    void aYearBeforeANounIsADate() {
        assertEquals("2013", first("Families of the victims of the 2013 Alamdar Road bombings gathered.", LocalDate.of(2023, 1, 10)));
        assertEquals("2001", first("India holds the group responsible for the 2001 attack on parliament.", LocalDate.of(2016, 1, 6)));
    }

    @Test
    void thePreviousDaysEventIsTheDayBeforeTheReport() {
        assertEquals("2018-01-27", first("Officials raised the toll from the previous day's blast.", LocalDate.of(2018, 1, 28)));
    }

    @Test
    void monthAndDayTakeTheYearThatKeepsThemInThePast() {
        assertEquals("2023-12-28", first("The convoy was hit on December 28.", LocalDate.of(2024, 1, 5)));
        assertEquals("2024-01-03", first("The convoy was hit on Jan. 3.", LocalDate.of(2024, 1, 5)));
    }

    @Test
    void explicitYearsNeedNoReference() {
        List<DateMention> d = tag("The school was attacked in December 2014 and again in 2016.", null);
        assertEquals("2014-12", d.get(0).date().toString());
        assertEquals("2016", d.get(1).date().toString());
    }

    @Test
    void relativeExpressions() {
        LocalDate ref = LocalDate.of(2021, 5, 9);
        assertEquals("2021-04", first("Talks began last month.", ref));
        assertEquals("2020", first("The group struck a clinic a year ago.", ref));
        assertEquals("2020", first("In the previous year the truce held.", ref));
        assertEquals("2021-06", first("A committee will meet next month.", ref));
        assertEquals("2021-05-06", first("Police found the car three days ago.", ref));
    }

    @Test
    void aDayWithoutAYearCanBeReadForwardForPlans() {
        DateMention m = tag("The envoy will return on January 26.", LocalDate.of(2024, 1, 23)).get(0);
        assertEquals("2023-01-26", m.date().toString()); // as news of the past
        assertEquals("2024-01-26", m.forwardFrom(LocalDate.of(2024, 1, 23)).toString()); // as a plan
    }

    @Test
    void aWeekdayNearAnInferredReferenceMayFollowIt() {
        // the text's latest date is Wednesday 2024-01-03; "on Thursday" is the day after, not six days before
        List<Token> t = new Tokenizer().tokenize("The group spoke on Thursday.", 0, 28, 0);
        DateMention m = tagger.tag(t, 0, t.size(), Optional.of(LocalDate.of(2024, 1, 3)), true).get(0);
        assertEquals("2024-01-04", m.date().toString());
    }

    @Test
    void impossibleDaysAreNotDates() {
        assertTrue(tag("The report was dated February 31, 2023.", LocalDate.of(2023, 5, 1)).isEmpty());
        assertTrue(tag("The ruling of 30 February 2023 was void.", LocalDate.of(2023, 5, 1)).stream()
                .noneMatch(m -> m.date().day() > 0)); // at most the month is read
    }

    @Test
    void aLeapDayTakesTheLatestYearThatHasIt() {
        assertEquals("2024-02-29", first("The convoy was hit on February 29.", LocalDate.of(2025, 3, 3)));
    }

    @Test
    void countsAreNotYears() {
        assertTrue(tag("About 2000 people fled the valley.", LocalDate.of(2020, 1, 1)).isEmpty());
    }

    @Test
    void mayTheVerbIsNotAMonth() {
        assertTrue(tag("The toll may rise further.", LocalDate.of(2020, 1, 1)).isEmpty());
    }
}
