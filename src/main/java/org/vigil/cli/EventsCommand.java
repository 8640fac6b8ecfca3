package org.vigil.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import org.vigil.VigilException;
import org.vigil.event.EventType;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.Place;
import org.vigil.merge.MergedEventJson;
import org.vigil.store.EventQuery;
import org.vigil.store.EventStore;
import org.vigil.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Lists merged events, newest first, with their report counts.",
            "A merged event is one happening, however many articles told it."},
        footer = {"", "Examples:",
            "  vigil events                                 all events, as a table",
            "  vigil events --country PK --type ASSAULT --since 2023-01-01",
            "  vigil events --actor TTP --format jsonl      with each event's reports",
            "  vigil events --format csv > events.csv       ACLED's column names",
            "  vigil events --format geojson > map.geojson  points for a map"})
final class EventsCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--country", paramLabel = "CC", description = "ISO 3166-1 alpha-2 code (PK, AF) or English name.")
    String country;

    @Option(names = "--type", paramLabel = "TYPE", description = "Event type: ASSAULT, FIGHT, CONSULT, ...")
    String type;

    @Option(names = "--actor", paramLabel = "ACTOR",
            description = "A doer any report named, claimed, blamed or denied: dictionary id (TTP) or name.")
    String actor;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Events on or after this day.")
    LocalDate since;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Events on or before this day.")
    LocalDate until;

    @Option(names = "--limit", paramLabel = "N", description = "At most N events.")
    Integer limit;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table, jsonl, csv or geojson. Default: ${DEFAULT-VALUE}.")
    Format format;

    enum Format { table, jsonl, csv, geojson }

    private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

    @Override
    public Integer call() {
        if (limit != null && limit < 0) {
            throw new VigilException(VigilException.USAGE, "--limit must be at least 0, not " + limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EventQuery q = new EventQuery(Optional.ofNullable(country).map(EventsCommand::countryCode),
                Optional.ofNullable(type).map(EventsCommand::eventType), Optional.ofNullable(actor),
                Optional.ofNullable(since), Optional.ofNullable(until),
                limit == null ? OptionalInt.empty() : OptionalInt.of(limit));
        try (EventStore s = Stores.openForReading(store.resolve())) {
            MergedEventJson json = new MergedEventJson();
            switch (format) {
                case table -> {
                    MergedEventTable t = new MergedEventTable(out);
                    s.events(q, t::row);
                    t.end();
                }
                case jsonl -> s.events(q, m -> out.println(json.toJson(m)));
                case csv -> {
                    EventExport.csvHeader(out);
                    s.events(q, m -> EventExport.csvRow(m, out));
                }
                case geojson -> {
                    long omitted;
                    try (EventExport.GeoJson g = new EventExport.GeoJson(out, json.mapper())) {
                        s.events(q, g::add);
                        omitted = g.omitted();
                    }
                    out.println();
                    if (omitted > 0) {
                        err.println("vigil: " + omitted + " event(s) without coordinates left out of the GeoJSON");
                    }
                }
            }
        }
        out.flush();
        return 0;
    }

    /**
     * The ISO code of a country given by code or English name. The JDK's list of codes and names is asked first;
     * the gazetteer, which knows more names ("Burma", "Afghanistan's"), only when that fails, since it takes a
     * moment to load.
     */
    static String countryCode(String s) {
        String t = s.trim();
        if (t.length() == 2 && ISO_CODES.contains(t.toUpperCase(Locale.ROOT))) {
            return t.toUpperCase(Locale.ROOT);
        }
        if (t.length() > 2) {
            for (String iso : ISO_CODES) {
                if (new Locale("", iso).getDisplayCountry(Locale.ENGLISH).equalsIgnoreCase(t)) {
                    return iso;
                }
            }
        }
        Optional<Place> known = t.isEmpty() ? Optional.empty() : Gazetteer.loadDefault().country(t);
        return known.map(Place::country).orElseThrow(() -> new VigilException(VigilException.USAGE,
                "unknown country '" + s + "'; give an ISO 3166-1 alpha-2 code such as PK or AF, or a country's name"));
    }

    static String eventType(String s) {
        try {
            return EventType.valueOf(s.trim().toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw new VigilException(VigilException.USAGE, "unknown event type '" + s + "'; one of "
                    + java.util.Arrays.toString(EventType.values()));
        }
    }
}
