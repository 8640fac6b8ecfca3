package org.vigil.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.vigil.text.PhraseMatcher;
import org.vigil.text.Sentence;
import org.vigil.text.SentenceKind;
import org.vigil.text.Token;

/**
 * Finds mentions of doers and targets in the body and headline of an article: dictionary actors by any alias
 * ("TTP", "Tehrik-i-Taliban Pakistan", "the TTP's"), a country's bodies through its name or demonym and a role word
 * ("Pakistani warplanes", "Afghanistan's foreign minister", "government of Iran"), people by full name, by title and
 * surname ("General Munir") or by surname after their full name earlier in the article ("Muttaqi"), factions ("a
 * faction of the banned TTP"), and unnamed actors by kind ("gunmen", "a suicide bomber", "Chinese nationals").
 *
 * <p>Longest match wins. Case rules: acronyms match only in their own case ("IS" but not "is"), names need their
 * capitals ("Dar" is not "dar"), common nouns match in any case. Capitals standing for governments ("Islamabad
 * said") are left to the place tagger; {@link ActorDictionary#governmentOfCapital} resolves them.
 *
 * <p>One walk of a shared phrase trie per token and hash lookups only; objects are made for the mentions kept.
 * Thread-safe: all per-article state lives in the call.
 */
public final class ActorTagger {
    private static final int MAX_DEPTH = 8;

    private final ActorDictionary dict;
    private final boolean lenient;

    public ActorTagger(ActorDictionary dict) {
        this(dict, false);
    }

    /** @param lenient ignore case rules: for resolving free-text names, never for articles */
    ActorTagger(ActorDictionary dict, boolean lenient) {
        this.dict = dict;
        this.lenient = lenient;
    }

    public List<ActorMention> tag(String text, List<Sentence> sentences, List<Token> tokens) {
        return tag(text, sentences, tokens, Optional.empty());
    }

