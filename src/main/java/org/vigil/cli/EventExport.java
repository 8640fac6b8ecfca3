package org.vigil.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.vigil.event.ActorRef;
import org.vigil.event.Count;
import org.vigil.event.DatePrecision;
import org.vigil.event.Event;
import org.vigil.event.Location;
import org.vigil.event.SourceRef;
import org.vigil.merge.MergedEvent;

/** Merged events as CSV with ACLED's column names where ACLED has the column, and as GeoJSON points. */
final class EventExport {
    private EventExport() {
    }

    /** ACLED's columns first (same names and meaning), then Vigil's own. */
    static final List<String> CSV_COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1", "admin2", "location",
            "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
            "country_code", "vigil_type", "mode", "modality", "date_precision", "actor1_id", "actor1_status", "actor2_id",
            "fatalities_qualifier", "injured", "injured_qualifier", "denied_by", "attributed_sources", "report_count",
            "article_count", "confidence");

    /** A cell that looks like a number (a negative longitude) is one; a formula is not. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    static void csvHeader(PrintWriter out) {
        out.print(String.join(",", CSV_COLUMNS));
        out.print("\r\n");
    }

    static void csvRow(MergedEvent m, PrintWriter out) {
        Event e = m.event();
        List<String> v = new ArrayList<>(CSV_COLUMNS.size());
        v.add(m.id());
        v.add(e.date().orElse(""));
        v.add(e.date().map(d -> d.substring(0, 4)).orElse(""));
        // ACLED: 1 = the day is known, 2 = within a week or so, 3 = only the month; a year alone is 3 too
        v.add(e.datePrecision().map(p -> p == DatePrecision.DAY ? "1" : "3").orElse(""));
        v.add(e.acled().map(a -> a.eventType()).orElse(""));
        v.add(e.acled().map(a -> a.subEventType()).orElse(""));
        v.add(e.actor().map(ActorRef::name).orElse(""));
        v.add(e.target().map(ActorRef::name).orElse(""));
        Location l = e.location().orElse(null);
        v.add(l == null ? "" : countryName(l.country()));
        v.add(l == null ? "" : l.admin1().orElse(""));
        v.add(l == null ? "" : l.admin2().orElse(""));
        v.add(l == null ? "" : l.name());
        v.add(l == null ? "" : l.lat().map(String::valueOf).orElse(""));
        v.add(l == null ? "" : l.lon().map(String::valueOf).orElse(""));
        v.add(l == null ? "" : String.valueOf(l.precision().acledGeoPrecision()));
        v.add(String.join("; ", m.outlets()));
        v.add(notes(m));
        // ACLED's fatalities is always a number, 0 when no toll is reported; fatalities_qualifier tells them apart
        v.add(e.killed().map(c -> String.valueOf(c.value())).orElse("0"));
        v.add(l == null ? "" : l.country());
        v.add(e.type().name());
        v.add(e.mode());
        v.add(e.modality().label());
        v.add(e.datePrecision().map(DatePrecision::label).orElse(""));
        v.add(e.actor().flatMap(ActorRef::id).orElse(""));
        v.add(e.actorStatus().map(s -> s.label()).orElse(""));
        v.add(e.target().flatMap(ActorRef::id).orElse(""));
        v.add(e.killed().map(c -> c.qualifier().label()).orElse(""));
        v.add(e.injured().map(c -> String.valueOf(c.value())).orElse(""));
        v.add(e.injured().map(c -> c.qualifier().label()).orElse(""));
        v.add(e.deniedBy().stream().map(ActorRef::name).collect(Collectors.joining("; ")));
        v.add(e.sources().stream().map(SourceRef::name).collect(Collectors.joining("; ")));
        v.add(String.valueOf(m.reportCount()));
        v.add(String.valueOf(m.articleCount()));
        v.add(String.format(Locale.ROOT, "%.2f", e.confidence()));
        out.print(v.stream().map(EventExport::csv).collect(Collectors.joining(",")));
        out.print("\r\n");
    }

    /** A one-line description in ACLED's spirit: what, where, toll by report. */
    static String notes(MergedEvent m) {
        Event e = m.event();
        StringBuilder b = new StringBuilder();
        b.append(e.date().orElse("Undated")).append(": ").append(e.mode().isBlank() ? e.type().name() : e.mode());
        e.location().ifPresent(l -> b.append(" in ").append(l.name()));
        e.actor().ifPresent(a -> b.append("; ").append(a.name())
                .append(e.actorStatus().map(s -> " (" + s.label() + ")").orElse("")));
        if (!m.tollHistory().isEmpty()) {
            b.append("; tolls reported: ").append(m.tollHistory().stream()
                    .filter(t -> t.killed().isPresent())
                    .map(t -> EventTable.count(t.killed().get()) + " (" + t.published().map(LocalDate::toString)
                            .orElse("undated") + ")")
                    .collect(Collectors.joining(", ")));
        }
        b.append("; ").append(m.reportCount()).append(" report(s)");
        return b.toString();
    }

    /**
     * One CSV cell. Text that opens with a character a spreadsheet takes as the start of a formula gets a leading
     * apostrophe, so that a name or note written into an article ("=HYPERLINK(...)") is shown, never run.
     */
    static String csv(String s) {
        if (s == null) {
            return "";
        }
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !NUMBER.matcher(s).matches()) {
            s = "'" + s;
        }
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    static String countryName(String iso2) {
        String name = new Locale("", iso2).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() || name.equals(iso2) ? iso2 : name;
    }

    /** Writes a FeatureCollection of points; returns how many events had no coordinates and were left out. */
    static final class GeoJson implements AutoCloseable {
        private final JsonGenerator g;
        private long omitted;

        GeoJson(PrintWriter out, ObjectMapper mapper) {
            try {
                g = mapper.getFactory().createGenerator(out);
                g.writeStartObject();
                g.writeStringField("type", "FeatureCollection");
                g.writeArrayFieldStart("features");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void add(MergedEvent m) {
            Event e = m.event();
            Location l = e.location().orElse(null);
            if (l == null || l.lat().isEmpty() || l.lon().isEmpty()) {
                omitted++;
                return;
            }
            try {
                g.writeStartObject();
                g.writeStringField("type", "Feature");
                g.writeStringField("id", m.id());
                g.writeObjectFieldStart("geometry");
                g.writeStringField("type", "Point");
                g.writeArrayFieldStart("coordinates");
                g.writeNumber(l.lon().get());
                g.writeNumber(l.lat().get());
                g.writeEndArray();
                g.writeEndObject();
                g.writeObjectFieldStart("properties");
                g.writeStringField("id", m.id());
                g.writeStringField("date", e.date().orElse(null));
                g.writeStringField("type", e.type().name());
                g.writeStringField("mode", e.mode());
                g.writeStringField("modality", e.modality().label());
                g.writeStringField("place", l.name());
                g.writeStringField("admin1", l.admin1().orElse(null));
                g.writeStringField("country", l.country());
                g.writeStringField("precision", l.precision().label());
                g.writeStringField("actor", e.actor().map(ActorRef::name).orElse(null));
                g.writeStringField("actor_status", e.actorStatus().map(s -> s.label()).orElse(null));
                writeCount("killed", e.killed().orElse(null));
                writeCount("injured", e.injured().orElse(null));
                g.writeNumberField("report_count", m.reportCount());
                g.writeStringField("sources", String.join("; ", m.outlets()));
                g.writeEndObject();
                g.writeEndObject();
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
        }

        private void writeCount(String field, Count c) throws IOException {
            if (c == null) {
                g.writeNullField(field);
            } else {
                g.writeNumberField(field, c.value());
            }
        }

        long omitted() {
            return omitted;
        }

        @Override
        public void close() {
            try {
                g.writeEndArray();
                g.writeEndObject();
                g.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
