package org.vigil.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.vigil.text.PhraseMatcher;

/**
 * Every place Vigil can name: GeoNames' populated places (cities500), their provinces and districts, the
 * countries, and the project's supplement for the frontier regions GeoNames covers thinly. Immutable once
 * loaded and safe to share between threads; load it once ({@link #loadDefault()}) and pass it to the tagger.
 *
 * <p>Places are numbered internally ("entities") so that the tagger's hot loop works on ints; {@link Place}
 * records are made on demand and cached.
 */
public final class Gazetteer {

    private static final String RESOURCES = "/org/vigil/geo/";

    private final GazetteerFile geo;
    private final int nGeo;
    private final int nAdmin1;
    private final int nAdmin2File;
    /** First entity number after the GeoNames places, provinces and districts: countries and supplement. */
    private final int base;
    private final String source;

    // admin tables after the project's renames (admin.tsv); admin2 grows with supplement districts
    private final String[] admin1Name;
    private final float[] admin1Lat;
    private final float[] admin1Lon;
    private final List<Optional<String>> admin1Opt = new ArrayList<>();
    private final List<String> admin2Name = new ArrayList<>();
    private final IntList admin2Parent = new IntList();
    private final IntList admin2Entity = new IntList();
    private final float[] admin2Lat;
    private final float[] admin2Lon;
    private final Map<String, Integer> admin1ByCode = new HashMap<>();

    // entities from base on: countries and supplement places
    private final List<Place> extra = new ArrayList<>();
    private final IntList extraAdmin1 = new IntList();
    private final IntList extraAdmin2 = new IntList();
    private final IntList extraRank = new IntList();
    private final Map<String, Integer> byId = new HashMap<>();
    private final Map<String, Integer> countryByIso = new HashMap<>();

    private final PhraseMatcher<Integer> geonamesNames;
    private final PhraseMatcher<Integer> curatedNames = new PhraseMatcher<>();
    private final Set<String> acronymKeys = new HashSet<>();
    private final Set<String> commonWords;
    private final AtomicReferenceArray<Place> cache;

    /** What a curated row is: a new place, or more names for a place that is already there. */
    private enum RowKind { TOWN, POINT, DISTRICT, ALIAS }

    private Gazetteer(GazetteerFile geo) {
        this.geo = geo;
        this.nGeo = geo.placeCount;
        this.nAdmin1 = geo.admin1Count;
        this.nAdmin2File = geo.admin2Count;
        this.base = nGeo + nAdmin1 + nAdmin2File;
        this.source = geo.source;
        this.cache = new AtomicReferenceArray<>(base);
        this.commonWords = Set.of(geo.commonWords);
        int[] vs = geo.valueStart;
        int[] vd = geo.valueData;
        this.geonamesNames = PhraseMatcher.ofSortedKeys(geo.keyBytes, geo.keyOffsets, k -> new IntSlice(vd, vs[k], vs[k + 1]));
        admin1Name = geo.admin1Name.clone();
        admin1Lat = geo.admin1Lat.clone();
        admin1Lon = geo.admin1Lon.clone();
        admin2Lat = geo.admin2Lat.clone();
        admin2Lon = geo.admin2Lon.clone();
    }

    /** The bundled gazetteer: GeoNames file, countries, admin names and the supplement, from the class path. */
    public static Gazetteer loadDefault() {
        try (InputStream places = resource("geonames-places.bin.gz");
             InputStream names = resource("geonames-names.bin.gz");
             InputStream countries = resource("countries.tsv");
             InputStream admin = resource("admin.tsv");
             InputStream supplement = resource("supplement.tsv")) {
            return load(places, names, countries, admin, supplement);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled gazetteer; rebuild Vigil (mvn package)", e);
        }
    }

    /** A gazetteer from the given files (formats in docs/GAZETTEER.md); the streams are read, not closed. */
    public static Gazetteer load(InputStream geonamesPlaces, InputStream geonamesNames, InputStream countries,
                                 InputStream admin, InputStream supplement) throws IOException {
        Gazetteer g = new Gazetteer(GazetteerFile.read(geonamesPlaces, geonamesNames));
        g.loadAdmins(rows(admin));
        g.loadCountries(rows(countries));
        g.loadSupplement(rows(supplement));
        return g;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = Gazetteer.class.getResourceAsStream(RESOURCES + name);
        if (in == null) {
            throw new IOException("missing resource " + RESOURCES + name);
        }
        return in;
    }

    /** Where the data came from, for `vigil places` and the docs. */
    public String source() {
        return source;
    }

    /** Number of places (all kinds). */
    public int size() {
        return base + extra.size();
    }

