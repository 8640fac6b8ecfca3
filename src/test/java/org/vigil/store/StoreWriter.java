package org.vigil.store;

import static org.vigil.fixtures.Fixtures.*;

import java.util.ArrayList;
import java.util.List;
import org.vigil.doc.Extraction;
import org.vigil.event.EventType;
import org.vigil.fixtures.Fixtures.EventBuilder;
import org.vigil.fixtures.Fixtures.Story;

/** A Vigil process that ingests forever, for the crash test: article i holds i % 3 + 1 events. */
public final class StoreWriter {
    private StoreWriter() {
    }

    static Extraction article(int i) {
        List<EventBuilder> events = new ArrayList<>();
        for (int k = 0; k <= i % 3; k++) {
            events.add(event(EventType.ASSAULT, "bombing").on("2023-01-" + (10 + (i + k) % 15))
                    .at(k == 0 ? PESHAWAR : k == 1 ? MARDAN : BESHAM).killed(3 + i % 4));
        }
        return new Story("crash-" + i, "2023-01-25", "outlet " + i % 5, "Report number " + i + " of a bombing.",
                events).extraction();
    }

    public static void main(String[] args) {
        try (EventStore s = Stores.openForWriting(args[0])) {
            for (int batch = 0; ; batch++) {
                List<Extraction> xs = new ArrayList<>();
                for (int i = batch * 16; i < batch * 16 + 16; i++) {
                    xs.add(article(i));
                }
                s.ingest(xs);
                System.out.println("batch " + batch);
                System.out.flush();
            }
        }
    }
}
