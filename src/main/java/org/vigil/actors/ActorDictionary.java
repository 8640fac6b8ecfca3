package org.vigil.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigil.text.Normalizer;
import org.vigil.text.PhraseMatcher;
import org.vigil.text.Sentence;
import org.vigil.text.SentenceKind;
import org.vigil.text.Token;
import org.vigil.text.Tokenizer;

/**
 * The actor dictionary: states and their bodies (governments, ministries, forces), armed groups, parties,
 * international organisations and office holders, with aliases, parent links, offices and years, read from the
 * versioned data files under {@code src/main/resources/org/vigil/actors/} (see docs/ACTORS.md).
 *
 * <p>Immutable and thread-safe once built; {@link #loadDefault()} loads the bundled data once.
 */
public final class ActorDictionary {

    /** An actor kind from kinds.tsv. */
    public record Kind(String name, boolean armed, boolean state, String description) {
    }

    /** A state's bodies in one era: role -> actor id ("government" -> "AFG_GOV"). */
    record Era(String prefix, Period period, Map<String, String> bodies) {
    }

    /** A state: its state actor and its eras, latest last. */
    record Country(String code, String stateId, List<Era> eras) {
    }

    private final String version;
    private final Map<String, Actor> byId;
    private final Map<String, Integer> order;
    private final Map<String, Kind> kinds;
    private final Map<String, Country> countries;
    private final Map<String, String> capitals;
    private final List<String> roles;
    final PhraseMatcher<Entry> lexicon;
    private final ActorTagger tagger;
    private final ActorTagger lenientTagger;

    ActorDictionary(String version, Map<String, Actor> actors, Map<String, Kind> kinds, Map<String, Country> countries,
                    Map<String, String> capitals, List<String> roles, PhraseMatcher<Entry> lexicon) {
        this.version = version;
        this.byId = Collections.unmodifiableMap(new LinkedHashMap<>(actors));
        Map<String, Integer> o = new HashMap<>();
        for (String id : actors.keySet()) {
            o.put(id, o.size());
        }
        this.order = o;
        this.kinds = Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
        this.countries = Map.copyOf(countries);
        this.capitals = Map.copyOf(capitals);
        this.roles = List.copyOf(roles);
        this.lexicon = lexicon;
        this.tagger = new ActorTagger(this, false);
        this.lenientTagger = new ActorTagger(this, true);
    }

    private static final class Holder {
        static final ActorDictionary DEFAULT = DictionaryLoader.loadBundled();
    }

    /** The bundled dictionary, loaded once (a few tens of milliseconds). */
    public static ActorDictionary loadDefault() {
        return Holder.DEFAULT;
    }

    /** The versions of the data files it was built from ("countries.json 1, organisations.json 1, ..."). */
    public String version() {
        return version;
    }

    public Optional<Actor> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every actor, states and their bodies first, in the order of the data files. */
    public Collection<Actor> actors() {
        return byId.values();
    }

    /** The kinds of kinds.tsv, by name. */
    public Map<String, Kind> kinds() {
        return kinds;
    }

    /** An organised armed force (military, police, paramilitary, armed group...): ACLED's battle-or-attack rule. */
    public boolean isArmed(String kind) {
        Kind k = kinds.get(kind);
        return k != null && k.armed();
    }

    /** Part of a state: its government, forces or officials. */
    public boolean isStateKind(String kind) {
        Kind k = kinds.get(kind);
        return k != null && k.state();
    }

    /** The roles every state has bodies for ("government", "foreign_ministry", "military", "air_force", ...). */
    public List<String> roles() {
        return roles;
    }

    /** The state actor of a country ("PK" -> Pakistan). */
    public Optional<Actor> state(String countryCode) {
        Country c = countries.get(countryCode);
        return c == null ? Optional.empty() : byId(c.stateId());
    }

