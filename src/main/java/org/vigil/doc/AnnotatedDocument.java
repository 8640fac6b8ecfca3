package org.vigil.doc;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.vigil.actors.ActorMention;
import org.vigil.event.Event;
import org.vigil.event.Relation;
import org.vigil.event.Statistic;
import org.vigil.geo.PlaceMention;
import org.vigil.ingest.Article;
import org.vigil.text.Dateline;
import org.vigil.text.Sentence;
import org.vigil.text.Token;
import org.vigil.time.DateMention;

/**
 * The one document type that flows through the pipeline. Each stage returns a copy with one more layer
 * filled in; layers are immutable lists whose offsets all point into {@code article.text()}.
 *
 * @param published         the date reports are read against: metadata, else dateline or URL, else inferred
 * @param publishedInferred true when {@code published} was inferred from the text's own dates
 */
public record AnnotatedDocument(
        Article article,
        Optional<LocalDate> published,
        boolean publishedInferred,
        List<Sentence> sentences,
        Optional<Dateline> dateline,
        List<Token> tokens,
        List<DateMention> dates,
        List<ActorMention> actors,
        List<PlaceMention> places,
        List<Event> events,
        List<Statistic> statistics,
        List<Relation> relations) {

    public AnnotatedDocument {
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        dates = List.copyOf(dates);
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        events = List.copyOf(events);
        statistics = List.copyOf(statistics);
        relations = List.copyOf(relations);
    }

    public static AnnotatedDocument of(Article article) {
        return new AnnotatedDocument(article, article.published(), false, List.of(), Optional.empty(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public String text() {
        return article.text();
    }

    public AnnotatedDocument withSegmentation(List<Sentence> s, Optional<Dateline> d) {
        return new AnnotatedDocument(article, published, publishedInferred, s, d, tokens, dates, actors,
                places, events, statistics, relations);
    }

    public AnnotatedDocument withPublished(Optional<LocalDate> p, boolean inferred) {
        return new AnnotatedDocument(article, p, inferred, sentences, dateline, tokens, dates, actors,
                places, events, statistics, relations);
    }

    public AnnotatedDocument withTokens(List<Token> t) {
        return new AnnotatedDocument(article, published, publishedInferred, sentences, dateline, t, dates,
                actors, places, events, statistics, relations);
    }

    public AnnotatedDocument withDates(List<DateMention> d) {
        return new AnnotatedDocument(article, published, publishedInferred, sentences, dateline, tokens, d,
                actors, places, events, statistics, relations);
    }

    public AnnotatedDocument withActors(List<ActorMention> a) {
        return new AnnotatedDocument(article, published, publishedInferred, sentences, dateline, tokens,
                dates, a, places, events, statistics, relations);
    }

    public AnnotatedDocument withPlaces(List<PlaceMention> p) {
        return new AnnotatedDocument(article, published, publishedInferred, sentences, dateline, tokens,
                dates, actors, p, events, statistics, relations);
    }

    public AnnotatedDocument withEvents(List<Event> e) {
        return new AnnotatedDocument(article, published, publishedInferred, sentences, dateline, tokens,
                dates, actors, places, e, statistics, relations);
    }

    public AnnotatedDocument withFindings(List<Statistic> s, List<Relation> r) {
        return new AnnotatedDocument(article, published, publishedInferred, sentences, dateline, tokens,
                dates, actors, places, events, s, r);
    }

    /** Index of the first token that starts at or after {@code offset}. */
    public int firstTokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The actor mentions that lie within [from, to), found by binary search (mentions are in text order). */
    public List<ActorMention> actorsIn(int from, int to) {
        return within(actors, ActorMention::start, ActorMention::end, from, to);
    }

    /** The place mentions that lie within [from, to). */
    public List<PlaceMention> placesIn(int from, int to) {
        return within(places, PlaceMention::start, PlaceMention::end, from, to);
    }

    /** The date mentions that lie within [from, to). */
    public List<DateMention> datesIn(int from, int to) {
        return within(dates, DateMention::start, DateMention::end, from, to);
    }

    private static <T> List<T> within(List<T> sorted, java.util.function.ToIntFunction<T> start,
                                      java.util.function.ToIntFunction<T> end, int from, int to) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start.applyAsInt(sorted.get(mid)) < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int k = lo;
        while (k < sorted.size() && start.applyAsInt(sorted.get(k)) < to) {
            k++;
        }
        // a mention that starts inside but runs past the end is not within
        int e = k;
        while (e > lo && end.applyAsInt(sorted.get(e - 1)) > to) {
            e--;
        }
        return lo >= e ? List.of() : sorted.subList(lo, e);
    }

}
