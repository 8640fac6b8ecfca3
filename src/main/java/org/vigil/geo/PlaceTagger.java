package org.vigil.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigil.text.Dateline;
import org.vigil.text.Normalizer;
import org.vigil.text.PhraseMatcher;
import org.vigil.text.Sentence;
import org.vigil.text.SentenceKind;
import org.vigil.text.Token;
import org.vigil.text.Tokenizer;

/**
 * Finds the places an article names and resolves each to one gazetteer entry, in three steps in the manner of
 * CLAVIN: recognise (capitalised token runs that match gazetteer names, minus person names, everyday words and
 * other false alarms), resolve (priors, the article's focus country, admin context, nearby places, the dateline)
 * and read the sense (a capital or country standing for its government is flagged, not dropped).
 *
 * <p>Reads only body and headline sentences, plus the dateline. Immutable and thread-safe; build one per
 * gazetteer and share it.
 */
public final class PlaceTagger {
    /** Candidates scored per toponym; the rest are far down the priors ("San Jose" has dozens). */
    private static final int MAX_CANDIDATES = 40;
    /** Tokens between a place and the place that contains it ("Khar, the main town of Bajaur district"). */
    private static final int CONTEXT_WINDOW = 10;
    private static final int MAX_NAME_TOKENS = 8;
    private static final double NEAR_KM = 100;
    /** How far apart in a sentence two places still inform each other's resolution, in tokens. */
    private static final int SENTENCE_WINDOW = 60;

    private final Gazetteer g;
    private final TaggerCues cues;
    private final Tokenizer tokenizer = new Tokenizer();

    public PlaceTagger(Gazetteer gazetteer) {
        this(gazetteer, TaggerCues.loadDefault());
    }

    public PlaceTagger(Gazetteer gazetteer, TaggerCues cues) {
        this.g = gazetteer;
        this.cues = cues;
    }

    public Gazetteer gazetteer() {
        return g;
    }

    /** A toponym while it is being resolved. */
    private static final class Toponym {
        /** Position in the article's list of toponyms, which is in text order. */
        int index;
        List<Token> toks;
        int sentence;
        int from;
        int to;
        int start;
        int end;
        String text;
        boolean dateline;
        boolean strongCue;
        /** The name runs on into another word ("Bata Tal bazaar", "Madina mosque"): it may name something else. */
        boolean nameGoesOn;
        PlaceMention.Sense sense = PlaceMention.Sense.LOCATION;
        int[] cands;
        String key;
        double[] score;
        int[] containers;
        int[] container;
        boolean[] containerNear;
        /** The country named beside a candidate that lies in it ("Saravan in Iran"), or -1. */
        int[] countryNear;
        int[] holds;
        int[] nearTo;
        int chosen;
        List<String> why = new ArrayList<>();
    }

    /**
     * The places named in the body and headline sentences and in the dateline, in text order.
     *
     * @param tokens all tokens of the document, in order, with their sentence index
     */
    public List<PlaceMention> tag(String text, List<Sentence> sentences, List<Token> tokens, Optional<Dateline> dateline) {
        int slots = 0;
        for (Sentence s : sentences) {
            slots = Math.max(slots, s.index() + 1);
        }
        int[] from = new int[slots];
        int[] to = new int[slots];
        java.util.Arrays.fill(from, -1);
        for (int i = 0; i < tokens.size(); i++) {
            int s = tokens.get(i).sentence();
            if (s >= 0 && s < from.length) {
                if (from[s] < 0) {
                    from[s] = i;
                }
                to[s] = i + 1;
            }
        }
        boolean[] inPerson = new boolean[tokens.size()];
        Set<String> personKeys = new HashSet<>();
        for (Sentence s : sentences) {
            if (eligible(s) && from[s.index()] >= 0) {
                findPersons(tokens, from[s.index()], to[s.index()], inPerson, personKeys);
            }
        }
        List<Toponym> tops = new ArrayList<>();
        if (dateline.isPresent()) {
            Dateline d = dateline.get();
            List<Token> dt = tokenizer.tokenize(text, d.placeStart(), d.placeEnd(), -1);
            recognise(text, dt, 0, dt.size(), -1, true, false, new boolean[dt.size()], Set.of(), tops);
        }
        for (Sentence s : sentences) {
            if (eligible(s) && from[s.index()] >= 0) {
                recognise(text, tokens, from[s.index()], to[s.index()], s.index(), false, s.kind() == SentenceKind.HEADLINE,
                        inPerson, personKeys, tops);
            }
        }
        if (tops.isEmpty()) {
            return List.of();
        }
        resolve(tops);
        readSenses(tops);
        List<PlaceMention> out = new ArrayList<>(tops.size());
        for (Toponym t : tops) {
            List<Place> others = new ArrayList<>();
            for (int k = 0; k < t.cands.length && others.size() < 10; k++) {
                if (t.cands[k] != t.chosen) {
                    others.add(g.place(t.cands[k]));
                }
            }
            out.add(new PlaceMention(t.start, t.end, t.text, g.place(t.chosen), others, String.join("; ", t.why), t.sense));
        }
        out.sort(Comparator.comparingInt(PlaceMention::start));
        return out;
    }