    /**
     * A state's body for a role, in the era that holds the date (the latest era when no date is given):
     * ("AF", "government", 2016-05-01) is the Islamic Republic's government, ("AF", "government", none) the
     * Taliban's.
     */
    public Optional<Actor> body(String countryCode, String role, Optional<LocalDate> asOf) {
        Country c = countries.get(countryCode);
        if (c == null) {
            return Optional.empty();
        }
        if ("state".equals(role)) {
            return byId(c.stateId());
        }
        Era era = eraAt(c, asOf);
        String id = era.bodies().get(role);
        return id == null ? Optional.empty() : byId(id);
    }

    public Optional<Actor> governmentOf(String countryCode, Optional<LocalDate> asOf) {
        return body(countryCode, "government", asOf);
    }

    /** The government a capital stands for ("Islamabad said" -> PAK_GOV); capitals are tagged as places, not here. */
    public Optional<Actor> governmentOfCapital(String name, Optional<LocalDate> asOf) {
        String code = capitals.get(Normalizer.key(name.trim()));
        return code == null ? Optional.empty() : governmentOf(code, asOf);
    }

    private static Era eraAt(Country c, Optional<LocalDate> asOf) {
        if (asOf.isPresent()) {
            for (int i = c.eras().size() - 1; i >= 0; i--) {
                if (c.eras().get(i).period().contains(asOf.get())) {
                    return c.eras().get(i);
                }
            }
        }
        return c.eras().get(c.eras().size() - 1);
    }

    /**
     * The organisation a person acts for on a date: the first listed office that holds the date; with no date, the
     * first office still held; else their affiliation. "Muttaqi warned" is the Afghan foreign ministry speaking.
     */
    public Optional<Actor> actingFor(Actor person, Optional<LocalDate> asOf) {
        if (asOf.isPresent()) {
            for (Office o : person.offices()) {
                if (o.period().contains(asOf.get())) {
                    return byId(o.org());
                }
            }
        } else {
            for (Office o : person.offices()) {
                if (o.period().isOpen()) {
                    return byId(o.org());
                }
            }
        }
        if (person.affiliation().isPresent()) {
            return byId(person.affiliation().get());
        }
        return person.offices().isEmpty() ? Optional.empty() : byId(person.offices().get(0).org());
    }

