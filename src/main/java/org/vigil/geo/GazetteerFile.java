package org.vigil.geo;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import org.vigil.text.Normalizer;

/**
 * The compact GeoNames-derived gazetteer file ({@code geonames.bin.gz}) as written by
 * {@link org.vigil.geo.build.GazetteerBuilder} and read at start-up: column arrays, no per-place objects.
 * Names are stored as match keys (word pieces in {@link Normalizer#key} form joined by single spaces).
 */
public final class GazetteerFile {
    /** "VGZ2": bump when the layout changes, and rebuild with tools/gazetteer/build.sh. */
    public static final int MAGIC = 0x56475a32;

    /** Feature ranks, most important first: capital, admin1 seat, admin2 seat, lower seats, plain place, section. */
    public static final int RANK_CAPITAL = 0;
    public static final int RANK_ADMIN1_SEAT = 1;
    public static final int RANK_ADMIN2_SEAT = 2;
    public static final int RANK_LOWER_SEAT = 3;
    public static final int RANK_PLACE = 4;
    public static final int RANK_SECTION = 5;

    String source;
    String[] countries;

    int admin1Count;
    String[] admin1Code;
    short[] admin1Country;
    String[] admin1Name;
    float[] admin1Lat;
    float[] admin1Lon;
    long[] admin1Pop;

    int admin2Count;
    String[] admin2Code;
    short[] admin2Country;
    int[] admin2Parent;
    String[] admin2Name;
    float[] admin2Lat;
    float[] admin2Lon;
    long[] admin2Pop;

    int placeCount;
    int[] geonameId;
    /** Place i's display name is UTF-8 bytes [nameOffsets[i], nameOffsets[i+1]) of nameBytes. */
    byte[] nameBytes;
    int[] nameOffsets;
    byte[] rank;
    short[] placeCountry;
    int[] placeAdmin1;
    int[] placeAdmin2;
    float[] lat;
    float[] lon;
    int[] population;

    /** Match keys, sorted, as UTF-8 (see {@link #key}); key i's places are valueData[valueStart[i] .. valueStart[i+1]). */
    byte[] keyBytes;
    int[] keyOffsets;
    int[] valueStart;
    int[] valueData;
    String[] commonWords;

    String placeName(int i) {
        return new String(nameBytes, nameOffsets[i], nameOffsets[i + 1] - nameOffsets[i], java.nio.charset.StandardCharsets.UTF_8);
    }

    public static int featureRank(String featureCode) {
        return switch (featureCode) {
            // PPLG: seat of government where it is not the capital (The Hague)
            case "PPLC", "PPLG" -> RANK_CAPITAL;
            case "PPLA" -> RANK_ADMIN1_SEAT;
            case "PPLA2" -> RANK_ADMIN2_SEAT;
            case "PPLA3", "PPLA4", "PPLA5" -> RANK_LOWER_SEAT;
            case "PPLX" -> RANK_SECTION;
            default -> RANK_PLACE;
        };
    }