    private static boolean eligible(Sentence s) {
        return s.kind() == SentenceKind.CONTENT || s.kind() == SentenceKind.HEADLINE;
    }

    // ------------------------------------------------------------------------------------------ persons

    /**
     * Marks capitalised runs that are people's names: after a title ("Minister Ishaq Dar"), opening with or
     * holding a given name ("Hina Rabbani Khar", "Police Zahid Gondal"), or of two or three words before "said".
     * Their words other than given names are remembered, so "Khar said" or "Dar held talks" later in the
     * article are not places either.
     */
    private void findPersons(List<Token> tokens, int from, int to, boolean[] inPerson, Set<String> personKeys) {
        int i = from;
        while (i < to) {
            if (!isCapitalisedWord(tokens.get(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < to && (isCapitalisedWord(tokens.get(j))
                    || (j + 1 < to && cues.is("connector", key(tokens.get(j))) && isCapitalisedWord(tokens.get(j + 1))))) {
                j++;
            }
            int personStart = -1;
            boolean titled = i > from && cues.is("title", key(tokens.get(i - 1)));
            int lastTitle = -1;
            for (int k = i; k < j; k++) {
                if (cues.is("title", key(tokens.get(k)))) {
                    lastTitle = k;
                }
            }
            if (lastTitle >= 0 && lastTitle + 1 < j) {
                personStart = lastTitle + 1;
            } else if (titled && lastTitle < 0) {
                personStart = i;
            } else if (lastTitle < 0 && j - i >= 2 && cues.is("given-name", key(tokens.get(i)))) {
                personStart = i;
            } else if (lastTitle < 0 && j - i >= 3 && givenNameInside(tokens, i + 1, j - 1) >= 0) {
                // "Police Zahid Gondal": a given name inside a longer run starts the person's name
                personStart = givenNameInside(tokens, i + 1, j - 1);
            } else if (lastTitle < 0 && j - i >= 2 && j - i <= 3 && j < to && isSpeechVerb(tokens.get(j))
                    && !hasOrgWordOrBigPlace(tokens, i, j)) {
                // "Zabihullah Mujahid said"; not "the Pakistan Automotive Manufacturers Association said"
                personStart = i;
            }
            // "Governor Khyber Pakhtunkhwa Faisal Karim Kundi": the office's place is not part of the name
            while (personStart >= 0 && personStart < j - 1) {
                PhraseMatcher.Match<Integer> place = match(tokens, personStart, j);
                if (place == null || place.endToken() >= j || !anyImportant(place.values())) {
                    break;
                }
                personStart = place.endToken();
            }
            // a known place after a given name is still the place ("Mir Ali"); after a title only a province or
            // country is ("Home Minister Balochistan"), a town is a surname ("Ms Khar", "Mr Dar")
            boolean afterTitle = lastTitle >= 0 || titled;
            if (personStart >= 0 && !(afterTitle ? isProvinceOrCountry(tokens, personStart, j) : isKnownPlace(tokens, personStart, j))) {
                for (int k = personStart; k < j; k++) {
                    inPerson[k] = true;
                    String w = key(tokens.get(k));
                    if (!cues.is("given-name", w) && !cues.is("connector", w) && !cues.is("title", w)
                            && !isProvinceOrCountry(tokens, k, k + 1)) {
                        personKeys.add(w);
                    }
                }
            }
            i = j;
        }
    }

    private int givenNameInside(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (cues.is("given-name", key(tokens.get(k)))) {
                return k;
            }
        }
        return -1;
    }

    /** The run is itself a curated place, a province, a district, a country or a seat ("Mir Ali", "Dera Ismail Khan"). */
    private boolean isKnownPlace(List<Token> tokens, int from, int to) {
        PhraseMatcher.Match<Integer> m = match(tokens, from, to);
        return m != null && m.endToken() == to && anyImportant(m.values());
    }

    private boolean hasOrgWordOrBigPlace(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (cues.is("org-head", key(tokens.get(k))) || isProvinceOrCountry(tokens, k, k + 1)) {
                return true;
            }
        }
        return false;
    }

    private boolean isProvinceOrCountry(List<Token> tokens, int from, int to) {
        PhraseMatcher.Match<Integer> m = match(tokens, from, to);
        if (m == null || m.endToken() != to) {
            return false;
        }
        for (int e : m.values()) {
            if (g.kind(e) == PlaceKind.COUNTRY || g.kind(e) == PlaceKind.PROVINCE) {
                return true;
            }
        }
        return false;
    }

    private boolean isSpeechVerb(Token t) {
        String k = key(t);
        return k.equals("said") || k.equals("says") || k.equals("told") || k.equals("added") || k.equals("stated");
    }

    // -------------------------------------------------------------------------------------- recognition