    /**
     * Who held an office of an organisation on a date: ("AFG_TALIBAN", "supreme leader", 2023) is Haibatullah
     * Akhundzada. The title matches when all its words appear in the office's title; the organisation may be the
     * office's own or the one above it (a minister of the Afghan government is an office of the Taliban's state).
     * Empty unless exactly one person fits.
     */
    public Optional<Actor> holderOf(String orgId, String title, Optional<LocalDate> asOf) {
        java.util.Set<String> words = new java.util.HashSet<>(java.util.Arrays.asList(
                title.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")));
        words.remove("");
        if (words.isEmpty()) {
            return Optional.empty();
        }
        Actor found = null;
        for (Actor a : actors()) {
            for (Office o : a.offices()) {
                boolean org = o.org().equals(orgId) || byId(o.org()).flatMap(Actor::parent).map(orgId::equals).orElse(false);
                boolean held = asOf.map(d -> o.period().contains(d)).orElse(o.period().isOpen());
                if (org && held && java.util.Arrays.asList(o.title().toLowerCase(java.util.Locale.ROOT).split("[^a-z]+"))
                        .containsAll(words)) {
                    if (found != null && found != a) {
                        return Optional.empty();
                    }
                    found = a;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** The actor and the organisations above it, nearest first: ISKP, IS. A person's are those of their offices and affiliation. */
    public List<Actor> lineage(Actor actor) {
        List<Actor> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> queue = new ArrayList<>();
        queue.add(actor.id());
        for (int i = 0; i < queue.size(); i++) {
            Actor a = byId.get(queue.get(i));
            if (a == null || !seen.add(a.id())) {
                continue;
            }
            out.add(a);
            a.parent().ifPresent(queue::add);
            a.affiliation().ifPresent(queue::add);
            for (Office o : a.offices()) {
                queue.add(o.org());
            }
        }
        return out;
    }

    /**
     * True when {@code a} is {@code b}, or a faction, wing, branch or body of it, or a person acting for it:
     * JUA of TTP, ISKP of IS, PAK_AIR_FORCE of PAK_GOV, the Taliban government of the Afghan Taliban, Muttaqi of
     * the Afghan Taliban. Every body of a state counts as part of that state (PAK_ISPR of PAK).
     */
    public boolean isSameOrFactionOf(String a, String b) {
        Actor x = byId.get(a);
        Actor y = byId.get(b);
        return x != null && y != null && isSameOrFactionOf(x, y);
    }

    public boolean isSameOrFactionOf(Actor a, Actor b) {
        if (a.id().equals(b.id())) {
            return true;
        }
        for (Actor up : lineage(a)) {
            if (up.id().equals(b.id())) {
                return true;
            }
            if ("state".equals(b.kind()) && isStateKind(up.kind()) && up.country().isPresent()
                    && up.country().equals(b.country()) && !up.isPerson()) {
                return true;
            }
        }
        return false;
    }

    /** The best actor for a free-text name; see {@link #resolve(String, Optional)}. */
    public Optional<Actor> resolve(String name) {
        return resolve(name, Optional.empty());
    }

    /**
     * The best actor for a free-text name such as a gold perpetrator: "Tehreek-e-Taliban Pakistan (TTP) commander
     * Umar Mansoor" -> TTP, "Islamic State (Daesh)" -> IS, "Afghanistan's defence ministry (Taliban)" -> AFG_MOD,
     * "Islamabad" -> PAK_GOV. The first named mention wins; a lone capital stands for its government; case rules are
     * relaxed if nothing matches under them. Empty for unnamed doers ("gunmen").
     */
    public Optional<Actor> resolve(String name, Optional<LocalDate> asOf) {
        Optional<ActorMention> m = resolveMention(name, asOf);
        return m.flatMap(ActorMention::actor);
    }

    /** Like {@link #resolve(String, Optional)}, but also gives unnamed mentions ("gunmen" -> kind armed_group). */
    public Optional<ActorMention> resolveMention(String name, Optional<LocalDate> asOf) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        List<Token> tokens = new Tokenizer().tokenize(name, 0, name.length(), 0);
        List<Sentence> one = List.of(new Sentence(0, 0, name.length(), SentenceKind.CONTENT, 0));
        List<ActorMention> found = tagger.tag(name, one, tokens, asOf);
        Optional<ActorMention> named = found.stream().filter(ActorMention::isNamed).findFirst();
        if (named.isPresent()) {
            return named;
        }
        Optional<Actor> capital = governmentOfCapital(name, asOf);
        if (capital.isPresent()) {
            Actor g = capital.get();
            return Optional.of(new ActorMention(0, name.length(), name, capital, g.kind()));
        }
        List<ActorMention> lenient = lenientTagger.tag(name, one, tokens, asOf);
        named = lenient.stream().filter(ActorMention::isNamed).findFirst();
        if (named.isPresent()) {
            return named;
        }
        return found.stream().findFirst();
    }

    /** Position of an actor in the data: the earlier wins a tie between two actors with one alias. */
    int order(Actor a) {
        Integer o = order.get(a.id());
        return o == null ? Integer.MAX_VALUE : o;
    }

    /** Whether an actor existed, or a person held an office, on a day. */
    boolean fits(Actor a, LocalDate day) {
        if (a.isPerson() && !a.offices().isEmpty()) {
            for (Office o : a.offices()) {
                if (o.period().contains(day)) {
                    return true;
                }
            }
            return false;
        }
        return a.active().contains(day);
    }

    /** Whether an actor still exists or a person still holds an office: preferred when no date is known. */
    boolean current(Actor a) {
        if (a.isPerson() && !a.offices().isEmpty()) {
            for (Office o : a.offices()) {
                if (o.period().isOpen()) {
                    return true;
                }
            }
            return false;
        }
        return a.active().isOpen();
    }

    /** The tagger that works on this dictionary; one is made with it and shared. */
    public ActorTagger tagger() {
        return tagger;
    }
}
