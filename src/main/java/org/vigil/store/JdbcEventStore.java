package org.vigil.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.vigil.VigilException;
import org.vigil.doc.Extraction;
import org.vigil.event.ActorRef;
import org.vigil.event.Count;
import org.vigil.event.Event;
import org.vigil.event.Evidence;
import org.vigil.event.Location;
import org.vigil.event.Relation;
import org.vigil.event.Statistic;
import org.vigil.ingest.Article;
import org.vigil.ingest.ArticleReader;
import org.vigil.merge.MergedEvent;
import org.vigil.merge.MergedEventJson;
import org.vigil.merge.Merger;

/**
 * The store over JDBC: portable SQL for the schema, the writes and the queries, with what differs between
 * databases kept in a {@link Dialect}. One connection, used by one thread at a time.
 */
public final class JdbcEventStore implements EventStore {
    private static final String VIGIL_VERSION = "0.1.0";

    private final Dialect dialect;
    private final String location;
    private final Connection connection;
    private final boolean readOnly;
    private final String run = UUID.randomUUID().toString();
    private final MergedEventJson json = new MergedEventJson();
    private final RowWriter articleRows;
    private final RowWriter eventRows;
    private final RowWriter evidenceRows;
    private final RowWriter statisticRows;
    private final RowWriter relationRows;
    private final StoreMerger merger;

    private JdbcEventStore(Dialect dialect, String location, Connection connection, boolean readOnly)
            throws SQLException {
        this.dialect = dialect;
        this.location = location;
        this.connection = connection;
        this.readOnly = readOnly;
        this.articleRows = dialect.rows(connection, "articles", "id:TEXT", "content_hash:TEXT", "published:DATE",
                "url:TEXT", "title:TEXT", "source:TEXT", "text:TEXT", "ingested_at:TIMESTAMP");
        this.eventRows = dialect.rows(connection, "events", "id:TEXT", "article_id:TEXT", "ordinal:INT", "type:TEXT",
                "mode:TEXT", "modality:TEXT", "date:TEXT", "date_precision:TEXT", "date_inferred:BOOL",
                "country:TEXT", "admin1:TEXT", "admin2:TEXT", "place:TEXT", "lat:DOUBLE", "lon:DOUBLE",
                "geo_precision:TEXT", "gazetteer_id:TEXT", "actor_name:TEXT", "actor_id:TEXT", "actor_kind:TEXT",
                "actor_country:TEXT", "actor_status:TEXT", "target_name:TEXT", "target_id:TEXT", "target_kind:TEXT",
                "killed:INT", "killed_qualifier:TEXT", "injured:INT", "injured_qualifier:TEXT", "confidence:DOUBLE",
                "published:DATE", "source:TEXT", "json:TEXT");
        this.evidenceRows = dialect.rows(connection, "evidence", "event_id:TEXT", "article_id:TEXT", "field:TEXT",
                "start_offset:INT", "end_offset:INT", "text:TEXT");
        this.statisticRows = dialect.rows(connection, "statistics", "id:TEXT", "article_id:TEXT", "claim:TEXT",
                "value:TEXT", "measure:TEXT", "period:TEXT", "region:TEXT", "source:TEXT", "json:TEXT");
        this.relationRows = dialect.rows(connection, "relations", "id:TEXT", "article_id:TEXT", "subject_name:TEXT",
                "subject_id:TEXT", "relation:TEXT", "object_name:TEXT", "object_id:TEXT", "json:TEXT");
        this.merger = new StoreMerger(dialect, connection, json, run);
    }

    /** Opens the store in {@code dir} with the standard schema; see {@link Stores}. */
    public static JdbcEventStore open(Dialect dialect, String dir, boolean readOnly) {
        return open(dialect, dir, readOnly, Schema.standard(dialect));
    }

