package org.vigil.merge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which event modes name the same kind of act, loaded from {@code mode-families.tsv}: "bombing" and
 * "suicide-bombing" are one family, a shooting and a bombing are compatible (complex attacks get told both ways),
 * an airstrike and a bombing are two acts.
 */
public final class ModeFamilies {
    /** How two modes relate, from the same word to two different acts. */
    public enum Fit { SAME_MODE, SAME_FAMILY, COMPATIBLE, UNKNOWN, DIFFERENT }

    private final Map<String, String> familyOf;
    private final Set<String> compatible;

    public ModeFamilies(Map<String, String> familyOf, Set<String> compatiblePairs) {
        this.familyOf = Map.copyOf(familyOf);
        this.compatible = Set.copyOf(compatiblePairs);
    }

    private static final ModeFamilies STANDARD = load("mode-families.tsv");

    /** The bundled table. */
    public static ModeFamilies standard() {
        return STANDARD;
    }

    static ModeFamilies load(String resource) {
        Map<String, String> families = new HashMap<>();
        Set<String> pairs = new HashSet<>();
        try (InputStream in = ModeFamilies.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f[0].equals("compatible") && f.length == 3) {
                    pairs.add(pairKey(f[1], f[2]));
                } else if (f.length == 2) {
                    families.put(key(f[0]), f[1]);
                } else {
                    throw new IllegalStateException(resource + ": bad line: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ModeFamilies(families, pairs);
    }

    public Optional<String> familyOf(String mode) {
        return Optional.ofNullable(mode == null ? null : familyOf.get(key(mode)));
    }

    public Fit fit(String a, String b) {
        if (a != null && b != null && key(a).equals(key(b)) && !a.isBlank()) {
            return Fit.SAME_MODE;
        }
        Optional<String> fa = familyOf(a);
        Optional<String> fb = familyOf(b);
        if (fa.isEmpty() || fb.isEmpty()) {
            return Fit.UNKNOWN;
        }
        if (fa.get().equals(fb.get())) {
            return Fit.SAME_FAMILY;
        }
        return compatible.contains(pairKey(fa.get(), fb.get())) ? Fit.COMPATIBLE : Fit.DIFFERENT;
    }

    private static String key(String mode) {
        return mode.trim().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }
}
