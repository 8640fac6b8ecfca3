package org.vigil.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicationDatesTest {
    private static final Optional<LocalDate> JAN_30 = Optional.of(LocalDate.of(2023, 1, 30));

    @Test
    void theFormsFeedsUseAreRead() {
        assertEquals(JAN_30, PublicationDates.parse("2023-01-30"));
        assertEquals(JAN_30, PublicationDates.parse(" 2023-01-30T10:15:30+05:00 "));
        assertEquals(JAN_30, PublicationDates.parse("2023-01-30T10:15:30.123Z"));
        assertEquals(JAN_30, PublicationDates.parse("2023-01-30T10:15"));
        assertEquals(JAN_30, PublicationDates.parse("2023-01-30 10:15:30"));
        assertEquals(JAN_30, PublicationDates.parse("2023-01-30 10:15:30 UTC"));
        assertEquals(JAN_30, PublicationDates.parse("Mon, 30 Jan 2023 10:15:30 GMT"));
    }

    @Test
    void theDateKeptIsThePublishersLocalDate() {
        // 23:30 in Peshawar is 18:30 UTC the same day; 02:00 in Peshawar is still the day before in UTC
        assertEquals(Optional.of(LocalDate.of(2023, 1, 31)), PublicationDates.parse("2023-01-31T02:00:00+05:00"));
    }

    @Test
    void whatIsNotADateIsEmpty() {
        assertEquals(Optional.empty(), PublicationDates.parse("30/01/2023"));
        assertEquals(Optional.empty(), PublicationDates.parse("2023-02-30"));
        assertEquals(Optional.empty(), PublicationDates.parse("2023-01-30T25:00"));
        assertEquals(Optional.empty(), PublicationDates.parse("yesterday"));
        assertEquals(Optional.empty(), PublicationDates.parse("0023-01-30"));
        assertEquals(Optional.empty(), PublicationDates.parse(""));
    }
}