    private void recognise(String text, List<Token> tokens, int from, int to, int sentence, boolean dateline,
                           boolean headline, boolean[] inPerson, Set<String> personKeys, List<Toponym> out) {
        int i = from;
        int lastEnd = -1;
        while (i < to) {
            Token t = tokens.get(i);
            if (inPerson[i] || !isCapitalisedWord(t)) {
                i++;
                continue;
            }
            int limit = i + 1;
            // a name is a few words long: looking further only costs time on text that is all capitals
            while (limit < to && limit < i + MAX_NAME_TOKENS && continuesName(tokens.get(limit))) {
                limit++;
            }
            PhraseMatcher.Match<Integer> m = match(tokens, i, limit);
            PhraseMatcher.Match<Integer> pm = possessiveMatch(tokens, i, to);
            if (pm != null && (m == null || pm.endToken() > m.endToken())) {
                m = pm;
            }
            if (m == null) {
                i++;
                continue;
            }
            Toponym top = new Toponym();
            top.toks = tokens;
            top.sentence = sentence;
            top.from = i;
            top.to = m.endToken();
            top.start = m.start();
            top.end = m.end();
            top.text = text.substring(m.start(), m.end());
            top.dateline = dateline;
            String key = GazetteerFile.key(top.text);
            top.key = key;
            if (accept(top, key, m.values(), from, to, personKeys)) {
                if (!dateline && partOfName(tokens, top, from, to, lastEnd, headline, m.values())) {
                    if (!anyImportant(m.values())) {
                        // "Serai" of "Serai Naurang", "Gondal" of "Zahid Gondal": a small place's name inside another name
                        i++;
                        continue;
                    }
                    top.sense = PlaceMention.Sense.NAME;
                    top.why.add("part of a name");
                } else if (!dateline && !anyImportant(m.values()) && (top.to < to && isCapitalisedWord(tokens.get(top.to))
                        && !cues.is("place-word", key(tokens.get(top.to))) || ofName(tokens, top.to, to))) {
                    // "Serai" of "Serai Naurang", "Line" of "Line of Control": part of a longer name
                    i++;
                    continue;
                }
                if (top.to < to) {
                    Token next = tokens.get(top.to);
                    top.nameGoesOn = isCapitalisedWord(next) && !cues.is("place-word", key(next))
                            || cues.is("facility", key(next));
                }
                int[] ents = m.values().stream().mapToInt(Integer::intValue).distinct().toArray();
                int[] sorted = g.sortByPrior(ents);
                top.cands = sorted.length > MAX_CANDIDATES ? java.util.Arrays.copyOf(sorted, MAX_CANDIDATES) : sorted;
                out.add(top);
                lastEnd = top.to;
                i = top.to;
            } else {
                i = personKeys.contains(key) ? top.to : i + 1;
            }
        }
    }

    /** "of" and a capitalised word follow: "Line of Control", "Bank of Punjab". */
    private static boolean ofName(List<Token> tokens, int end, int to) {
        return end + 1 < to && tokens.get(end).text().equals("of") && isCapitalisedWord(tokens.get(end + 1));
    }

    /** A country, province, district, seat of government or curated place: worth keeping inside a longer name. */
    private boolean anyImportant(List<Integer> values) {
        for (int e : values) {
            PlaceKind k = g.kind(e);
            if (k == PlaceKind.COUNTRY || k == PlaceKind.PROVINCE || k == PlaceKind.DISTRICT || g.isCurated(e)
                    || (g.rank(e) >= 0 && g.rank(e) <= GazetteerFile.RANK_ADMIN2_SEAT)) {
                return true;
            }
        }
        return false;
    }

    /** The longer of the GeoNames and curated matches at token i; on a tie, both sets of places. */
    private PhraseMatcher.Match<Integer> match(List<Token> tokens, int i, int to) {
        PhraseMatcher.Match<Integer> a = g.geonamesMatcher().longestAt(tokens, i, to);
        PhraseMatcher.Match<Integer> b = g.curatedMatcher().longestAt(tokens, i, to);
        if (a == null) {
            return b;
        }
        if (b == null || a.endToken() > b.endToken()) {
            return a;
        }
        if (b.endToken() > a.endToken()) {
            return b;
        }
        List<Integer> both = new ArrayList<>(b.values());
        both.addAll(a.values());
        return new PhraseMatcher.Match<>(a.startToken(), a.endToken(), a.start(), a.end(), both);
    }

    /**
     * A name with a possessive inside ("Cox's Bazar"): the tokenizer splits off "'s", so the name is matched
     * with the word and its "'s" joined again. Only a match that runs past the possessive counts; null if none.
     */
    private PhraseMatcher.Match<Integer> possessiveMatch(List<Token> tokens, int i, int to) {
        if (i + 2 >= to || !isPossessive(tokens.get(i + 1)) || tokens.get(i).end() != tokens.get(i + 1).start()
                || !isCapitalisedWord(tokens.get(i + 2))) {
            return null;
        }
        Token a = tokens.get(i);
        Token b = tokens.get(i + 1);
        List<Token> view = new ArrayList<>();
        view.add(new Token(a.start(), b.end(), a.text() + b.text(), a.sentence()));
        for (int k = i + 2; k < to && k < i + MAX_NAME_TOKENS && continuesName(tokens.get(k)); k++) {
            view.add(tokens.get(k));
        }
        PhraseMatcher.Match<Integer> m = match(view, 0, view.size());
        if (m == null || m.endToken() < 2) {
            return null;
        }
        return new PhraseMatcher.Match<>(i, i + 1 + m.endToken(), a.start(), m.end(), m.values());
    }