    /**
     * Mentions in CONTENT and HEADLINE sentences, in text order.
     *
     * @param asOf the date the article is read against (its publication date): chooses between a state's eras
     *             (the Afghan government before and after August 2021) and between namesakes; without it the
     *             current era and actors still active are preferred
     */
    public List<ActorMention> tag(String text, List<Sentence> sentences, List<Token> tokens, Optional<LocalDate> asOf) {
        Run run = new Run(text, tokens, asOf);
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            int s = tokens.get(i).sentence();
            int j = i + 1;
            while (j < n && tokens.get(j).sentence() == s) {
                j++;
            }
            SentenceKind kind = kindOf(sentences, s);
            if (kind == SentenceKind.CONTENT || kind == SentenceKind.HEADLINE) {
                run.sentence(i, j);
            }
            i = j;
        }
        return run.out;
    }

    private static SentenceKind kindOf(List<Sentence> sentences, int index) {
        if (index >= 0 && index < sentences.size() && sentences.get(index).index() == index) {
            return sentences.get(index).kind();
        }
        for (Sentence s : sentences) {
            if (s.index() == index) {
                return s.kind();
            }
        }
        return SentenceKind.CONTENT;
    }

    /** The phrases found at one token: (end, values) pairs, shortest first. */
    private static final class Walk implements PhraseMatcher.Visitor<Entry> {
        int count;
        final int[] ends = new int[16];
        @SuppressWarnings({"unchecked", "rawtypes"})
        final List<Entry>[] values = new List[16];

        @Override
        public void visit(int endToken, List<Entry> v) {
            if (count < ends.length) {
                ends[count] = endToken;
                values[count] = v;
                count++;
            }
        }
    }

    /** A mention found but not yet emitted. */
    private record Cand(int start, int end, Actor actor, String kind, String country, String label, boolean faction,
                        boolean body) {
        Cand to(int newEnd) {
            return new Cand(start, newEnd, actor, kind, country, label, faction, body);
        }

        Cand from(int newStart) {
            return new Cand(newStart, end, actor, kind, country, label, faction, body);
        }
    }

    /** The state of tagging one article. */
    private final class Run {
        final String text;
        final List<Token> tokens;
        final Optional<LocalDate> asOf;
        final List<ActorMention> out = new ArrayList<>();
        final Walk[] walks = new Walk[MAX_DEPTH];
        /** person id -> when last mentioned, for surnames ("Muttaqi" after "Amir Khan Muttaqi"). */
        Map<String, Integer> seen;
        int from;
        int to;
        int shouting;

        Run(String text, List<Token> tokens, Optional<LocalDate> asOf) {
            this.text = text;
            this.tokens = tokens;
            this.asOf = asOf;
            for (int i = 0; i < MAX_DEPTH; i++) {
                walks[i] = new Walk();
            }
        }

        void sentence(int from, int to) {
            this.from = from;
            this.to = to;
            this.shouting = -1;
            int t = from;
            while (t < to) {
                Cand c = best(t);
                if (c == null) {
                    c = pronounRole(t);
                }
                if (c == null) {
                    t++;
                    continue;
                }
                emit(c);
                t = c.end();
            }
        }

        /**
         * "Pakistan said its air force shot down two drones": "its" and a role word name that body of the state
         * named last before it in the sentence. Only a state or its government is an antecedent; "its fighters"
         * after a group is left to the group's own words.
         */
        Cand pronounRole(int t) {
            if (t + 1 >= to || !tokens.get(t).lower().equals("its")) {
                return null;
            }
            String code = lastStateCountry();
            if (code == null) {
                return null;
            }
            Walk r = walk(t + 1, 1);
            for (int u = r.count - 1; u >= 0; u--) {
                for (Entry e : r.values[u]) {
                    if (e.type == Entry.Type.ROLE && accept(e, t + 1, r.ends[u])) {
                        Optional<Actor> body = dict.body(code, e.role, asOf);
                        if (body.isPresent()) {
                            return new Cand(t, r.ends[u], body.get(), body.get().kind(), code, body.get().name(), false, true);
                        }
                    }
                }
            }
            return null;
        }

        private String lastStateCountry() {
            int sentenceStart = tokens.get(from).start();
            for (int k = out.size() - 1; k >= 0 && out.get(k).start() >= sentenceStart; k--) {
                ActorMention m = out.get(k);
                if (m.actor().isPresent() && m.country().isPresent()
                        && ("state".equals(m.kind()) || "government".equals(m.kind()))) {
                    return m.country().get();
                }
            }
            return null;
        }

        Walk walk(int t, int depth) {
            Walk w = walks[Math.min(depth, MAX_DEPTH - 1)];
            w.count = 0;
            if (t < to) {
                dict.lexicon.forEachAt(tokens, t, to, w);
            }
            return w;
        }

        boolean accept(Entry e, int start, int end) {
            return lenient || e.accepts(tokens, start, end, isShouting());
        }

        /** A headline in capitals, where "US" or "IS" may be ordinary words. */
        boolean isShouting() {
            if (shouting < 0) {
                int letters = 0;
                int upper = 0;
                int words = 0;
                for (int t = from; t < to; t++) {
                    String s = tokens.get(t).text();
                    if (!s.isEmpty() && Character.isLetter(s.charAt(0))) {
                        words++;
                    }
                    for (int i = 0; i < s.length(); i++) {
                        char c = s.charAt(i);
                        if (Character.isLetter(c)) {
                            letters++;
                            if (Character.isUpperCase(c)) {
                                upper++;
                            }
                        }
                    }
                }
                shouting = words >= 3 && upper * 10 > letters * 8 ? 1 : 0;
            }
            return shouting == 1;
        }

        Cand best(int t) {
            Walk w = walk(t, 0);
            int factionEnd = longest(w, Entry.Type.FACTION, t);
            if (factionEnd > 0) {
                int k = skipQualifiers(factionEnd, 1);
                Cand inner = core(k, 1, walk(k, 1));
                if (inner != null && inner.actor() != null && isGroup(inner.actor())) {
                    return new Cand(t, inner.end(), inner.actor(), inner.kind(), inner.country(), inner.label(), true, false);
                }
            }
            return core(t, 0, w);
        }

        /** Skips "the" and qualifiers ("banned", "outlawed") after a faction cue. */
        int skipQualifiers(int k, int depth) {
            while (k < to) {
                if (tokens.get(k).lower().equals("the")) {
                    k++;
                    continue;
                }
                int e = longest(walk(k, depth), Entry.Type.QUALIFIER, k);
                if (e < 0) {
                    break;
                }
                k = e;
            }
            return k;
        }

        /**
         * The best mention starting at token t, without the faction reading. {@code w} is the walk at t in slot d;
         * everything called from here walks in deeper slots, so it stays valid throughout.
         */
        Cand core(int t, int d, Walk w) {
            if (w.count == 0) {
                return null;
            }
            Cand best = nameAt(w, t);
            best = longer(best, countryRole(w, t, d));
            best = longer(best, roleOfCountry(w, t, d));
            best = longer(best, titled(t, d));
            best = longer(best, surname(w, t, null));
            return best == null ? null : extend(best, d);
        }

        Cand longer(Cand a, Cand b) {
            if (a == null) {
                return b;
            }
            return b != null && b.end() > a.end() ? b : a;
        }

        /** The longest actor or generic name at t; a name whose actor did not exist on the date yields to a shorter one. */
        Cand nameAt(Walk w, int t) {
            Cand fallback = null;
            for (int v = w.count - 1; v >= 0; v--) {
                int end = w.ends[v];
                Entry bestActor = null;
                boolean bestFits = false;
                Entry generic = null;
                for (Entry e : w.values[v]) {
                    if (e.type == Entry.Type.ACTOR && accept(e, t, end)) {
                        boolean fits = asOf.isEmpty() || dict.fits(e.actor, asOf.get());
                        if (bestActor == null || better(e, fits, bestActor, bestFits)) {
                            bestActor = e;
                            bestFits = fits;
                        }
                    } else if (e.type == Entry.Type.GENERIC && generic == null && accept(e, t, end)) {
                        generic = e;
                    }
                }
                if (bestActor != null) {
                    Cand c = named(t, end, bestActor.actor, false);
                    if (bestFits || bestActor.actor.isPerson()) {
                        return c;
                    }
                    if (fallback == null) {
                        fallback = c;
                    }
                    if (generic == null) {
                        continue;
                    }
                }
                if (generic != null) {
                    return new Cand(t, end, null, generic.kind, null, generic.label, false, false);
                }
            }
            return fallback;
        }

        /** Between two actors with one alias: the one that fits the date, then the one still active, then data order. */
        boolean better(Entry e, boolean fits, Entry than, boolean thanFits) {
            if (fits != thanFits) {
                return fits;
            }
            if (asOf.isEmpty()) {
                boolean cur = dict.current(e.actor);
                boolean thanCur = dict.current(than.actor);
                if (cur != thanCur) {
                    return cur;
                }
            }
            return dict.order(e.actor) < dict.order(than.actor);
        }

        /** "Pakistani warplanes", "Afghanistan's foreign minister", "Chinese nationals". */
        Cand countryRole(Walk w, int t, int d) {
            for (int v = w.count - 1; v >= 0; v--) {
                int end = w.ends[v];
                Entry country = null;
                for (Entry e : w.values[v]) {
                    if ((e.type == Entry.Type.COUNTRY || e.type == Entry.Type.DEMONYM) && accept(e, t, end)
                            && (country == null || e.type == Entry.Type.COUNTRY)) {
                        country = e;
                    }
                }
                if (country == null) {
                    continue;
                }
                int k = end;
                if (country.type == Entry.Type.COUNTRY && k < to && isPossessive(tokens.get(k).text())) {
                    k++;
                }
                String code = country.country;
                Walk r = walk(k, d + 1);
                for (int u = r.count - 1; u >= 0; u--) {
                    int rend = r.ends[u];
                    Entry generic = null;
                    for (Entry e : r.values[u]) {
                        if (e.type == Entry.Type.ROLE && accept(e, k, rend)) {
                            Optional<Actor> body = dict.body(code, e.role, asOf);
                            if (body.isPresent()) {
                                return new Cand(t, rend, body.get(), body.get().kind(), code, body.get().name(), false, true);
                            }
                        } else if (e.type == Entry.Type.GENERIC && generic == null && accept(e, k, rend)) {
                            generic = e;
                        }
                    }
                    if (generic != null) {
                        if (dict.isStateKind(generic.kind)) {
                            Optional<Actor> body = dict.governmentOf(code, asOf);
                            if (body.isPresent()) {
                                return new Cand(t, rend, body.get(), body.get().kind(), code, body.get().name(), false, true);
                            }
                        }
                        return new Cand(t, rend, null, generic.kind, code, generic.label, false, false);
                    }
                }
                return null;
            }
            return null;
        }

        /** "government of Pakistan", "foreign minister of Afghanistan". */
        Cand roleOfCountry(Walk w, int t, int d) {
            for (int v = w.count - 1; v >= 0; v--) {
                int end = w.ends[v];
                for (Entry e : w.values[v]) {
                    if (e.type != Entry.Type.ROLE || !accept(e, t, end)) {
                        continue;
                    }
                    int k = end;
                    if (k >= to || !tokens.get(k).lower().equals("of")) {
                        return null;
                    }
                    k++;
                    if (k < to && tokens.get(k).lower().equals("the")) {
                        k++;
                    }
                    Walk c = walk(k, d + 1);
                    for (int u = c.count - 1; u >= 0; u--) {
                        for (Entry ce : c.values[u]) {
                            if (ce.type == Entry.Type.COUNTRY && accept(ce, k, c.ends[u])) {
                                Optional<Actor> body = dict.body(ce.country, e.role, asOf);
                                if (body.isPresent()) {
                                    return new Cand(t, c.ends[u], body.get(), body.get().kind(), ce.country,
                                            body.get().name(), false, true);
                                }
                            }
                        }
                    }
                    return null;
                }
            }
            return null;
        }

        /** Titles then a person: "Prime Minister Shehbaz Sharif", "acting Foreign Minister Muttaqi", "General Munir". */
        Cand titled(int t, int d) {
            int k = t;
            int last = t;
            for (int n = 0; n < 4; n++) {
                int e = longest(walk(k, d + 1), Entry.Type.TITLE, k);
                if (e < 0) {
                    break;
                }
                last = k;
                k = e;
            }
            if (k == t) {
                return null;
            }
            String title = text.substring(tokens.get(last).start(), tokens.get(k - 1).end()).toLowerCase(Locale.ROOT);
            Cand p = personAt(k, d + 1, title);
            return p == null ? null : p.from(t);
        }

        /**
         * A person named at t: by full name, or by surname when mentioned before or after a title.
         *
         * @param title the title before the name, lower case, or null when there is none
         */
        Cand personAt(int t, int d, String title) {
            Walk w = walk(t, d);
            for (int v = w.count - 1; v >= 0; v--) {
                int end = w.ends[v];
                for (Entry e : w.values[v]) {
                    if (e.type == Entry.Type.ACTOR && e.actor.isPerson() && accept(e, t, end)) {
                        return named(t, end, e.actor, false);
                    }
                }
            }
            return surname(w, t, title);
        }

        /**
         * A surname or other short form: the person last mentioned in full who has it; after a title, also the only
         * person with it who held office on the date, or the only one whose office the title names ("Prime Minister
         * Sharif" in 2015 is Nawaz, not the army chief Raheel).
         */
        Cand surname(Walk w, int t, String title) {
            boolean titled = title != null;
            for (int v = w.count - 1; v >= 0; v--) {
                int end = w.ends[v];
                Actor recent = null;
                int recentAt = -1;
                List<Actor> holders = null;
                for (Entry e : w.values[v]) {
                    if (e.type != Entry.Type.SHORT || !accept(e, t, end)) {
                        continue;
                    }
                    Integer at = seen == null ? null : seen.get(e.actor.id());
                    if (at != null && at > recentAt) {
                        recent = e.actor;
                        recentAt = at;
                    }
                    if (titled && (asOf.isEmpty() || dict.fits(e.actor, asOf.get()))) {
                        if (holders == null) {
                            holders = new ArrayList<>(2);
                        }
                        if (!holders.contains(e.actor)) {
                            holders.add(e.actor);
                        }
                    }
                }
                if (recent != null && (titled || standsAlone(t, end))) {
                    return named(t, end, recent, false);
                }
                if (holders != null && holders.size() > 1) {
                    holders.removeIf(a -> !holdsTitle(a, title));
                }
                if (holders != null && holders.size() == 1) {
                    return named(t, end, holders.get(0), false);
                }
            }
            return null;
        }

        /** Whether an office the person held on the date (or ever, without one) is named by the title. */
        boolean holdsTitle(Actor person, String title) {
            for (Office o : person.offices()) {
                if ((asOf.isEmpty() || o.period().contains(asOf.get()))
                        && o.title().toLowerCase(Locale.ROOT).contains(title)) {
                    return true;
                }
            }
            return false;
        }

        /** A bare surname is not part of another name: "Khan" in "Faisal Karim Khan" is not Imran Khan. */
        boolean standsAlone(int start, int end) {
            return !(start > from && isNameWord(tokens.get(start - 1))) && !(end < to && isNameWord(tokens.get(end)));
        }

        boolean isNameWord(Token tok) {
            return tok.isWord() && tok.isCapitalized() && !isPossessive(tok.text());
        }

        /** Joins what follows a mention: a person after a state body, "(TTP)" after its full name, "militants" after a group. */
        Cand extend(Cand c, int d) {
            if (c.body() && c.actor() != null && !c.actor().isPerson()) {
                Cand p = titledOrPerson(c.end(), d + 1);
                if (p != null) {
                    return extend(p.from(c.start()), d);
                }
            }
            int end = c.end();
            if (c.actor() != null) {
                end = parenthetical(c.actor(), end, d + 1);
                if (!c.actor().isPerson() && !"state".equals(c.actor().kind())) {
                    int m = longest(walk(end, d + 1), Entry.Type.MEMBER, end);
                    if (m > 0) {
                        end = m;
                    }
                }
            } else if ("religious_community".equals(c.kind()) || "ethnic_community".equals(c.kind())) {
                Walk g = walk(end, d + 1);
                for (int v = g.count - 1; v >= 0; v--) {
                    boolean joined = false;
                    for (Entry e : g.values[v]) {
                        if (e.type == Entry.Type.GENERIC && !dict.isArmed(e.kind) && !dict.isStateKind(e.kind)
                                && !e.kind.endsWith("_community") && accept(e, end, g.ends[v])) {
                            joined = true;
                            break;
                        }
                    }
                    if (joined) {
                        end = g.ends[v];
                        break;
                    }
                }
            }
            return end == c.end() ? c : c.to(end);
        }

        Cand titledOrPerson(int t, int d) {
            Cand p = personAt(t, d, "");
            if (p != null) {
                return p;
            }
            return titled(t, d);
        }

        /** "(TTP)" after "Tehreek-e-Taliban Pakistan", "(Taliban)" after the Afghan defence ministry. */
        int parenthetical(Actor a, int end, int d) {
            if (end + 2 >= to || !tokens.get(end).text().equals("(")) {
                return end;
            }
            Walk w = walk(end + 1, d);
            for (int v = w.count - 1; v >= 0; v--) {
                int close = w.ends[v];
                if (close >= to || !tokens.get(close).text().equals(")")) {
                    continue;
                }
                for (Entry e : w.values[v]) {
                    if (e.type == Entry.Type.ACTOR && accept(e, end + 1, close)
                            && (dict.isSameOrFactionOf(a, e.actor) || dict.isSameOrFactionOf(e.actor, a))) {
                        return close + 1;
                    }
                }
            }
            return end;
        }

        /** The end of the longest accepted phrase of a type at t, or -1. */
        int longest(Walk w, Entry.Type type, int t) {
            for (int v = w.count - 1; v >= 0; v--) {
                for (Entry e : w.values[v]) {
                    if (e.type == type && accept(e, t, w.ends[v])) {
                        return w.ends[v];
                    }
                }
            }
            return -1;
        }

        Cand named(int start, int end, Actor a, boolean faction) {
            return new Cand(start, end, a, a.kind(), a.country().orElse(null), a.name(), faction, false);
        }

        void emit(Cand c) {
            int start = tokens.get(c.start()).start();
            int end = tokens.get(c.end() - 1).end();
            Optional<Actor> actor = Optional.ofNullable(c.actor());
            out.add(new ActorMention(start, end, text.substring(start, end), actor, c.kind(),
                    Optional.ofNullable(c.country()), c.label(), c.faction()));
            if (c.actor() != null && c.actor().isPerson()) {
                if (seen == null) {
                    seen = new HashMap<>();
                }
                seen.put(c.actor().id(), out.size());
            }
        }
    }

    private static boolean isGroup(Actor a) {
        return "armed_group".equals(a.kind()) || "political_party".equals(a.kind());
    }

    private static boolean isPossessive(String s) {
        return s.length() == 2 && (s.charAt(1) == 's' || s.charAt(1) == 'S')
                && (s.charAt(0) == '\'' || s.charAt(0) == '\u2019' || s.charAt(0) == '\u2018');
    }
}
