package org.vigil.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.vigil.doc.Extraction;
import org.vigil.event.ActorRef;
import org.vigil.event.ActorStatus;
import org.vigil.event.Count;
import org.vigil.event.DatePrecision;
import org.vigil.event.Event;
import org.vigil.event.EventType;
import org.vigil.event.Evidence;
import org.vigil.event.Location;
import org.vigil.event.Modality;
import org.vigil.event.Precision;
import org.vigil.event.Qualifier;
import org.vigil.event.SourceKind;
import org.vigil.event.SourceRef;
import org.vigil.ingest.Article;
import org.vigil.store.EventStore;
import org.vigil.store.Stores;

/**
 * Store and merge throughput on synthetic extractions (extraction itself is not timed): N articles over ten
 * years, 1-4 events each, a third of them further reports of a recent happening. Prints articles/s per slice
 * so near-linearity can be read off. Usage: StoreBench N [DIR] [BATCH] [FIRST-ID], FIRST-ID to add to a store.
 */
public final class StoreBench {
    private StoreBench() {
    }

    private record Happening(EventType type, String mode, LocalDate date, Location where, int killed) {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("vigil-bench");
        int batchSize = args.length > 2 ? Integer.parseInt(args[2]) : 128;
        int first = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        Random rnd = new Random(7);
        List<Location> places = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String cc = i % 3 == 0 ? "AF" : "PK";
            places.add(new Location("Town " + i, Optional.of("District " + (i / 4)), Optional.of("Province " + (i / 60)),
                    cc, Optional.of(25 + rnd.nextDouble() * 12), Optional.of(62 + rnd.nextDouble() * 12),
                    Precision.TOWN, Optional.of("bench:" + i)));
        }
        String[] modes = {"bombing", "suicide-bombing", "armed-attack", "airstrike", "clash", "visit", "talks"};
        ActorRef[] actors = {new ActorRef("Group A", Optional.of("GA"), "armed_group", Optional.of("PK")),
            new ActorRef("Group B", Optional.of("GB"), "armed_group", Optional.of("AF")),
            new ActorRef("State C", Optional.of("SC"), "state", Optional.of("PK"))};
        Happening[] recent = new Happening[2000];
        int recentCount = 0;
        String filler = "lorem ipsum dolor sit amet ".repeat(50);
        long t0 = System.nanoTime();
        long slice = System.nanoTime();
        int sliceSize = Math.max(1000, n / 10);
        try (EventStore store = Stores.openForWriting(dir.toString())) {
            List<Extraction> batch = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Happening h;
                if (recentCount > 0 && rnd.nextInt(3) == 0) {
                    h = recent[rnd.nextInt(Math.min(recentCount, recent.length))];
                } else {
                    String mode = modes[rnd.nextInt(modes.length)];
                    EventType type = mode.equals("visit") || mode.equals("talks") ? EventType.CONSULT
                            : mode.equals("airstrike") || mode.equals("clash") ? EventType.FIGHT : EventType.ASSAULT;
                    h = new Happening(type, mode, LocalDate.of(2015, 1, 1).plusDays(rnd.nextInt(3650)),
                            places.get(rnd.nextInt(places.size())), rnd.nextInt(40));
                    recent[recentCount++ % recent.length] = h;
                }
                String id = "bench-" + (first + i);
                LocalDate published = h.date().plusDays(rnd.nextInt(3));
                String text = "Report " + id + ": " + h.mode() + " in " + h.where().name() + ". " + filler;
                List<Event> events = new ArrayList<>();
                int k = 1 + rnd.nextInt(4);
                for (int e = 0; e < k; e++) {
                    Happening x = e == 0 ? h : new Happening(EventType.ASSAULT, "bombing",
                            h.date().minusDays(rnd.nextInt(2000)), places.get(rnd.nextInt(places.size())), rnd.nextInt(20));
                    List<Evidence> ev = List.of(new Evidence("mode", 0, 6, text.substring(0, 6)),
                            new Evidence("place", 10, 20, text.substring(10, 20)));
                    events.add(new Event(id + "#" + e, id, x.type(), x.mode(), Optional.empty(), Optional.of("18"),
                            e == 0 ? Modality.ASSERTED : Modality.HISTORICAL, Optional.of(x.date().toString()),
                            Optional.of(DatePrecision.DAY), false, Optional.of(x.where()),
                            Optional.of(actors[rnd.nextInt(actors.length)]), Optional.of(ActorStatus.CLAIMED),
                            Optional.empty(), Optional.of(new Count(x.killed() + rnd.nextInt(3), Qualifier.EXACT)),
                            Optional.empty(), List.of(new SourceRef("police", SourceKind.OFFICIAL)), ev, 0.7,
                            List.of(), Optional.empty(), Optional.empty()));
                }
                Article a = new Article(id, text, Optional.of(published), Optional.empty(), Optional.empty(),
                        Optional.of("outlet " + rnd.nextInt(20)));
                batch.add(new Extraction(a, events, List.of(), List.of()));
                if (batch.size() == batchSize) {
                    store.ingest(batch);
                    batch.clear();
                }
                if ((i + 1) % sliceSize == 0) {
                    long now = System.nanoTime();
                    System.out.printf(Locale.ROOT, "%8d articles  %6.0f articles/s (this slice)  %6.0f overall%n",
                            i + 1, sliceSize / ((now - slice) / 1e9), (i + 1) / ((now - t0) / 1e9));

                    slice = now;
                }
            }
            store.ingest(batch);
            var c = store.counts();
            System.out.printf(Locale.ROOT, "done: %d articles, %d events, %d merged events in %.1f s; heap used %d MB%n",
                    c.articles(), c.events(), c.mergedEvents(), (System.nanoTime() - t0) / 1e9,
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        }
    }
}