    // ---------------------------------------------------------------------------------------------- lookups

    /** Every place this name can mean, most likely first by the priors alone (kind, seat, population). */
    public List<Place> candidates(String name) {
        List<Place> out = new ArrayList<>();
        for (int e : entitiesNamed(name)) {
            out.add(place(e));
        }
        return out;
    }

    /** Entity numbers for a name, best prior first. */
    int[] entitiesNamed(String name) {
        String key = GazetteerFile.key(name);
        Set<Integer> ids = new java.util.LinkedHashSet<>(geonamesNames.lookup(key));
        ids.addAll(curatedNames.lookup(key));
        return sortByPrior(ids.stream().mapToInt(Integer::intValue).toArray());
    }

    int[] sortByPrior(int[] entities) {
        Integer[] boxed = Arrays.stream(entities).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, Comparator.comparingDouble((Integer e) -> -prior(e)).thenComparingInt(e -> e));
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }

    public Optional<Place> byId(String id) {
        Integer e = entityById(id);
        return e == null ? Optional.empty() : Optional.of(place(e));
    }

    Integer entityById(String id) {
        if (id.startsWith("geonames:")) {
            try {
                int k = Arrays.binarySearch(geo.geonameId, Integer.parseInt(id.substring(9)));
                return k >= 0 ? k : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (id.startsWith("geonames-admin1:")) {
            Integer a = admin1ByCode.get(id.substring(16));
            return a == null || Float.isNaN(admin1Lat[a]) ? null : nGeo + a;
        }
        if (id.startsWith("geonames-admin2:")) {
            int a = Arrays.binarySearch(geo.admin2Code, id.substring(16));
            return a < 0 || Float.isNaN(admin2Lat[a]) ? null : nGeo + nAdmin1 + a;
        }
        return byId.get(id);
    }

    /** A country by ISO 3166-1 alpha-2 code ("PK"), by name ("Pakistan", "Afghanistan's") or by a listed variant. */
    public Optional<Place> country(String isoOrName) {
        String s = isoOrName.trim();
        if (s.length() == 2 && countryByIso.containsKey(s.toUpperCase(Locale.ROOT))) {
            return Optional.of(place(countryByIso.get(s.toUpperCase(Locale.ROOT))));
        }
        s = s.replaceAll("['\u2019]s?$", "");
        for (int e : curatedNames.lookup(GazetteerFile.key(s))) {
            if (kind(e) == PlaceKind.COUNTRY) {
                return Optional.of(place(e));
            }
        }
        return Optional.empty();
    }

    /** The province (admin1) of this name in this country, if any ("Khyber Pakhtunkhwa", "NWFP", "Paktika"). */
    public Optional<Place> province(String country, String name) {
        int a = admin1Named(country, name);
        return a < 0 ? Optional.empty() : Optional.of(place(nGeo + a));
    }

    /** The admin1 of this country with this name or alias, or -1. */
    private int admin1Named(String country, String name) {
        for (int e : curatedNames.lookup(GazetteerFile.key(name))) {
            if (kind(e) == PlaceKind.PROVINCE && countryOf(e).equals(country)) {
                return e - nGeo;
            }
        }
        for (int e : geonamesNames.lookup(GazetteerFile.key(name))) {
            if (kind(e) == PlaceKind.PROVINCE && countryOf(e).equals(country)) {
                return e - nGeo;
            }
        }
        return -1;
    }

    /** The district of this province with this name or alias, or -1. */
    private int admin2Named(int admin1, String name) {
        String key = GazetteerFile.key(name);
        for (PhraseMatcher<Integer> m : List.of(curatedNames, geonamesNames)) {
            for (int e : m.lookup(key)) {
                if (kind(e) == PlaceKind.DISTRICT && admin1Of(e) == admin1) {
                    return admin2Of(e);
                }
            }
        }
        return -1;
    }

    // ------------------------------------------------------------------------------------- entity accessors

    Place place(int e) {
        if (e >= base) {
            return extra.get(e - base);
        }
        Place p = cache.get(e);
        if (p == null) {
            p = makePlace(e);
            cache.compareAndSet(e, null, p);
        }
        return p;
    }

    private Place makePlace(int e) {
        if (e < nGeo) {
            int a1 = geo.placeAdmin1[e];
            int a2 = geo.placeAdmin2[e];
            return new Place("geonames:" + geo.geonameId[e], geo.placeName(e), kind(e), countryOf(e),
                    a1 < 0 ? Optional.empty() : admin1Opt.get(a1), a2 < 0 ? Optional.empty() : Optional.of(admin2Name.get(a2)),
                    geo.lat[e], geo.lon[e], geo.population[e]);
        }
        if (e < nGeo + nAdmin1) {
            int a = e - nGeo;
            return new Place("geonames-admin1:" + geo.admin1Code[a], admin1Name[a], PlaceKind.PROVINCE, countryOf(e),
                    Optional.empty(), Optional.empty(), admin1Lat[a], admin1Lon[a], geo.admin1Pop[a]);
        }
        int a = e - nGeo - nAdmin1;
        int a1 = admin2Parent.get(a);
        return new Place("geonames-admin2:" + geo.admin2Code[a], admin2Name.get(a), PlaceKind.DISTRICT, countryOf(e),
                a1 < 0 ? Optional.empty() : admin1Opt.get(a1), Optional.empty(), admin2Lat[a], admin2Lon[a], geo.admin2Pop[a]);
    }

    PlaceKind kind(int e) {
        if (e < nGeo) {
            return geo.rank[e] == GazetteerFile.RANK_SECTION ? PlaceKind.POINT : PlaceKind.TOWN;
        }
        if (e < nGeo + nAdmin1) {
            return PlaceKind.PROVINCE;
        }
        return e < base ? PlaceKind.DISTRICT : extra.get(e - base).kind();
    }

    String countryOf(int e) {
        if (e < nGeo) {
            return geo.countries[geo.placeCountry[e]];
        }
        if (e < nGeo + nAdmin1) {
            return geo.countries[geo.admin1Country[e - nGeo]];
        }
        return e < base ? geo.countries[geo.admin2Country[e - nGeo - nAdmin1]] : extra.get(e - base).country();
    }

    int admin1Of(int e) {
        if (e < nGeo) {
            return geo.placeAdmin1[e];
        }
        if (e < nGeo + nAdmin1) {
            return e - nGeo;
        }
        return e < base ? admin2Parent.get(e - nGeo - nAdmin1) : extraAdmin1.get(e - base);
    }

    int admin2Of(int e) {
        if (e < nGeo) {
            return geo.placeAdmin2[e];
        }
        if (e < nGeo + nAdmin1) {
            return -1;
        }
        return e < base ? e - nGeo - nAdmin1 : extraAdmin2.get(e - base);
    }

    double lat(int e) {
        return e < nGeo ? geo.lat[e] : place(e).lat();
    }

    double lon(int e) {
        return e < nGeo ? geo.lon[e] : place(e).lon();
    }

    long population(int e) {
        if (e < nGeo) {
            return geo.population[e];
        }
        if (e < nGeo + nAdmin1) {
            return geo.admin1Pop[e - nGeo];
        }
        return e < base ? geo.admin2Pop[e - nGeo - nAdmin1] : extra.get(e - base).population();
    }

    /** Feature rank (see {@link GazetteerFile}) of a town; provinces, districts and countries have none (-1). */
    int rank(int e) {
        if (e < nGeo) {
            return geo.rank[e];
        }
        return e < base ? -1 : extraRank.get(e - base);
    }

    boolean isCurated(int e) {
        return e >= base && extra.get(e - base).id().startsWith("vigil:");
    }

    boolean isCapital(int e) {
        return kind(e) == PlaceKind.TOWN && rank(e) == GazetteerFile.RANK_CAPITAL;
    }

    int admin1Entity(int admin1) {
        return admin1 < 0 ? -1 : nGeo + admin1;
    }

    int admin2Entity(int admin2) {
        return admin2 < 0 ? -1 : admin2Entity.get(admin2);
    }

    Integer countryEntity(String iso) {
        return countryByIso.get(iso);
    }

    /**
     * How likely a place is meant when nothing else is known: countries, then provinces, capitals and seats,
     * then population. Curated places get a nudge: they were added because conflict reporting names them.
     */
    double prior(int e) {
        PlaceKind k = kind(e);
        long people = population(e);
        if (people == 0 && k == PlaceKind.TOWN && isCurated(e)) {
            people = 10_000; // a town the supplement adds because news names it is rarely a hamlet
        }
        double p = Math.log10(people + 10);
        p += switch (k) {
            case COUNTRY -> 6;
            // a province's population is the sum of its towns': count it at half weight
            case PROVINCE -> 3 - p / 2;
            case DISTRICT -> 0.5;
            case TOWN, POINT -> switch (rank(e)) {
                case GazetteerFile.RANK_CAPITAL -> 4;
                case GazetteerFile.RANK_ADMIN1_SEAT -> 2;
                case GazetteerFile.RANK_ADMIN2_SEAT -> 1.2;
                case GazetteerFile.RANK_LOWER_SEAT -> 0.3;
                case GazetteerFile.RANK_SECTION -> -0.5;
                default -> 0;
            };
        };
        if (isCurated(e)) {
            p += 1.5;
        }
        return p;
    }

    /** The matchers the tagger runs: GeoNames names (large, sorted) and curated names (countries, admin, supplement). */
    PhraseMatcher<Integer> geonamesMatcher() {
        return geonamesNames;
    }

    PhraseMatcher<Integer> curatedMatcher() {
        return curatedNames;
    }

    /** True when every word piece of the key is an everyday English word ("tank", "the mall"): needs context. */
    boolean isCommonWords(String key) {
        for (String piece : key.split(" ")) {
            if (!commonWords.contains(piece)) {
                return false;
            }
        }
        return true;
    }

    /** Curated names listed in capitals ("KP", "FATA", "US"): matched only when written in capitals. */
    boolean isAcronym(String key) {
        return acronymKeys.contains(key);
    }

    // -------------------------------------------------------------------------------------------- loading

    private void loadAdmins(List<String[]> overrides) {
        for (int i = 0; i < nAdmin1; i++) {
            admin1ByCode.put(geo.admin1Code[i], i);
        }
        for (int i = 0; i < nAdmin2File; i++) {
            admin2Name.add(districtName(geo.admin2Name[i]));
            admin2Parent.add(geo.admin2Parent[i]);
            admin2Entity.add(nGeo + nAdmin1 + i);
        }
        List<Runnable> names = new ArrayList<>();
        for (String[] r : overrides) {
            Integer a1 = admin1ByCode.get(r[0]);
            // admin2 codes are sorted in the file: a binary search spares a 47,000-entry map at start-up
            int found = java.util.Arrays.binarySearch(geo.admin2Code, r[0]);
            Integer a2 = found >= 0 ? Integer.valueOf(found) : null;
            if (a1 == null && a2 == null) {
                throw new IllegalStateException("admin.tsv: unknown admin code " + r[0]);
            }
            int e = a1 != null ? nGeo + a1 : nGeo + nAdmin1 + a2;
            if (!col(r, 1).isEmpty()) {
                if (a1 != null) {
                    admin1Name[a1] = col(r, 1);
                } else {
                    admin2Name.set(a2, col(r, 1));
                }
            }
            if (!col(r, 3).isEmpty()) {
                float lat = Float.parseFloat(col(r, 3));
                float lon = Float.parseFloat(col(r, 4));
                if (a1 != null) {
                    admin1Lat[a1] = lat;
                    admin1Lon[a1] = lon;
                } else {
                    admin2Lat[a2] = lat;
                    admin2Lon[a2] = lon;
                }
            }
            String generic = a1 != null ? " Province" : " District";
            if (Float.isNaN(a1 != null ? admin1Lat[a1] : admin2Lat[a2])) {
                throw new IllegalStateException("admin.tsv: " + r[0] + " has no point in GeoNames; give lat and lon");
            }
            names.add(() -> {
                String name = a1 != null ? admin1Name[a1] : admin2Name.get(a2);
                addName(name, e);
                addName(name + generic, e);
                for (String a : aliases(col(r, 2))) {
                    addName(a, e);
                }
            });
        }
        for (int i = 0; i < nAdmin1; i++) {
            admin1Opt.add(Optional.of(admin1Name[i]));
        }
        names.forEach(Runnable::run);
    }

    private int addDistrict(String id, int a1, String name, double lat, double lon, long pop, List<String> aliases) {
        String cc = geo.countries[geo.admin1Country[a1]];
        int a2 = admin2Name.size();
        admin2Name.add(name);
        admin2Parent.add(a1);
        Place p = new Place(id, name, PlaceKind.DISTRICT, cc, admin1Opt.get(a1), Optional.empty(), lat, lon, pop);
        int e = addExtra(p, a1, a2, -1);
        admin2Entity.add(e);
        List<String> names = new ArrayList<>(aliases);
        names.add(name);
        names.add(name + " District");
        for (String n : names) {
            addName(n, e);
        }
        return e;
    }

    private void loadCountries(List<String[]> rows) {
        for (String[] r : rows) {
            String iso = r[0];
            Place p = new Place("iso:" + iso, r[1], PlaceKind.COUNTRY, iso, Optional.empty(), Optional.empty(),
                    Double.parseDouble(r[4]), Double.parseDouble(r[5]), 0);
            int e = addExtra(p, -1, -1, -3);
            countryByIso.put(iso, e);
            addName(r[1], e);
            for (String a : aliases(col(r, 2))) {
                addName(a, e);
            }
        }
    }

    private void loadSupplement(List<String[]> rows) {
        for (String[] r : rows) {
            RowKind kind = RowKind.valueOf(r[1].toUpperCase(Locale.ROOT));
            String where = "supplement.tsv: " + r[0];
            if (kind == RowKind.ALIAS) {
                Integer e = entityById(r[0]);
                if (e == null) {
                    throw new IllegalStateException(where + ": no such place to alias");
                }
                for (String a : aliases(col(r, 3))) {
                    addName(a, e);
                }
                continue;
            }
            String cc = r[4];
            int a1 = r[5].isEmpty() ? -1 : admin1Named(cc, r[5]);
            if (a1 < 0 && !r[5].isEmpty()) {
                throw new IllegalStateException(where + ": unknown province " + r[5] + " in " + cc);
            }
            double lat = Double.parseDouble(r[7]);
            double lon = Double.parseDouble(r[8]);
            long pop = col(r, 9).isEmpty() ? 0 : Long.parseLong(col(r, 9));
            if (kind == RowKind.DISTRICT) {
                if (a1 < 0) {
                    throw new IllegalStateException(where + ": a district needs its province");
                }
                addDistrict(r[0], a1, r[2], lat, lon, pop, aliases(col(r, 3)));
                continue;
            }
            int a2 = r[6].isEmpty() ? -1 : admin2Named(a1, r[6]);
            if (a2 < 0 && !r[6].isEmpty()) {
                throw new IllegalStateException(where + ": unknown district " + r[6] + " in " + r[5]);
            }
            Place p = new Place(r[0], r[2], kind == RowKind.POINT ? PlaceKind.POINT : PlaceKind.TOWN, cc,
                    a1 < 0 ? Optional.empty() : admin1Opt.get(a1), a2 < 0 ? Optional.empty() : Optional.of(admin2Name.get(a2)),
                    lat, lon, pop);
            int e = addExtra(p, a1, a2, kind == RowKind.POINT ? GazetteerFile.RANK_SECTION : GazetteerFile.RANK_PLACE);
            addName(r[2], e);
            for (String a : aliases(col(r, 3))) {
                addName(a, e);
            }
        }
    }

    private int addExtra(Place p, int a1, int a2, int rank) {
        int e = base + extra.size();
        if (byId.put(p.id(), e) != null) {
            throw new IllegalStateException("duplicate gazetteer id " + p.id());
        }
        extra.add(p);
        extraAdmin1.add(a1);
        extraAdmin2.add(a2);
        extraRank.add(rank);
        return e;
    }

    private void addName(String name, int e) {
        String key = GazetteerFile.key(name);
        if (key.isEmpty()) {
            return;
        }
        if (isAcronym(name.toCharArray())) {
            acronymKeys.add(key);
        }
        curatedNames.addKey(key, e);
    }

    /** Five letters or fewer, all capitals ("KP", "U.S.", "FATA"). */
    private static boolean isAcronym(char[] name) {
        int letters = 0;
        for (char c : name) {
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters > 0 && letters <= 5;
    }

    /** GeoNames spells districts "Chitrāl District" or "Bājaur Agency"; Vigil names them "Chitral", "Bajaur". */
    private static String districtName(String name) {
        return name.endsWith(" District") ? name.substring(0, name.length() - 9) : name;
    }

    static String ascii(String s) {
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) {
            plain = s.charAt(i) < 128;
        }
        if (plain) {
            return s;
        }
        String d = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\u2018' || c == '\u2019' || c == '\u02BF'
                    || c == '\u02BE') {
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    private static List<String> aliases(String col) {
        List<String> out = new ArrayList<>();
        for (String a : col.split("\\|")) {
            if (!a.isBlank()) {
                out.add(a.trim());
            }
        }
        return out;
    }

    private static String col(String[] r, int i) {
        return i < r.length ? r[i].trim() : "";
    }

    /** Tab-separated rows; blank lines and lines starting with '#' are skipped. */
    static List<String[]> rows(InputStream in) throws IOException {
        List<String[]> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            out.add(line.split("\t", -1));
        }
        return out;
    }

    /** A view of part of an int array as a list, for the sorted matcher's values: no copy per match. */
    private static final class IntSlice extends AbstractList<Integer> {
        private final int[] a;
        private final int from;
        private final int to;

        IntSlice(int[] a, int from, int to) {
            this.a = a;
            this.from = from;
            this.to = to;
        }

        @Override
        public Integer get(int i) {
            return a[from + i];
        }

        @Override
        public int size() {
            return to - from;
        }
    }

    private static final class IntList {
        private int[] a = new int[1024];
        private int n;

        void add(int v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        int get(int i) {
            return a[i];
        }
    }
}
