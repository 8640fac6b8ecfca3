package org.vigil.ontology;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.vigil.event.Acled;
import org.vigil.event.EventType;

/**
 * The event ontology: every {@link EventType} with its modes and their ACLED, GTD and CAMEO codes, read from the
 * versioned data file {@code modes.tsv} next to this class. See docs/ONTOLOGY.md for the table and the rules.
 *
 * <p>Immutable and thread-safe; {@link #standard()} loads the bundled file once.
 */
public final class Ontology {
    static final String RESOURCE = "modes.tsv";

    private final String version;
    private final List<Mode> all;
    private final Map<EventType, List<Mode>> byType;
    private final Map<EventType, Mode> defaults;
    private final Map<String, Mode> byName;

    private Ontology(String version, List<Mode> all) {
        this.version = version;
        this.all = List.copyOf(all);
        Map<EventType, List<Mode>> types = new EnumMap<>(EventType.class);
        Map<EventType, Mode> defaultModes = new EnumMap<>(EventType.class);
        Map<String, Mode> names = new HashMap<>();
        for (Mode m : all) {
            types.computeIfAbsent(m.type(), t -> new ArrayList<>()).add(m);
            if (m.isDefault() && defaultModes.put(m.type(), m) != null) {
                throw new IllegalStateException(RESOURCE + ": two default modes for " + m.type());
            }
            claim(names, key(m.name()), m);
        }
        for (Mode m : all) {
            for (String s : m.synonyms()) {
                claim(names, key(s), m);
            }
        }
        for (EventType t : EventType.values()) {
            if (!types.containsKey(t) || !defaultModes.containsKey(t)) {
                throw new IllegalStateException(RESOURCE + ": " + t + " needs at least one mode and exactly one default");
            }
            types.put(t, List.copyOf(types.get(t)));
        }
        this.byType = Collections.unmodifiableMap(types);
        this.defaults = Collections.unmodifiableMap(defaultModes);
        this.byName = Map.copyOf(names);
    }

    private static void claim(Map<String, Mode> names, String key, Mode m) {
        Mode before = names.putIfAbsent(key, m);
        if (before != null && before != m) {
            throw new IllegalStateException(RESOURCE + ": the name '" + key + "' is used by both " + before.name()
                    + " and " + m.name());
        }
    }

    private static final class Holder {
        static final Ontology STANDARD = loadBundled();
    }

    /** The bundled ontology, loaded once. */
    public static Ontology standard() {
        return Holder.STANDARD;
    }

    private static Ontology loadBundled() {
        try (InputStream in = Ontology.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the ontology " + RESOURCE + " is missing from the classpath");
            }
            return load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads an ontology in the modes.tsv format (see the header of the bundled file). */
    public static Ontology load(Reader reader) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        String version = "unversioned";
        List<Mode> modes = new ArrayList<>();
        boolean header = true;
        int lineNo = 0;
        for (String line; (line = in.readLine()) != null; ) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#")) {
                String[] meta = line.substring(1).trim().split("\t");
                if (meta.length == 2 && meta[0].equals("version")) {
                    version = meta[1].trim();
                }
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            modes.add(parse(line, lineNo));
        }
        return new Ontology(version, modes);
    }

    private static Mode parse(String line, int lineNo) {
        String[] c = line.split("\t", -1);
        if (c.length != 10) {
            throw new IllegalStateException(RESOURCE + ":" + lineNo + ": expected 10 tab-separated columns, found " + c.length);
        }
        try {
            EventType type = EventType.valueOf(c[0].trim());
            String cameo = c[3].trim();
            if (!cameo.matches("(0[1-9]|1[0-9]|20)[0-9]{1,2}")) {
                throw new IllegalArgumentException("bad CAMEO code '" + cameo + "'");
            }
            Optional<Mode.Condition> when = opt(c[7]).map(s -> Mode.Condition.valueOf(s.toUpperCase(Locale.ROOT)));
            Optional<Acled> alt = opt(c[6]).map(Ontology::acled);
            if (when.isPresent() != alt.isPresent()) {
                throw new IllegalArgumentException("acled_alt and alt_when go together");
            }
            List<String> synonyms = opt(c[8]).map(s -> Arrays.asList(s.split("\\|"))).orElse(List.of());
            return new Mode(type, c[1].trim(), c[2].trim().equals("*"), cameo, opt(c[4]), opt(c[5]).map(Ontology::acled),
                    alt, when, synonyms, c[9].trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(RESOURCE + ":" + lineNo + ": " + e.getMessage(), e);
        }
    }

    private static Optional<String> opt(String cell) {
        String s = cell.trim();
        return s.isEmpty() || s.equals("-") ? Optional.empty() : Optional.of(s);
    }

    private static Acled acled(String cell) {
        int colon = cell.indexOf(": ");
        if (colon < 0) {
            throw new IllegalArgumentException("ACLED coding '" + cell + "' is not 'event type: sub-event type'");
        }
        return new Acled(cell.substring(0, colon).trim(), cell.substring(colon + 2).trim());
    }

    /** The form mode names are compared in: lower case, words joined by hyphens ("Suicide bombing" = "suicide-bombing"). */
    static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "-");
    }

    public String version() {
        return version;
    }

    /** All modes, in the order of the data file (grouped by type, the default first). */
    public List<Mode> modes() {
        return all;
    }

    public List<Mode> modes(EventType type) {
        return byType.get(type);
    }

    public Mode defaultMode(EventType type) {
        return defaults.get(type);
    }

    /** The CAMEO root code of a type's default mode; modes of one type may sit under other roots (REQUEST: 02 or 10). */
    public String cameoRoot(EventType type) {
        return defaults.get(type).cameoRoot();
    }

    /**
     * The mode with this name or synonym, in any case and spacing ("suicide bombing", "Suicide-Bombing", "IED").
     * A name with a tail ("demand to hand over militants") or alternatives ("visit/meeting") falls back to its
     * leading words or its first known part.
     */
    public Optional<Mode> mode(String name) {
        String k = key(name);
        Mode m = byName.get(k);
        if (m != null) {
            return Optional.of(m);
        }
        for (String part : name.split("\\s*/\\s*")) {
            m = byName.get(key(part));
            if (m != null) {
                return Optional.of(m);
            }
        }
        String[] words = k.split("-");
        for (int n = words.length - 1; n >= 1; n--) {
            m = byName.get(String.join("-", Arrays.copyOf(words, n)));
            if (m != null) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The mode of this name within a type, else the type's default: what an extractor records. */
    public Mode modeOrDefault(EventType type, String name) {
        return mode(name).filter(m -> m.type() == type).orElse(defaults.get(type));
    }
}