    /** Words a place name may run on with: capitalised words, particles ("Dasht-e-Barchi"), "district". */
    private boolean continuesName(Token t) {
        if (isCapitalisedWord(t)) {
            return true;
        }
        String k = key(t);
        return cues.is("connector", k) || cues.is("place-word", k) || cues.is("name-inner", k);
    }

    /** Why a match is not a place, or true when it may be one. */
    private boolean accept(Toponym top, String key, List<Integer> values, int from, int to, Set<String> personKeys) {
        List<Token> toks = top.toks;
        if (key.isEmpty() || cues.is("not-place", key)) {
            return false;
        }
        if (g.isAcronym(key) && !isAllCaps(top.text)) {
            return false;
        }
        top.strongCue = top.dateline || locativeBefore(toks, top.from, from) || placeWordAfter(toks, top.to, to)
                || placeAfterComma(toks, top.to, to);
        if (top.strongCue && locativeBefore(toks, top.from, from)) {
            top.why.add("after '" + toks.get(top.from - 1).text() + "'");
        }
        boolean single = top.to - top.from == 1;
        if (single && personKeys.contains(key) && !top.strongCue) {
            return false;
        }
        boolean bigPlace = false;
        for (int e : values) {
            PlaceKind k = g.kind(e);
            if (k == PlaceKind.COUNTRY || k == PlaceKind.PROVINCE || g.isCapital(e)) {
                bigPlace = true;
                break;
            }
        }
        if (single && !bigPlace && top.to < to && isSpeechVerb(toks.get(top.to))) {
            return false;
        }
        if (g.isCommonWords(key) && !top.strongCue) {
            return false;
        }
        return true;
    }

    /** "in Quetta", "near the Torkham", "the town of Sehwan", "outskirts of Peshawar". */
    private boolean locativeBefore(List<Token> toks, int i, int from) {
        int p = i - 1;
        if (p >= from && key(toks.get(p)).equals("the")) {
            p--;
        }
        if (p < from) {
            return false;
        }
        String k = key(toks.get(p));
        if (cues.is("locative", k)) {
            return true;
        }
        if (k.equals("of") && p - 1 >= from) {
            String before = key(toks.get(p - 1));
            return cues.is("place-word", before) || cues.is("locative", before);
        }
        return false;
    }

    private boolean placeWordAfter(List<Token> toks, int end, int to) {
        return end < to && cues.is("place-word", key(toks.get(end)));
    }

