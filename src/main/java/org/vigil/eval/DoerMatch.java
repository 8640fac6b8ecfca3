package org.vigil.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.vigil.actors.Actor;
import org.vigil.actors.ActorDictionary;
import org.vigil.actors.ActorMention;
import org.vigil.text.Sentence;
import org.vigil.text.SentenceKind;
import org.vigil.text.Token;
import org.vigil.text.Tokenizer;
import org.vigil.event.Event;

/**
 * The evaluator's test of whether a gold doer names an extracted actor: both resolve to the same dictionary entry
 * (or one is a faction of the other: "Jamaat-ul-Ahrar (faction of the TTP)" / TTP), or, for doers outside the
 * dictionary, they share a distinctive word.
 */
public final class DoerMatch implements BiPredicate<String, Event> {
    private final ActorDictionary actors;
    private final NameMatch names = new NameMatch();

    public DoerMatch(ActorDictionary actors) {
        this.actors = actors;
    }

    public static BiPredicate<String, Event> standard() {
        return new DoerMatch(ActorDictionary.loadDefault());
    }

    @Override
    public boolean test(String gold, Event e) {
        if (e.actor().isEmpty()) {
            return false;
        }
        Optional<Actor> got = e.actor().get().id().flatMap(actors::byId);
        List<Actor> wanted = named(gold);
        if (got.isPresent() && !wanted.isEmpty()) {
            // a gold doer may name several parties ("Pakistan, China and Afghanistan"); the record holds one of them
            for (Actor want : wanted) {
                if (actors.isSameOrFactionOf(got.get(), want) || actors.isSameOrFactionOf(want, got.get())
                        || sameCountryBody(want, got.get())) {
                    return true;
                }
            }
            return false;
        }
        return names.test(gold, e);
    }

    /** Whether two source names resolve to one dictionary actor or a faction of it ("TRF" / "The Resistance Front"). */
    public boolean sameSource(String gold, String got) {
        for (Actor a : named(gold)) {
            for (Actor b : named(got)) {
                if (actors.isSameOrFactionOf(a, b) || actors.isSameOrFactionOf(b, a)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The dictionary actors a gold doer string names: the whole string resolved, then each mention in it. */
    private List<Actor> named(String gold) {
        List<Actor> out = new ArrayList<>();
        actors.resolve(gold).ifPresent(out::add);
        List<Token> tokens = new Tokenizer().tokenize(gold, 0, gold.length(), 0);
        List<Sentence> sentence = List.of(new Sentence(0, 0, gold.length(), SentenceKind.CONTENT, 0));
        for (ActorMention m : actors.tagger().tag(gold, sentence, tokens)) {
            m.actor().filter(a -> !out.contains(a)).ifPresent(out::add);
        }
        return out;
    }

    /**
     * "Pakistan (military aircraft)" names the state and "Pakistani warplanes" its air force; "Pakistan army" and
     * "the army's media wing" are both its military: the same doer at the precision gold annotates.
     */
    private boolean sameCountryBody(Actor a, Actor b) {
        boolean oneIsState = a.kind().equals("state") || b.kind().equals("state");
        return (oneIsState || a.kind().equals(b.kind())) && a.country().isPresent() && a.country().equals(b.country())
                && actors.isStateKind(a.kind()) && actors.isStateKind(b.kind());
    }
}
