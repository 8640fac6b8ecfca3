package org.vigil.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The store's tables, as a list of numbered migrations. A new store applies them all; an older one applies the
 * ones it lacks, in one transaction; a store newer than the code is refused with a message. Never edit a
 * released migration: add the next one.
 */
public final class Schema {

    /**
     * One step of the schema: the version it brings the store to, the statements that do it, then the rows it
     * rewrites in code (what SQL alone cannot compute the same way on every database, such as a hash).
     */
    public record Migration(int version, String description, List<String> statements, Rewrite rewrite) {
        public Migration {
            statements = List.copyOf(statements);
        }

        public Migration(int version, String description, List<String> statements) {
            this(version, description, statements, c -> { });
        }
    }

    /** Rows a migration rewrites, on its connection, inside its transaction. */
    @FunctionalInterface
    public interface Rewrite {
        void apply(Connection c) throws SQLException;
    }

    private final List<Migration> migrations;

    public Schema(List<Migration> migrations) {
        for (int i = 0; i < migrations.size(); i++) {
            if (migrations.get(i).version() != i + 1) {
                throw new IllegalArgumentException("migrations must be numbered 1, 2, 3...");
            }
        }
        this.migrations = List.copyOf(migrations);
    }

    public List<Migration> migrations() {
        return migrations;
    }

    public int version() {
        return migrations.size();
    }

    public static Schema standard(Dialect d) {
        String dbl = d.doubleType();
        return new Schema(List.of(new Migration(1, "articles, events, evidence, statistics, relations, merged events",
                List.of(
                        "CREATE TABLE schema_version (version INTEGER NOT NULL, description TEXT NOT NULL,"
                                + " applied_at TIMESTAMP NOT NULL, vigil TEXT NOT NULL)",
                        "CREATE TABLE articles (id TEXT PRIMARY KEY, content_hash TEXT NOT NULL UNIQUE, published DATE,"
                                + " url TEXT, title TEXT, source TEXT, text TEXT NOT NULL, ingested_at TIMESTAMP NOT NULL)",
                        // one row per extracted event; the JSON is the record, the columns are for querying and merging
                        "CREATE TABLE events (id TEXT NOT NULL, article_id TEXT NOT NULL, ordinal INTEGER NOT NULL,"
                                + " type TEXT NOT NULL, mode TEXT, modality TEXT NOT NULL, date TEXT, date_precision TEXT,"
                                + " date_inferred BOOLEAN NOT NULL, country TEXT, admin1 TEXT, admin2 TEXT, place TEXT,"
                                + " lat " + dbl + ", lon " + dbl + ", geo_precision TEXT, gazetteer_id TEXT,"
                                + " actor_name TEXT, actor_id TEXT, actor_kind TEXT, actor_country TEXT, actor_status TEXT,"
                                + " target_name TEXT, target_id TEXT, target_kind TEXT,"
                                + " killed INTEGER, killed_qualifier TEXT, injured INTEGER, injured_qualifier TEXT,"
                                + " confidence " + dbl + " NOT NULL, published DATE, source TEXT,"
                                + " json TEXT NOT NULL)",
                        "CREATE TABLE evidence (event_id TEXT NOT NULL, article_id TEXT NOT NULL, field TEXT NOT NULL,"
                                + " start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, text TEXT)",
                        "CREATE TABLE statistics (id TEXT NOT NULL, article_id TEXT NOT NULL, claim TEXT, value TEXT,"
                                + " measure TEXT, period TEXT, region TEXT, source TEXT, json TEXT NOT NULL)",
                        "CREATE TABLE relations (id TEXT NOT NULL, article_id TEXT NOT NULL, subject_name TEXT,"
                                + " subject_id TEXT, relation TEXT, object_name TEXT, object_id TEXT, json TEXT NOT NULL)",
                        // rewritten as reports arrive, so no unique index (DuckDB re-checks those eagerly on update)
                        "CREATE TABLE merged_events (id TEXT NOT NULL, country TEXT, type TEXT NOT NULL, mode TEXT,"
                                + " modality TEXT NOT NULL, date TEXT, day_from INTEGER, day_to INTEGER, admin1 TEXT,"
                                + " admin2 TEXT, place TEXT, lat " + dbl + ", lon " + dbl + ", actor_id TEXT,"
                                + " actor_name TEXT, actor_status TEXT, actor_keys TEXT, killed INTEGER, injured INTEGER,"
                                + " report_count INTEGER NOT NULL, article_count INTEGER NOT NULL, first_published DATE,"
                                + " last_published DATE, created_run TEXT NOT NULL, updated_run TEXT NOT NULL,"
                                + " json TEXT NOT NULL)",
                        // also the merge index: candidates are found by (block_key, block_day) and read from
                        // merge_digest; member is the event record without its evidence, to rebuild merged events
                        "CREATE TABLE merge_links (event_id TEXT NOT NULL, merged_id TEXT NOT NULL,"
                                + " matched_event_id TEXT, score " + dbl + ", reasons TEXT NOT NULL, block_key TEXT,"
                                + " block_day INTEGER, merge_digest TEXT NOT NULL, member TEXT NOT NULL)")),
                new Migration(2, "merged-event ids of 64 bits (16 hex digits, were 10); actor keys in Normalizer form",
                        List.of(), c -> MergedIdUpgrade.apply(d, c))));
    }
}