    static JdbcEventStore open(Dialect dialect, String dir, boolean readOnly, Schema schema) {
        Path path = Path.of(dir);
        if (Files.exists(path) && !Files.isDirectory(path)) {
            throw new VigilException(VigilException.CANT_CREATE, dir + " is a file, not a Vigil store directory;"
                    + " name a directory with --store DIR");
        }
        if (readOnly && !dialect.exists(path)) {
            throw new VigilException(VigilException.NO_INPUT, "no store at " + dir
                    + "; ingest articles first (vigil ingest --store " + dir + " FILE...) or name another with --store DIR");
        }
        if (!readOnly) {
            try {
                Files.createDirectories(path);
            } catch (IOException e) {
                throw new VigilException(VigilException.CANT_CREATE, "cannot create store directory " + dir + ": " + e);
            }
        }
        Connection c = connect(dialect, path, dir, readOnly);
        try {
            int version = version(c);
            if (version > schema.version()) {
                throw new VigilException(VigilException.DATA, "store " + dir + " has schema version " + version
                        + ", newer than this Vigil knows (" + schema.version()
                        + "); use a newer Vigil or another --store DIR");
            }
            if (version < schema.version()) {
                if (readOnly) {
                    // upgrade once with a writable connection, then read as asked
                    c.close();
                    open(dialect, dir, false, schema).close();
                    c = connect(dialect, path, dir, true);
                } else {
                    migrate(c, schema, version, dir);
                }
            }
            return new JdbcEventStore(dialect, dir, c, readOnly);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new VigilException(VigilException.CANT_CREATE, "cannot open store " + dir + ": " + firstLine(e), e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private static Connection connect(Dialect dialect, Path path, String dir, boolean readOnly) {
        try {
            Connection c = dialect.connect(path, readOnly);
            dialect.configure(c, readOnly);
            return c;
        } catch (SQLException e) {
            if (dialect.isLockConflict(e)) {
                throw new VigilException(VigilException.TEMP_FAIL, "store " + dir
                        + " is in use by another Vigil process; wait for it to finish or use --store DIR", e);
            }
            throw new VigilException(VigilException.CANT_CREATE, "cannot open store " + dir + ": " + firstLine(e), e);
        }
    }

    /** The schema version of the store: 0 for an empty database. */
    private static int version(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        boolean hasVersion = false;
        boolean hasOther = false;
        try (ResultSet rs = md.getTables(null, null, "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (name.equalsIgnoreCase("schema_version")) {
                    hasVersion = true;
                } else {
                    hasOther = true;
                }
            }
        }
        if (!hasVersion) {
            if (hasOther) {
                throw new VigilException(VigilException.DATA,
                        "this database is not a Vigil store (it has no schema_version table); use another --store DIR");
            }
            return 0;
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT max(version) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void migrate(Connection c, Schema schema, int from, String dir) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (Schema.Migration m : schema.migrations().subList(from, schema.version())) {
                for (String sql : m.statements()) {
                    s.execute(sql);
                }
                m.rewrite().apply(c);
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO schema_version (version, description, applied_at, vigil) VALUES (?, ?, ?, ?)")) {
                    ps.setInt(1, m.version());
                    ps.setString(2, m.description());
                    ps.setTimestamp(3, Timestamp.from(Instant.now()));
                    ps.setString(4, VIGIL_VERSION);
                    ps.executeUpdate();
                }
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw new VigilException(VigilException.CANT_CREATE, "cannot bring store " + dir + " to schema version "
                    + schema.version() + ": " + firstLine(e) + "; the store is unchanged", e);
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** The schema version this store is at. */
    public int schemaVersion() {
        try {
            return version(connection);
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    // ---------------------------------------------------------------- ingest

    @Override
    public List<IngestResult> ingest(List<Extraction> batch) {
        if (readOnly) {
            throw new IllegalStateException("store opened for reading");
        }
        if (batch.isEmpty()) {
            return List.of();
        }
        try {
            return ingestInOneTransaction(batch);
        } catch (SQLException | RuntimeException e) {
            rollback();
            if (batch.size() == 1) {
                Extraction x = batch.get(0);
                String why = e instanceof SQLException se ? firstLine(se) : "a bug: " + e;
                return List.of(IngestResult.failed(x.article().id(), "not stored (" + why + "); the store is unchanged"));
            }
            // find the article that failed: the others are stored one by one, each whole or not at all
            List<IngestResult> results = new ArrayList<>();
            for (Extraction x : batch) {
                results.addAll(ingest(List.of(x)));
            }
            return results;
        }
    }

    private List<IngestResult> ingestInOneTransaction(List<Extraction> batch) throws SQLException {
        connection.setAutoCommit(false);
        try {
            List<String> hashes = new ArrayList<>(batch.size());
            for (Extraction x : batch) {
                hashes.add(ArticleReader.contentHash(x.article().text()));
            }
            Map<String, String> storedByHash = lookup("SELECT content_hash, id FROM articles WHERE content_hash IN ",
                    new HashSet<>(hashes));
            Set<String> ids = new HashSet<>();
            batch.forEach(x -> ids.add(x.article().id()));
            Map<String, String> storedById = lookup("SELECT id, content_hash FROM articles WHERE id IN ", ids);

            IngestResult[] results = new IngestResult[batch.size()];
            Map<String, String> batchHashes = new HashMap<>();
            Set<String> batchIds = new HashSet<>();
            List<Merger.Member> members = new ArrayList<>();
            Map<String, Integer> eventsByArticle = new HashMap<>();
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            for (int i = 0; i < batch.size(); i++) {
                Extraction x = batch.get(i);
                Article a = x.article();
                String hash = hashes.get(i);
                String earlier = storedByHash.getOrDefault(hash, batchHashes.get(hash));
                if (earlier != null) {
                    results[i] = IngestResult.alreadyStored(a.id(), earlier);
                    continue;
                }
                if (storedById.containsKey(a.id()) || batchIds.contains(a.id())) {
                    results[i] = IngestResult.rejected(a.id(), "an article with id " + a.id()
                            + " but a different text is already stored; give this version its own id");
                    continue;
                }
                Optional<String> twice = duplicateEventId(x);
                if (twice.isPresent()) {
                    results[i] = IngestResult.rejected(a.id(), "two events share the id " + twice.get()
                            + "; event ids must be unique (this is a bug in extraction, please report it)");
                    continue;
                }
                batchHashes.put(hash, a.id());
                batchIds.add(a.id());
                writeArticle(x, hash, now);
                for (Event e : x.events()) {
                    members.add(new Merger.Member(e, a.published(), a.source()));
                }
                eventsByArticle.put(a.id(), x.events().size());
            }
            articleRows.flush();
            eventRows.flush();
            evidenceRows.flush();
            statisticRows.flush();
            relationRows.flush();
            Map<String, StoreMerger.Changes> changes = merger.link(members);
            connection.commit();
            for (int i = 0; i < batch.size(); i++) {
                if (results[i] == null) {
                    String id = batch.get(i).article().id();
                    StoreMerger.Changes c = changes.getOrDefault(id, new StoreMerger.Changes(0, 0));
                    results[i] = IngestResult.stored(id, eventsByArticle.get(id), c.created(), c.updated());
                }
            }
            return List.of(results);
        } catch (SQLException | RuntimeException e) {
            articleRows.discard();
            eventRows.discard();
            evidenceRows.discard();
            statisticRows.discard();
            relationRows.discard();
            merger.discard();
            rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private void writeArticle(Extraction x, String hash, LocalDateTime now) {
        Article a = x.article();
        articleRows.add(a.id(), hash, a.published().orElse(null), a.url().orElse(null), a.title().orElse(null),
                a.source().orElse(null), a.text(), now);
        int ordinal = 0;
        for (Event e : x.events()) {
            Optional<Location> l = e.location();
            Optional<ActorRef> actor = e.actor();
            Optional<ActorRef> target = e.target();
            eventRows.add(e.id(), a.id(), ordinal++, e.type().name(), e.mode(), e.modality().label(),
                    e.date().orElse(null), e.datePrecision().map(p -> p.label()).orElse(null), e.dateInferred(),
                    l.map(Location::country).orElse(null), l.flatMap(Location::admin1).orElse(null),
                    l.flatMap(Location::admin2).orElse(null), l.map(Location::name).orElse(null),
                    l.flatMap(Location::lat).orElse(null), l.flatMap(Location::lon).orElse(null),
                    l.map(x2 -> x2.precision().label()).orElse(null), l.flatMap(Location::gazetteerId).orElse(null),
                    actor.map(ActorRef::name).orElse(null), actor.flatMap(ActorRef::id).orElse(null),
                    actor.map(ActorRef::kind).orElse(null), actor.flatMap(ActorRef::country).orElse(null),
                    e.actorStatus().map(s -> s.label()).orElse(null),
                    target.map(ActorRef::name).orElse(null), target.flatMap(ActorRef::id).orElse(null),
                    target.map(ActorRef::kind).orElse(null),
                    e.killed().map(Count::value).orElse(null), e.killed().map(c -> c.qualifier().label()).orElse(null),
                    e.injured().map(Count::value).orElse(null), e.injured().map(c -> c.qualifier().label()).orElse(null),
                    e.confidence(), a.published().orElse(null), a.source().orElse(null),
                    json.toJson(e));
            for (Evidence ev : e.evidence()) {
                evidenceRows.add(e.id(), a.id(), ev.field(), ev.start(), ev.end(), ev.text());
            }
        }
        for (Statistic s : x.statistics()) {
            statisticRows.add(s.id(), a.id(), s.claim(), s.value().orElse(null), s.measure().orElse(null),
                    s.period().orElse(null), s.region().orElse(null), s.source().orElse(null), json.toJson(s));
        }
        for (Relation r : x.relations()) {
            relationRows.add(r.id(), a.id(), r.subject().name(), r.subject().id().orElse(null), r.relation(),
                    r.object().name(), r.object().id().orElse(null), json.toJson(r));
        }
    }

    private static Optional<String> duplicateEventId(Extraction x) {
        Set<String> seen = new HashSet<>();
        for (Event e : x.events()) {
            if (!seen.add(e.id())) {
                return Optional.of(e.id());
            }
        }
        return Optional.empty();
    }

    /** key → value pairs for the keys that are in the table, asked in one query. */
    private Map<String, String> lookup(String sqlPrefix, Collection<String> keys) throws SQLException {
        Map<String, String> found = new HashMap<>();
        List<String> list = new ArrayList<>(keys);
        for (int i = 0; i < list.size(); i += 500) {
            List<String> part = list.subList(i, Math.min(list.size(), i + 500));
            String sql = sqlPrefix + "(" + "?, ".repeat(part.size() - 1) + "?)";
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                for (int k = 0; k < part.size(); k++) {
                    ps.setString(k + 1, part.get(k));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
        }
        return found;
    }

    // ---------------------------------------------------------------- queries

    @Override
    public void events(EventQuery q, Consumer<MergedEvent> sink) {
        StringBuilder sql = new StringBuilder("SELECT json FROM merged_events WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        q.country().ifPresent(c -> {
            sql.append(" AND country = ?");
            args.add(c.toUpperCase(Locale.ROOT));
        });
        q.type().ifPresent(t -> {
            sql.append(" AND type = ?");
            args.add(t.toUpperCase(Locale.ROOT));
        });
        q.since().ifPresent(d -> {
            sql.append(" AND day_to >= ?");
            args.add((int) d.toEpochDay());
        });
        q.until().ifPresent(d -> {
            sql.append(" AND day_from <= ?");
            args.add((int) d.toEpochDay());
        });
        q.actor().ifPresent(a -> {
            String key = StoreMerger.actorKeyPart(a);
            // short keys ("IS") must match a whole id or name; longer ones may match inside a name
            sql.append(" AND actor_keys LIKE ? ESCAPE '\\'");
            args.add(key.length() >= 4 ? "%" + like(key) + "%" : "%|" + like(key) + "|%");
        });
        sql.append(" ORDER BY day_from DESC NULLS LAST, id");
        if (q.limit().isPresent()) {
            sql.append(" LIMIT ").append(q.limit().getAsInt());
        }
        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                Object v = args.get(i);
                if (v instanceof Integer n) {
                    ps.setInt(i + 1, n);
                } else {
                    ps.setString(i + 1, (String) v);
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(json.fromJson(rs.getString(1)));
                }
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    private static String like(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public Optional<MergedEvent> event(String id) {
        try {
            Optional<String> found = one("SELECT json FROM merged_events WHERE id = ?", id);
            if (found.isEmpty()) {
                Optional<String> merged = one("SELECT merged_id FROM merge_links WHERE event_id = ?", id);
                if (merged.isPresent()) {
                    found = one("SELECT json FROM merged_events WHERE id = ?", merged.get());
                }
            }
            return found.map(json::fromJson);
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    @Override
    public List<StoredReport> reports(String mergedId) {
        String sql = "SELECT e.json, e.published, e.source, l.matched_event_id, l.score, l.reasons"
                + " FROM merge_links l JOIN events e ON e.id = l.event_id WHERE l.merged_id = ?"
                + " ORDER BY e.published NULLS FIRST, e.article_id, e.id";
        List<StoredReport> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, mergedId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double score = rs.getDouble(5);
                    OptionalDouble s = rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(score);
                    out.add(new StoredReport(json.eventFromJson(rs.getString(1)), date(rs, 2),
                            Optional.ofNullable(rs.getString(3)), Optional.ofNullable(rs.getString(4)), s,
                            rs.getString(6)));
                }
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
        return out;
    }

    @Override
    public Optional<StoredArticle> article(String id) {
        String sql = "SELECT id, content_hash, published, url, title, source, text FROM articles WHERE id = ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredArticle(rs.getString(1), rs.getString(2), date(rs, 3),
                        Optional.ofNullable(rs.getString(4)), Optional.ofNullable(rs.getString(5)),
                        Optional.ofNullable(rs.getString(6)), rs.getString(7)));
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    @Override
    public void findings(Consumer<Statistic> statistics, Consumer<Relation> relations) {
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT json FROM statistics ORDER BY article_id, id")) {
                while (rs.next()) {
                    statistics.accept(json.recordFromJson(rs.getString(1), Statistic.class));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT json FROM relations ORDER BY article_id, id")) {
                while (rs.next()) {
                    relations.accept(json.recordFromJson(rs.getString(1), Relation.class));
                }
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    @Override
    public Counts counts() {
        try {
            return new Counts(count("articles"), count("events"), count("merged_events"));
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    @Override
    public Counts.RunChanges runChanges() {
        String sql = "SELECT sum(CASE WHEN created_run = ? THEN 1 ELSE 0 END),"
                + " sum(CASE WHEN created_run <> ? AND updated_run = ? THEN 1 ELSE 0 END) FROM merged_events";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, run);
            ps.setString(2, run);
            ps.setString(3, run);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Counts.RunChanges(rs.getLong(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    private long count(String table) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Optional<String> one(String sql, String arg) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    static Optional<LocalDate> date(ResultSet rs, int col) throws SQLException {
        Object o = rs.getObject(col);
        if (o == null) {
            return Optional.empty();
        }
        if (o instanceof LocalDate d) {
            return Optional.of(d);
        }
        if (o instanceof java.sql.Date d) {
            return Optional.of(d.toLocalDate());
        }
        return Optional.of(LocalDate.parse(o.toString().substring(0, 10)));
    }

    @Override
    public String location() {
        return location;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Closes the writers, then the connection whatever they threw, so a failing writer cannot leak it. */
    @Override
    public void close() {
        SQLException failed = null;
        for (AutoCloseable c : new AutoCloseable[] {articleRows, eventRows, evidenceRows, statisticRows, relationRows,
            merger, connection}) {
            try {
                c.close();
            } catch (Exception e) {
                SQLException se = e instanceof SQLException x ? x : new SQLException(e.toString(), e);
                if (failed == null) {
                    failed = se;
                } else {
                    failed.addSuppressed(se);
                }
            }
        }
        if (failed != null) {
            throw failure("close", failed);
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is gone; the database discards the open transaction itself
        }
    }

    private VigilException failure(String what, SQLException e) {
        return new VigilException(VigilException.IO, "cannot " + what + " store " + location + ": " + firstLine(e), e);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing after a failure; the first error is the one to report
        }
    }

    static String firstLine(SQLException e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
