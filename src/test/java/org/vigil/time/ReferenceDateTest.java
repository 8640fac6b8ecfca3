package org.vigil.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReferenceDateTest {

    @Test
    void metadataWins() {
        ReferenceDate r = ReferenceDate.resolve(Optional.of(LocalDate.of(2020, 2, 2)), Optional.of("https://x.pk/2019/01/01/a"),
                List.of(), List.of(), Optional.empty());
        assertEquals(LocalDate.of(2020, 2, 2), r.date().orElseThrow());
        assertEquals("metadata", r.how());
    }

    @Test
    void urlDateWhenNoMetadata() {
        ReferenceDate r = ReferenceDate.resolve(Optional.empty(), Optional.of("https://news.example/2019/11/03/blast-kills-five"),
                List.of(), List.of(), Optional.empty());
        assertEquals(LocalDate.of(2019, 11, 3), r.date().orElseThrow());
    }

    @Test
    void undatedDayIsTheFirstOneAfterTheLatestDatedReference() {
        // a text that mentions events of 2021 and May 2022 and reports something on "March 5"
        ReferenceDate r = ReferenceDate.resolve(Optional.empty(), Optional.empty(),
                List.of(PartialDate.ofYear(2021), PartialDate.ofMonth(2022, 5)), List.of(new int[] {3, 5}), Optional.empty());
        assertEquals(LocalDate.of(2023, 3, 5), r.date().orElseThrow());
        assertTrue(r.inferred());
    }

    @Test
    void nothingToGoOn() {
        assertTrue(ReferenceDate.resolve(Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty())
                .date().isEmpty());
    }

    @Test
    void aNamedWeekdayPinsTheYear() {
        // "on Wednesday, April 26" in a text whose latest dated reference is April 2021: 2023, when April 26 was a Wednesday
        ReferenceDate r = ReferenceDate.resolve(Optional.empty(), Optional.empty(),
                List.of(new PartialDate(2021, 4, 3)), List.<int[]>of(new int[] {4, 26, 3}), Optional.empty());
        assertEquals(LocalDate.of(2023, 4, 26), r.date().orElseThrow());
    }
}