    /** "Khar, Bajaur": a comma and then another capitalised name that the gazetteer knows. */
    private boolean placeAfterComma(List<Token> toks, int end, int to) {
        if (end + 1 >= to || !toks.get(end).text().equals(",") || !isCapitalisedWord(toks.get(end + 1))) {
            return false;
        }
        PhraseMatcher.Match<Integer> m = match(toks, end + 1, to);
        if (m == null) {
            return false;
        }
        for (int e : m.values()) {
            if (g.kind(e) != PlaceKind.TOWN && g.kind(e) != PlaceKind.POINT) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Tehreek-e-Taliban Pakistan", "Balochistan Awami Party": a place name glued to other capitalised words
     * that make an organisation's name.
     */
    private boolean partOfName(List<Token> toks, Toponym top, int from, int to, int lastEnd, boolean headline,
                               List<Integer> values) {
        int n = top.to;
        if (n < to && isCapitalisedWord(toks.get(n))) {
            String next = firstPiece(key(toks.get(n)));
            if (cues.is("org-head", next)) {
                return true;
            }
            // "Pakistan Automotive Manufacturers Association", "Pakistan Tehreek-e-Insaf": a country or province
            // followed by a capitalised word that starts no place name and is no verb
            if (!headline && onlyCountriesOrProvinces(values) && match(toks, n, to) == null && !cues.is("place-word", next)
                    && !cues.is("agent-verb", next) && !cues.is("adverb", next) && !cues.is("locative", next)) {
                return true;
            }
        }
        int p = top.from - 1;
        // "State Bank of Pakistan", "University of Peshawar"
        if (p - 1 >= from && key(toks.get(p)).equals("of") && isCapitalisedWord(toks.get(p - 1))
                && cues.is("org-head", firstPiece(key(toks.get(p - 1))))) {
            return true;
        }
        if (p < from || p == lastEnd - 1 || !isCapitalisedWord(toks.get(p))) {
            return false;
        }
        String k = key(toks.get(p));
        boolean sentenceStart = p == from;
        return !cues.is("title", k) && !cues.is("locative", k) && !g.isCommonWords(k) && !sentenceStart
                || cues.is("org-head", firstPiece(k));
    }

    private boolean onlyCountriesOrProvinces(List<Integer> values) {
        for (int e : values) {
            if (g.kind(e) != PlaceKind.COUNTRY && g.kind(e) != PlaceKind.PROVINCE) {
                return false;
            }
        }
        return true;
    }

    private static String firstPiece(String key) {
        int dash = key.indexOf('-');
        return dash > 0 ? key.substring(0, dash) : key;
    }

    // --------------------------------------------------------------------------------------- resolution

    private void resolve(List<Toponym> tops) {
        // first pass: priors alone, to find the article's focus country
        Map<String, Double> votes = new LinkedHashMap<>();
        Set<String> countriesNamed = new HashSet<>();
        for (Toponym t : tops) {
            int best = t.cands[0];
            double w = t.dateline ? 2 : g.kind(best) == PlaceKind.COUNTRY ? 2 : 1;
            if (t.sense == PlaceMention.Sense.NAME) {
                w *= 0.5;
            }
            votes.merge(g.countryOf(best), w, Double::sum);
            // a country is named by its name, or by a province or district of it ("Paktika province")
            if (g.kind(best) == PlaceKind.COUNTRY || t.cands.length == 1
                    && (g.kind(best) == PlaceKind.PROVINCE || g.kind(best) == PlaceKind.DISTRICT)) {
                countriesNamed.add(g.countryOf(best));
            }
        }
        String focus = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");

        for (Toponym t : tops) {
            t.score = new double[t.cands.length];
            for (int k = 0; k < t.cands.length; k++) {
                int c = t.cands[k];
                double s = g.prior(c);
                String cc = g.countryOf(c);
                if (cc.equals(focus)) {
                    s += 3;
                } else if (countriesNamed.contains(cc)) {
                    s += 1.5;
                }
                t.score[k] = s;
            }
            // a bare name shared by a town and the province or district around it means the town ("Kandahar")
            for (int k = 0; k < t.cands.length; k++) {
                PlaceKind tk = g.kind(t.cands[k]);
                if (tk == PlaceKind.TOWN || tk == PlaceKind.POINT) {
                    for (int c : t.cands) {
                        PlaceKind ck = g.kind(c);
                        if ((ck == PlaceKind.PROVINCE || ck == PlaceKind.DISTRICT) && within(t.cands[k], c)) {
                            t.score[k] += 3;
                            break;
                        }
                    }
                }
            }
        }
        // admin context: a place next to the province or district that holds it, both ways
        for (Toponym t : tops) {
            t.containers = containerIndexes(t);
            t.container = new int[t.cands.length];
            t.holds = new int[t.cands.length];
            java.util.Arrays.fill(t.container, -1);
            java.util.Arrays.fill(t.holds, -1);
            t.containerNear = new boolean[t.cands.length];
            t.countryNear = new int[t.cands.length];
            java.util.Arrays.fill(t.countryNear, -1);
        }
        // far away in the article, only the container each name most likely means counts, once per name
        Map<String, Integer> articleContainers = new LinkedHashMap<>();
        for (Toponym u : tops) {
            if (u.containers.length > 0) {
                articleContainers.putIfAbsent(u.key, u.cands[u.containers[0]]);
            }
        }
        for (int i = 0; i < tops.size(); i++) {
            tops.get(i).index = i;
        }
        for (Toponym t : tops) {
            for (Toponym u : neighbours(tops, t, CONTEXT_WINDOW)) {
                countryBeside(t, u);
                if (u.containers.length == 0 || u.key.equals(t.key)) {
                    continue;
                }
                for (int k = 0; k < t.cands.length; k++) {
                    if (t.containerNear[k]) {
                        continue;
                    }
                    for (int x : u.containers) {
                        int c = u.cands[x];
                        if (within(t.cands[k], c)) {
                            t.score[k] += t.container[k] >= 0 ? 3.5 : 5;
                            t.container[k] = c;
                            t.containerNear[k] = true;
                            break;
                        }
                    }
                }
                // and the container is the one that holds a candidate of its neighbour
                for (int k : u.containers) {
                    if (u.holds[k] >= 0) {
                        continue;
                    }
                    for (int c : t.cands) {
                        if (within(c, u.cands[k])) {
                            u.score[k] += 3;
                            u.holds[k] = c;
                            break;
                        }
                    }
                }
            }
            for (Map.Entry<String, Integer> named : articleContainers.entrySet()) {
                if (named.getKey().equals(t.key)) {
                    continue;
                }
                for (int k = 0; k < t.cands.length; k++) {
                    if (t.container[k] < 0 && within(t.cands[k], named.getValue())) {
                        t.score[k] += 1.5;
                        t.container[k] = named.getValue();
                    }
                }
            }
        }
        for (Toponym t : tops) {
            t.chosen = t.cands[argmax(t.score)];
        }
        // nearby places: a candidate close to what the rest of the sentence (or the dateline) resolved to
        Toponym datelineTop = tops.stream().filter(x -> x.dateline).findFirst().orElse(null);
        for (Toponym t : tops) {
            int[] nearTo = new int[t.cands.length];
            java.util.Arrays.fill(nearTo, -1);
            for (int k = 0; k < t.cands.length; k++) {
                int c = t.cands[k];
                for (Toponym u : neighbours(tops, t, SENTENCE_WINDOW)) {
                    if (u.dateline != t.dateline || g.kind(u.chosen) == PlaceKind.COUNTRY) {
                        continue;
                    }
                    if (distance(c, u.chosen) <= NEAR_KM) {
                        t.score[k] += 1.5;
                        nearTo[k] = u.chosen;
                        break;
                    }
                }
                if (datelineTop != null && datelineTop != t && g.kind(datelineTop.chosen) != PlaceKind.COUNTRY
                        && distance(c, datelineTop.chosen) <= 150) {
                    t.score[k] += 1;
                    if (nearTo[k] < 0) {
                        nearTo[k] = datelineTop.chosen;
                    }
                }
            }
            t.nearTo = nearTo;
        }
        // one sense per name per article: mentions of the same name pool their evidence ("Khyber, Landi Kotal"
        // early on settles a bare "Khyber" later)
        Map<String, double[]> pooled = new HashMap<>();
        for (Toponym t : tops) {
            double[] sum = pooled.get(t.key);
            if (sum == null) {
                pooled.put(t.key, t.score.clone());
            } else if (sum.length == t.score.length) {
                for (int k = 0; k < sum.length; k++) {
                    sum[k] += t.score[k];
                }
            }
        }
        for (Toponym t : tops) {
            double[] sum = pooled.get(t.key);
            int best = argmax(sum.length == t.score.length ? sum : t.score);
            t.chosen = t.cands[best];
            explain(t, best, focus, t.nearTo[best]);
        }
        tops.removeIf(t -> weak(t, focus, countriesNamed) || outsideItsNamedContainer(t, tops) || orphanQuarter(t, tops));
    }

    /**
     * A quarter of a city ("Gulshan-e-Iqbal, Karachi") counts only in a story that names its city or a district
     * holding it: "Gulshan-e-Iqbal Park" in a Lahore story is a park in Lahore, not Karachi's quarter.
     */
    private boolean orphanQuarter(Toponym t, List<Toponym> tops) {
        int c = t.chosen;
        if (g.kind(c) != PlaceKind.POINT || !g.isCurated(c) || !g.place(c).name().contains(", ")) {
            return false;
        }
        for (Toponym u : tops) {
            if (u == t || u.chosen == c || u.sense == PlaceMention.Sense.NAME) {
                continue;
            }
            PlaceKind k = g.kind(u.chosen);
            if ((k == PlaceKind.TOWN || k == PlaceKind.DISTRICT) && (within(c, u.chosen) || distance(c, u.chosen) <= 15)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The toponyms of the same sentence within {@code window} tokens of {@code t}, and for a dateline toponym the
     * other dateline ones: found by walking out from t's position, so resolution stays linear in the article's
     * length even for a text that never ends a sentence.
     */
    private static List<Toponym> neighbours(List<Toponym> tops, Toponym t, int window) {
        List<Toponym> out = new ArrayList<>();
        for (int j = t.index - 1; j >= 0; j--) {
            Toponym u = tops.get(j);
            if (u.sentence != t.sentence || t.from - u.to > window) {
                if (!(t.dateline && u.dateline)) {
                    break;
                }
            }
            out.add(u);
        }
        for (int j = t.index + 1; j < tops.size(); j++) {
            Toponym u = tops.get(j);
            if (u.sentence != t.sentence || u.from - t.to > window) {
                if (!(t.dateline && u.dateline)) {
                    break;
                }
            }
            out.add(u);
        }
        return out;
    }

    /** "Saravan in Iran", "Salavan, Laos": a town's candidates in the country named beside it gain. */
    private void countryBeside(Toponym t, Toponym u) {
        if (u.cands.length != 1 || g.kind(u.cands[0]) != PlaceKind.COUNTRY || u.key.equals(t.key)) {
            return;
        }
        String cc = g.countryOf(u.cands[0]);
        for (int k = 0; k < t.cands.length; k++) {
            if (t.countryNear[k] < 0 && g.kind(t.cands[k]) != PlaceKind.COUNTRY && g.countryOf(t.cands[k]).equals(cc)) {
                t.score[k] += 4;
                t.countryNear[k] = u.cands[0];
            }
        }
    }

    private int[] containerIndexes(Toponym t) {
        int n = 0;
        int[] out = new int[t.cands.length];
        for (int k = 0; k < t.cands.length; k++) {
            PlaceKind kind = g.kind(t.cands[k]);
            if (kind == PlaceKind.PROVINCE || kind == PlaceKind.DISTRICT) {
                out[n++] = k;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private void explain(Toponym t, int best, String focus, int nearTo) {
        int c = t.cands[best];
        if (t.dateline) {
            t.why.add(0, "dateline");
        }
        if (t.cands.length == 1) {
            t.why.add("only place of this name");
        } else {
            t.why.add(t.cands.length + " candidates");
        }
        t.why.add(priorReason(c));
        if (g.countryOf(c).equals(focus) && t.cands.length > 1) {
            t.why.add("article's focus country " + focus);
        }
        if (t.container[best] >= 0) {
            t.why.add("in " + g.place(t.container[best]).name()
                    + (t.containerNear[best] ? " (named beside it)" : " (named in the article)"));
        }
        if (t.countryNear[best] >= 0 && t.container[best] < 0) {
            t.why.add("in " + g.place(t.countryNear[best]).name() + " (named beside it)");
        }
        if (t.holds[best] >= 0) {
            t.why.add("holds " + g.place(t.holds[best]).name() + " (named beside it)");
        }
        if (nearTo >= 0) {
            t.why.add(Math.round(distance(c, nearTo)) + " km from " + g.place(nearTo).name());
        }
    }

    private String priorReason(int c) {
        PlaceKind k = g.kind(c);
        String what = switch (k) {
            case COUNTRY -> "country";
            case PROVINCE -> "province";
            case DISTRICT -> "district";
            default -> switch (g.rank(c)) {
                case GazetteerFile.RANK_CAPITAL -> "national capital";
                case GazetteerFile.RANK_ADMIN1_SEAT -> "provincial capital";
                case GazetteerFile.RANK_ADMIN2_SEAT -> "district seat";
                case GazetteerFile.RANK_SECTION -> "part of a town";
                default -> k == PlaceKind.POINT ? "named point" : "town";
            };
        };
        long pop = g.population(c);
        return what + (pop > 0 ? ", population " + pop : "") + (g.isCurated(c) ? ", Vigil supplement" : "");
    }

    /**
     * "the Janikhel area of Bannu district": when the text puts a place inside a province or district and no
     * candidate of that name lies there, the match is another country's namesake; the container says enough.
     */
    private boolean outsideItsNamedContainer(Toponym t, List<Toponym> tops) {
        PlaceKind k = g.kind(t.chosen);
        if (t.dateline || (k != PlaceKind.TOWN && k != PlaceKind.POINT)) {
            return false;
        }
        for (Toponym u : neighbours(tops, t, 4)) {
            PlaceKind uk = g.kind(u.chosen);
            if (u.from >= t.to && u.from - t.to <= 4
                    && (uk == PlaceKind.PROVINCE || uk == PlaceKind.DISTRICT)) {
                return !within(t.chosen, u.chosen) && !g.countryOf(t.chosen).equals(g.countryOf(u.chosen));
            }
        }
        return false;
    }

    /** A small foreign place matched by a bare capitalised word is more likely a surname or a word than a place. */
    private boolean weak(Toponym t, String focus, Set<String> countriesNamed) {
        int c = t.chosen;
        PlaceKind k = g.kind(c);
        if (!t.dateline && t.to < t.toks.size() && key(t.toks.get(t.to)).equals("county")
                && cues.is("no-counties", g.countryOf(c).toLowerCase(java.util.Locale.ROOT))) {
            return true; // "Taftan county" is Iran's county, not Pakistan's border town: Pakistan has no counties
        }
        if (t.dateline || g.isCurated(c) || k == PlaceKind.COUNTRY || k == PlaceKind.PROVINCE) {
            return false;
        }
        String cc = g.countryOf(c);
        if (cc.equals(focus) || countriesNamed.contains(cc)) {
            return false;
        }
        if (t.sense == PlaceMention.Sense.NAME || t.nameGoesOn) {
            return true; // "near the Madina mosque" in Mastung is not Medina; "Bata Tal bazaar" in Peshawar is not Bata
        }
        if (g.population(c) < 1_000_000 && !GazetteerFile.key(g.place(c).name()).equals(GazetteerFile.key(t.text))) {
            // "in Gulshan" in a Dhaka story: GeoNames lists it among the other names of Tabas, Iran; a small foreign
            // town known here only by another of its names, in a story that never names its country, is not it
            return true;
        }
        if (g.population(c) < 50_000 && !focus.isEmpty()) {
            // "the Bagan area" in a Kurram story is a local village, not a Siberian town of the same name: a small
            // foreign town in a country the story never names needs more than a preposition
            return true;
        }
        if (t.strongCue) {
            return false;
        }
        // a foreign city that is no capital, named without a place cue, is more often a brand or a name ("Toyota")
        return g.population(c) < 1_000_000 && g.rank(c) > GazetteerFile.RANK_ADMIN1_SEAT;
    }

    /** Entity-level containment: town in district, district or town in province, any in country, point in town. */
    boolean within(int inner, int outer) {
        if (inner == outer) {
            return false;
        }
        PlaceKind ok = g.kind(outer);
        PlaceKind ik = g.kind(inner);
        if (!g.countryOf(inner).equals(g.countryOf(outer))) {
            return false;
        }
        return switch (ok) {
            case COUNTRY -> ik != PlaceKind.COUNTRY;
            case PROVINCE -> ik != PlaceKind.PROVINCE && ik != PlaceKind.COUNTRY && g.admin1Of(inner) == g.admin1Of(outer);
            case DISTRICT -> (ik == PlaceKind.TOWN || ik == PlaceKind.POINT) && g.admin2Of(inner) >= 0
                    && g.admin2Of(inner) == g.admin2Of(outer);
            case TOWN -> ik == PlaceKind.POINT && distance(inner, outer) <= 15;
            case POINT -> false;
        };
    }

    private double distance(int a, int b) {
        return Places.distanceKm(g.lat(a), g.lon(a), g.lat(b), g.lon(b));
    }

    private static int argmax(double[] s) {
        int best = 0;
        for (int k = 1; k < s.length; k++) {
            if (s[k] > s[best]) {
                best = k;
            }
        }
        return best;
    }

    // ------------------------------------------------------------------------------------------- senses

    /**
     * A country or national capital followed by a verb of saying or deciding ("Islamabad said", "Kabul has
     * repeatedly denied"), governed by a verb of asking or blaming ("asked Kabul to"), a possessive before a
     * government noun ("Kabul's rulers") or one side of "talks between" stands for its government. After a
     * locative preposition ("delegations to Tehran and Kabul") it is a place. Coordinated names share a sense.
     */
    private void readSenses(List<Toponym> tops) {
        Toponym prev = null;
        for (Toponym t : tops) {
            if (t.dateline || t.sense == PlaceMention.Sense.NAME) {
                prev = t;
                continue;
            }
            int c = t.chosen;
            if (g.kind(c) == PlaceKind.COUNTRY || g.isCapital(c)) {
                String reason = governmentReason(t, prev);
                if (reason != null) {
                    t.sense = PlaceMention.Sense.GOVERNMENT;
                    t.why.add("stands for its government (" + reason + ")");
                }
            }
            prev = t;
        }
        // "Islamabad and Kabul have traded accusations": the first of two coordinated actors acts too
        for (int k = tops.size() - 2; k >= 0; k--) {
            Toponym a = tops.get(k);
            Toponym b = tops.get(k + 1);
            if (b.sense == PlaceMention.Sense.GOVERNMENT && a.sense == PlaceMention.Sense.LOCATION && !a.dateline
                    && a.sentence == b.sentence && b.from == a.to + 1 && key(a.toks.get(a.to)).equals("and")
                    && (g.kind(a.chosen) == PlaceKind.COUNTRY || g.isCapital(a.chosen)) && !locativeBefore(a.toks, a.from, 0)) {
                a.sense = PlaceMention.Sense.GOVERNMENT;
                a.why.add("stands for its government (with " + b.text + ")");
            }
        }
    }

    private String governmentReason(Toponym t, Toponym prev) {
        List<Token> toks = t.toks;
        int before = t.from - 1;
        String pk = before >= 0 && toks.get(before).sentence() == t.sentence ? key(toks.get(before)) : "";
        // coordination: "to Tehran and Kabul", "between Islamabad and Kabul"
        if ((pk.equals("and") || pk.equals("or")) && prev != null && prev.sentence == t.sentence && prev.to == before
                && !prev.dateline) {
            if (prev.sense == PlaceMention.Sense.GOVERNMENT) {
                return "with " + prev.text;
            }
            if (locativeBefore(toks, prev.from, 0) || !isCountryOrCapital(prev.chosen)) {
                // "to Tehran and Kabul": a place like the first
                return null;
            }
        }
        if (pk.equals("and")) {
            // "talks between the Taliban and Washington": the second side of a diplomatic "between"
            for (int b = before - 1; b >= Math.max(0, before - 6) && toks.get(b).sentence() == t.sentence; b--) {
                if (key(toks.get(b)).equals("between")) {
                    return b > 0 && cues.is("diplomacy-noun", key(toks.get(b - 1)))
                            ? "'" + toks.get(b - 1).text() + " between ... and " + t.text + "'" : null;
                }
            }
        }
        if (pk.equals("between")) {
            int b2 = before - 1;
            return b2 >= 0 && cues.is("diplomacy-noun", key(toks.get(b2))) ? "'" + toks.get(b2).text() + " between'" : null;
        }
        if (cues.is("object-verb", pk)) {
            return "'" + toks.get(before).text() + " " + t.text + "'";
        }
        if ((pk.equals("on") || pk.equals("at")) && before >= 1 && toks.get(before - 1).sentence() == t.sentence
                && cues.is("blame-verb", key(toks.get(before - 1)))) {
            // "explosions that the Taliban blamed on Pakistan": the one blamed, not a place
            return "'" + toks.get(before - 1).text() + " " + pk + " " + t.text + "'";
        }
        if (cues.is("locative", pk) || pk.equals("of") || pk.equals("the")) {
            return null;
        }
        int n = t.to;
        if (n < toks.size() && toks.get(n).sentence() == t.sentence && isPossessive(toks.get(n))) {
            // "Kabul's rulers", "Kabul's Taliban rulers": a government noun within two words
            for (int k = n + 1; k <= n + 2 && k < toks.size() && toks.get(k).sentence() == t.sentence; k++) {
                if (cues.is("government-noun", key(toks.get(k)))) {
                    return "'" + t.text + "'s ... " + toks.get(k).text() + "'";
                }
            }
            return null;
        }
        int skipped = 0;
        while (n < toks.size() && toks.get(n).sentence() == t.sentence && skipped <= 3) {
            String k = key(toks.get(n));
            if (cues.is("adverb", k)) {
                n++;
                skipped++;
                continue;
            }
            return cues.is("agent-verb", k) ? "'" + t.text + " " + toks.get(n).text() + "'" : null;
        }
        return null;
    }

    private boolean isCountryOrCapital(int e) {
        return g.kind(e) == PlaceKind.COUNTRY || g.isCapital(e);
    }

    private static boolean isPossessive(Token t) {
        String s = t.text();
        return s.length() == 2 && (s.charAt(0) == '\'' || s.charAt(0) == '\u2019') && (s.charAt(1) == 's' || s.charAt(1) == 'S');
    }

    // -------------------------------------------------------------------------------------------- words

    private static boolean isCapitalisedWord(Token t) {
        String s = t.text();
        return !s.isEmpty() && Character.isUpperCase(s.charAt(0)) && Character.isLetter(s.charAt(0));
    }

    private static boolean isAllCaps(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String key(Token t) {
        return Normalizer.key(t.text());
    }
}
