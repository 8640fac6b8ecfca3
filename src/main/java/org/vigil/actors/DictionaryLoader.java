package org.vigil.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.vigil.text.Normalizer;
import org.vigil.text.PhraseMatcher;

/**
 * Reads the actor data files and builds the dictionary and its lexicon. A mistake in the bundled data (an unknown
 * parent, kind or office organisation, a bad date) is a bug and fails loudly with the file and entry.
 */
final class DictionaryLoader {
    static final String KINDS = "kinds.tsv";
    static final String ROLES = "roles.tsv";
    static final String CUES = "cues.tsv";
    static final String GENERIC = "generic.tsv";
    static final String COUNTRIES = "countries.json";
    static final String ORGANISATIONS = "organisations.json";
    static final String PEOPLE = "people.json";

    private static final Pattern TAB = Pattern.compile("\t");
    private static final Pattern BAR = Pattern.compile("\\|");

    private record Role(String name, String suffix, String kind, String parent, String template, List<String> phrases) {
    }

    private final Function<String, InputStream> open;
    private final List<String> versions = new ArrayList<>();
    private final Map<String, ActorDictionary.Kind> kinds = new LinkedHashMap<>();
    private final List<Role> roles = new ArrayList<>();
    private final Map<String, Actor> actors = new LinkedHashMap<>();
    private final Map<String, ActorDictionary.Country> countries = new HashMap<>();
    private final Map<String, String> capitals = new HashMap<>();
    /** country code -> names (aliases) and demonyms, for the lexicon. */
    private final Map<String, List<String>> countryNames = new LinkedHashMap<>();
    private final Map<String, List<String>> demonyms = new LinkedHashMap<>();
    /** Bodies named by a role's template: their names are reached by composition, not put in the lexicon. */
    private final java.util.Set<String> templateNamed = new java.util.HashSet<>();

    private DictionaryLoader(Function<String, InputStream> open) {
        this.open = open;
    }

    static ActorDictionary loadBundled() {
        return load(name -> ActorDictionary.class.getResourceAsStream(name));
    }