    /** The match key of a name: its word pieces (split at spaces and hyphens) in {@link Normalizer#key} form. */
    public static String key(String name) {
        StringBuilder b = new StringBuilder(name.length());
        int n = name.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSeparator(name.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSeparator(name.charAt(i))) {
                i++;
            }
            if (i > start) {
                String k = Normalizer.key(name.substring(start, i));
                if (!k.isEmpty()) {
                    if (b.length() > 0) {
                        b.append(' ');
                    }
                    b.append(k);
                }
            }
        }
        return b.toString();
    }

    /** Where PhraseMatcher splits a phrase into pieces: white space and hyphens. */
    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** Reads the places file here and the names file on a second thread: each is inflated and parsed alone. */
    static GazetteerFile read(InputStream places, InputStream names) throws IOException {
        GazetteerFile g = new GazetteerFile();
        IOException[] failure = new IOException[1];
        Thread t = new Thread(() -> {
            try {
                g.readNames(inflate(names));
            } catch (IOException | RuntimeException e) {
                failure[0] = e instanceof IOException io ? io : new IOException(e);
            }
        }, "gazetteer-names");
        t.start();
        g.readPlaces(inflate(places));
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while loading the gazetteer", e);
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        if (g.keyPlacesCount != g.placeCount) {
            throw new IOException("gazetteer places and names files do not belong together; rebuild with tools/gazetteer/build.sh");
        }
        return g;
    }

    private static byte[] inflate(InputStream raw) throws IOException {
        try (InputStream gz = new GZIPInputStream(raw, 1 << 16)) {
            return gz.readAllBytes();
        }
    }

    private int keyPlacesCount = -1;

    private void readNames(byte[] bytes) throws IOException {
        GazetteerFile g = this;
        Cursor in = new Cursor(bytes);
        if (in.readInt() != MAGIC) {
            throw new IOException("not a Vigil gazetteer names file (or an older layout); rebuild it with tools/gazetteer/build.sh");
        }
        keyPlacesCount = in.readInt();
        int nk = in.readInt();
        g.keyOffsets = new int[nk + 1];
        g.keyBytes = in.readStrings(g.keyOffsets);
        g.valueStart = new int[nk + 1];
        int[] data = new int[nk * 2];
        int m = 0;
        for (int i = 0; i < nk; i++) {
            g.valueStart[i] = m;
            int count = readVarint(in);
            if (m + count > data.length) {
                data = java.util.Arrays.copyOf(data, Math.max(data.length * 3 / 2, m + count));
            }
            int prev = 0;
            for (int j = 0; j < count; j++) {
                prev += readVarint(in);
                data[m++] = prev;
            }
        }
        g.valueStart[nk] = m;
        g.valueData = data;
        g.commonWords = new String[in.readInt()];
        for (int i = 0; i < g.commonWords.length; i++) {
            g.commonWords[i] = in.readUTF();
        }
    }

    private void readPlaces(byte[] bytes) throws IOException {
        GazetteerFile g = this;
        {
            Cursor in = new Cursor(bytes);
            if (in.readInt() != MAGIC) {
                throw new IOException("not a Vigil gazetteer file (or an older layout); rebuild it with tools/gazetteer/build.sh");
            }
            g.source = in.readUTF();
            g.countries = new String[in.readInt()];
            for (int i = 0; i < g.countries.length; i++) {
                g.countries[i] = in.readUTF();
            }
            int n1 = g.admin1Count = in.readInt();
            g.admin1Code = new String[n1];
            g.admin1Country = new short[n1];
            g.admin1Name = new String[n1];
            g.admin1Lat = new float[n1];
            g.admin1Lon = new float[n1];
            g.admin1Pop = new long[n1];
            for (int i = 0; i < n1; i++) {
                g.admin1Code[i] = in.readUTF();
                g.admin1Country[i] = in.readShort();
                g.admin1Name[i] = in.readUTF();
                g.admin1Lat[i] = in.readFloat();
                g.admin1Lon[i] = in.readFloat();
                g.admin1Pop[i] = in.readLong();
            }
            int n2 = g.admin2Count = in.readInt();
            g.admin2Code = new String[n2];
            g.admin2Country = new short[n2];
            g.admin2Parent = new int[n2];
            g.admin2Name = new String[n2];
            g.admin2Lat = new float[n2];
            g.admin2Lon = new float[n2];
            g.admin2Pop = new long[n2];
            for (int i = 0; i < n2; i++) {
                String suffix = in.readUTF();
                g.admin2Country[i] = in.readShort();
                g.admin2Parent[i] = in.readInt();
                g.admin2Code[i] = g.admin2Parent[i] >= 0 ? g.admin1Code[g.admin2Parent[i]] + "." + suffix
                        : g.countries[g.admin2Country[i]] + ".?." + suffix;
                g.admin2Name[i] = in.readUTF();
                g.admin2Lat[i] = in.readFloat();
                g.admin2Lon[i] = in.readFloat();
                g.admin2Pop[i] = in.readLong();
            }
            int n = g.placeCount = in.readInt();
            g.geonameId = new int[n];
            g.rank = new byte[n];
            g.placeCountry = new short[n];
            g.placeAdmin1 = new int[n];
            g.placeAdmin2 = new int[n];
            g.lat = new float[n];
            g.lon = new float[n];
            g.population = new int[n];
            int prevId = 0;
            for (int i = 0; i < n; i++) {
                g.geonameId[i] = prevId += readVarint(in);
            }
            g.nameOffsets = new int[n + 1];
            g.nameBytes = in.readStrings(g.nameOffsets);
            in.readFully(g.rank);
            for (int i = 0; i < n; i++) {
                g.placeCountry[i] = (short) (readVarint(in) - 1);
            }
            for (int i = 0; i < n; i++) {
                g.placeAdmin1[i] = readVarint(in) - 1;
            }
            for (int i = 0; i < n; i++) {
                g.placeAdmin2[i] = readVarint(in) - 1;
            }
            readCoordinates(in, g.lat);
            readCoordinates(in, g.lon);
            for (int i = 0; i < n; i++) {
                g.population[i] = readVarint(in);
            }
        }
    }

    private static void readCoordinates(Cursor in, float[] out) {
        int prev = 0;
        for (int i = 0; i < out.length; i++) {
            int z = readVarint(in);
            prev += (z >>> 1) ^ -(z & 1);
            out[i] = prev / 1e4f;
        }
    }

    private static int readVarint(Cursor in) {
        return in.readVarint();
    }

    /** Reads what DataOutputStream wrote, from memory: no per-byte stream calls on a start-up path. */
    private static final class Cursor {
        private final byte[] b;
        private int p;

        Cursor(byte[] b) {
            this.b = b;
        }

        int readInt() {
            int v = (b[p] & 0xFF) << 24 | (b[p + 1] & 0xFF) << 16 | (b[p + 2] & 0xFF) << 8 | (b[p + 3] & 0xFF);
            p += 4;
            return v;
        }

        long readLong() {
            return (long) readInt() << 32 | (readInt() & 0xFFFFFFFFL);
        }

        short readShort() {
            short v = (short) ((b[p] & 0xFF) << 8 | (b[p + 1] & 0xFF));
            p += 2;
            return v;
        }

        byte readByte() {
            return b[p++];
        }

        float readFloat() {
            return Float.intBitsToFloat(readInt());
        }

        /** A column of varint lengths then the bytes; fills offsets (length n + 1) and returns the bytes. */
        byte[] readStrings(int[] offsets) {
            int total = readInt();
            int at = 0;
            for (int i = 0; i + 1 < offsets.length; i++) {
                offsets[i] = at;
                at += readVarint();
            }
            offsets[offsets.length - 1] = at;
            byte[] out = java.util.Arrays.copyOfRange(b, p, p + total);
            p += total;
            return out;
        }

        void readFully(byte[] out) {
            System.arraycopy(b, p, out, 0, out.length);
            p += out.length;
        }

        int readVarint() {
            int v = 0;
            int shift = 0;
            int x;
            do {
                x = b[p++];
                v |= (x & 0x7F) << shift;
                shift += 7;
            } while ((x & 0x80) != 0);
            return v;
        }

        /** Modified UTF-8 as DataOutputStream writes it; plain ASCII (nearly every name) takes the fast path. */
        String readUTF() {
            int len = (b[p] & 0xFF) << 8 | (b[p + 1] & 0xFF);
            p += 2;
            int end = p + len;
            boolean ascii = true;
            for (int i = p; i < end; i++) {
                if (b[i] < 0) {
                    ascii = false;
                    break;
                }
            }
            String s;
            if (ascii) {
                s = new String(b, p, len, java.nio.charset.StandardCharsets.ISO_8859_1);
            } else {
                char[] c = new char[len];
            int n = 0;
            for (int i = p; i < end; ) {
                int x = b[i] & 0xFF;
                if (x < 0x80) {
                    c[n++] = (char) x;
                    i++;
                } else if ((x & 0xE0) == 0xC0) {
                    c[n++] = (char) ((x & 0x1F) << 6 | (b[i + 1] & 0x3F));
                    i += 2;
                } else {
                    c[n++] = (char) ((x & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | (b[i + 2] & 0x3F));
                    i += 3;
                }
            }
            s = new String(c, 0, n);
            }
            p = end;
            return s;
        }
    }
}
