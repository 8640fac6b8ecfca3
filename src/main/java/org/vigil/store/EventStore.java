package org.vigil.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.vigil.doc.Extraction;
import org.vigil.event.Relation;
import org.vigil.event.Statistic;
import org.vigil.merge.MergedEvent;

/**
 * Where articles, their events and the merged events built from them are kept. The embedded default is DuckDB
 * ({@link Stores#openForWriting}, {@link Stores#openForReading}); callers see only this interface, so another
 * database can stand behind it.
 * One writer at a time: a second process gets a one-line {@code VigilException}, never a half-written store.
 */
public interface EventStore extends AutoCloseable {

    /**
     * Stores articles with their events, statistics and relations, and links each event to the merged event of
     * its happening. Each article is written whole or not at all; an article whose text is already stored
     * changes nothing. Results are in the order of the batch.
     */
    List<IngestResult> ingest(List<Extraction> batch);

    default IngestResult ingest(Extraction extraction) {
        return ingest(List.of(extraction)).get(0);
    }

    /** Merged events matching the query, newest first, streamed so a large result never sits in memory. */
    void events(EventQuery query, Consumer<MergedEvent> sink);

    default List<MergedEvent> events(EventQuery query) {
        List<MergedEvent> all = new ArrayList<>();
        events(query, all::add);
        return all;
    }

    /** One merged event, by its own id or by the id of any report linked to it. */
    Optional<MergedEvent> event(String id);

    /** The reports of a merged event as extracted (with their evidence) and the merge decision that linked each. */
    List<StoredReport> reports(String mergedId);

    /** A stored article, with its text for showing evidence in place. */
    Optional<StoredArticle> article(String id);

    /** The statistical claims and actor relations stored with the articles, in article order. */
    void findings(Consumer<Statistic> statistics, Consumer<Relation> relations);

    /** How much the store holds. */
    Counts counts();

    /** What this store instance's ingest runs changed: merged events created and updated since it was opened. */
    Counts.RunChanges runChanges();

    /** Where the store lives, as the user named it, for messages. */
    String location();

    @Override
    void close();
}