    /** Builds a dictionary from data files found by name ("countries.json", ...). */
    static ActorDictionary load(Function<String, InputStream> open) {
        try {
            return new DictionaryLoader(open).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ActorDictionary build() throws IOException {
        readKinds();
        readRoles();
        readCountries();
        readActors(ORGANISATIONS, "actors", null);
        readActors(PEOPLE, "people", "person");
        validate();
        PhraseMatcher<Entry> lexicon = new PhraseMatcher<>();
        int order = 0;
        for (Actor a : actors.values()) {
            List<String> names = new ArrayList<>();
            if (!templateNamed.contains(a.id())) {
                names.add(a.name());
            }
            names.addAll(a.aliases());
            for (String n : names) {
                lexicon.add(n, new Entry(Entry.Type.ACTOR, a, a.kind(), a.name(), a.country().orElse(null), null, n, order));
            }
            for (String s : a.shortNames()) {
                lexicon.add(s, new Entry(Entry.Type.SHORT, a, a.kind(), a.name(), a.country().orElse(null), null, s, order));
            }
            order++;
        }
        for (Map.Entry<String, List<String>> c : countryNames.entrySet()) {
            for (String n : c.getValue()) {
                lexicon.add(n, new Entry(Entry.Type.COUNTRY, null, "state", n, c.getKey(), null, n, order++));
            }
        }
        for (Map.Entry<String, List<String>> c : demonyms.entrySet()) {
            for (String n : c.getValue()) {
                lexicon.add(n, new Entry(Entry.Type.DEMONYM, null, "state", n, c.getKey(), null, n, order++));
            }
        }
        for (Role r : roles) {
            for (String p : r.phrases()) {
                lexicon.add(p, new Entry(Entry.Type.ROLE, null, r.kind(), p, null, r.name(), p, order++));
            }
        }
        for (String[] row : tsv(GENERIC)) {
            String kind = row[0];
            if (!kinds.containsKey(kind)) {
                throw new IllegalStateException(GENERIC + ": unknown kind '" + kind + "'");
            }
            String[] phrases = BAR.split(row[1]);
            for (String p : phrases) {
                lexicon.add(p, new Entry(Entry.Type.GENERIC, null, kind, phrases[0], null, null, p, order++));
            }
        }
        for (String[] row : tsv(CUES)) {
            Entry.Type type = Entry.Type.valueOf(row[0].toUpperCase(java.util.Locale.ROOT));
            for (String p : BAR.split(row[1])) {
                lexicon.add(p, new Entry(type, null, null, p, null, null, p, order++));
            }
        }
        List<String> roleNames = new ArrayList<>();
        for (Role r : roles) {
            roleNames.add(r.name());
        }
        return new ActorDictionary(String.join(", ", versions), actors, kinds, countries, capitals, roleNames, lexicon);
    }

    private void readKinds() throws IOException {
        for (String[] row : tsv(KINDS)) {
            kinds.put(row[0], new ActorDictionary.Kind(row[0], yes(row[1]), yes(row[2]), row[3]));
        }
    }

    private void readRoles() throws IOException {
        for (String[] row : tsv(ROLES)) {
            roles.add(new Role(row[0], row[1], row[2], row[3], row[4], List.of(BAR.split(row[5]))));
        }
    }

    private void readCountries() throws IOException {
        Map<String, Object> root = readJson(COUNTRIES);
        for (Map<String, Object> c : JsonData.objects(root, "countries")) {
            String code = text(c, "code");
            String prefix = text(c, "prefix");
            String name = text(c, "name");
            List<String> aliases = JsonData.strings(c, "aliases");
            List<String> dem = JsonData.strings(c, "demonyms");
            List<String> caps = JsonData.strings(c, "capitals");
            List<String> names = new ArrayList<>();
            names.add(name);
            names.addAll(aliases);
            countryNames.put(code, names);
            demonyms.put(code, dem);
            for (String cap : caps) {
                capitals.put(Normalizer.key(cap), code);
            }
            put(new Actor(prefix, name, "state", Optional.of(code), Optional.empty(), aliases, List.of(), Optional.empty(),
                    List.of(), Period.ALWAYS, dem, caps, "The state as a whole."), COUNTRIES);
            List<ActorDictionary.Era> eras = new ArrayList<>();
            List<Map<String, Object>> eraNodes = JsonData.objects(c, "eras");
            if (eraNodes.isEmpty()) {
                eras.add(era(code, prefix, name, dem, prefix, c, Period.ALWAYS, Optional.empty(), ""));
            } else {
                for (Map<String, Object> e : eraNodes) {
                    Period p = Period.parse(JsonData.string(e, "from"), JsonData.string(e, "until"));
                    eras.add(era(code, prefix, name, dem, text(e, "prefix"), e, p,
                            Optional.ofNullable(JsonData.string(e, "parent")),
                            Optional.ofNullable(JsonData.string(e, "note")).orElse("")));
                }
            }
            countries.put(code, new ActorDictionary.Country(code, prefix, List.copyOf(eras)));
        }
    }

    /** The bodies of one era of a state: one actor per role, named by the override or the role's template. */
    private ActorDictionary.Era era(String code, String stateId, String countryName, List<String> dem, String prefix,
                                    Map<String, Object> node, Period period, Optional<String> governmentParent,
                                    String eraNote) {
        Map<String, Object> overrides = JsonData.object(node, "bodies");
        Map<String, String> ids = new LinkedHashMap<>();
        for (Role r : roles) {
            Map<String, Object> o = overrides == null ? null : JsonData.object(overrides, r.name());
            String id = o == null ? null : JsonData.string(o, "id");
            ids.put(r.name(), id != null ? id : prefix + "_" + r.suffix());
        }
        for (Role r : roles) {
            Map<String, Object> o = overrides == null ? null : JsonData.object(overrides, r.name());
            String name = o == null ? null : JsonData.string(o, "name");
            if (name == null) {
                templateNamed.add(ids.get(r.name()));
                name = r.template().replace("{name}", countryName).replace("{demonym}", dem.isEmpty() ? countryName : dem.get(0));
            }
            String parent = r.parent().equals("state") ? governmentParent.orElse(stateId) : ids.get(r.parent());
            String note = o == null || JsonData.string(o, "note") == null ? eraNote : JsonData.string(o, "note");
            put(new Actor(ids.get(r.name()), name, r.kind(), Optional.of(code), Optional.of(parent),
                    o == null ? List.of() : JsonData.strings(o, "aliases"), List.of(), Optional.empty(), List.of(), period,
                    List.of(), List.of(), note), COUNTRIES);
        }
        return new ActorDictionary.Era(prefix, period, Map.copyOf(ids));
    }

    private void readActors(String file, String field, String defaultKind) throws IOException {
        Map<String, Object> root = readJson(file);
        for (Map<String, Object> a : JsonData.objects(root, field)) {
            String id = text(a, "id");
            try {
                List<Office> offices = new ArrayList<>();
                for (Map<String, Object> o : JsonData.objects(a, "offices")) {
                    offices.add(new Office(text(o, "title"), text(o, "org"),
                            Period.parse(JsonData.string(o, "from"), JsonData.string(o, "until"))));
                }
                String kind = Optional.ofNullable(JsonData.string(a, "kind")).orElse(defaultKind);
                put(new Actor(id, text(a, "name"), kind, Optional.ofNullable(JsonData.string(a, "country")),
                        Optional.ofNullable(JsonData.string(a, "parent")), JsonData.strings(a, "aliases"),
                        JsonData.strings(a, "short"), Optional.ofNullable(JsonData.string(a, "affiliation")), offices,
                        Period.parse(JsonData.string(a, "from"), JsonData.string(a, "until")), List.of(), List.of(),
                        Optional.ofNullable(JsonData.string(a, "note")).orElse("")), file);
            } catch (RuntimeException e) {
                throw new IllegalStateException(file + ": entry " + id + ": " + e.getMessage(), e);
            }
        }
    }

    private void put(Actor a, String file) {
        if (actors.putIfAbsent(a.id(), a) != null) {
            throw new IllegalStateException(file + ": the id " + a.id() + " is used twice");
        }
    }

    private void validate() {
        for (Actor a : actors.values()) {
            String where = "actor " + a.id() + ": ";
            if (a.kind() == null || !kinds.containsKey(a.kind())) {
                throw new IllegalStateException(where + "unknown kind '" + a.kind() + "' (add it to " + KINDS + ")");
            }
            a.parent().ifPresent(p -> known(where + "parent", p));
            a.affiliation().ifPresent(p -> known(where + "affiliation", p));
            for (Office o : a.offices()) {
                known(where + "office '" + o.title() + "'", o.org());
            }
        }
    }

    private void known(String what, String id) {
        if (!actors.containsKey(id)) {
            throw new IllegalStateException(what + " names an unknown actor id '" + id + "'");
        }
    }

    private Map<String, Object> readJson(String file) throws IOException {
        try (InputStream in = open.apply(file)) {
            if (in == null) {
                throw new IllegalStateException("the actor data file " + file + " is missing");
            }
            Map<String, Object> root = JsonData.readObject(in);
            versions.add(file + " " + Optional.ofNullable(JsonData.string(root, "version")).orElse("?"));
            return root;
        }
    }

    /** Data rows of a TSV file: comments ("#") and the header line skipped; "# version<TAB>n" recorded. */
    private List<String[]> tsv(String file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = open.apply(file)) {
            if (in == null) {
                throw new IllegalStateException("the actor data file " + file + " is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                if (line.startsWith("#")) {
                    String[] meta = TAB.split(line.substring(1).trim());
                    if (meta.length == 2 && meta[0].equals("version")) {
                        versions.add(file + " " + meta[1].trim());
                    }
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(TAB.split(line, -1));
            }
        }
        return rows;
    }

    private static boolean yes(String s) {
        return s.trim().equalsIgnoreCase("yes");
    }

    private static String text(Map<String, Object> n, String field) {
        String v = JsonData.string(n, field);
        if (v == null) {
            throw new IllegalStateException("missing '" + field + "' in " + n);
        }
        return v;
    }
}
