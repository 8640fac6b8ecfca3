package org.vigil.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.vigil.event.ActorRef;
import org.vigil.event.ActorStatus;
import org.vigil.event.Count;
import org.vigil.event.Event;
import org.vigil.event.Evidence;
import org.vigil.event.Location;
import org.vigil.merge.Blocking;
import org.vigil.merge.Decision;
import org.vigil.merge.MergedEvent;
import org.vigil.merge.MergedEventJson;
import org.vigil.merge.Merger;
import org.vigil.merge.Report;
import org.vigil.merge.SameHappening;
import org.vigil.text.Normalizer;

/**
 * The store's side of merging. New reports are compared with the stored reports of their blocks (read with one
 * join per batch on the merge index in {@code merge_links}, never a scan per report) and with each other;
 * yes-links join components (union-find over new reports and existing merged events); every component that
 * gained a report is rebuilt from all its members, and its merged event and link rows are deleted and written
 * anew. Nothing is updated in place, which keeps DuckDB's scans of these tables fast. Runs inside the caller's
 * transaction.
 */
final class StoreMerger implements AutoCloseable {
    /** What one article's events did to merged events. */
    record Changes(int created, int updated) {
    }

    private final Connection connection;
    private final MergedEventJson json;
    private final String run;
    private final SameHappening rule = SameHappening.standard();
    private final Rows want;
    private final Rows ids;
    private final RowWriter links;
    private final RowWriter merged;
    private boolean tempTablesReady;

    StoreMerger(Dialect dialect, Connection connection, MergedEventJson json, String run) throws SQLException {
        this.connection = connection;
        this.json = json;
        this.run = run;
        this.want = new Rows(connection, "merge_want", "block_key:TEXT", "block_day:INT");
        this.ids = new Rows(connection, "merge_ids", "id:TEXT");
        this.links = dialect.rows(connection, "merge_links", "event_id:TEXT", "merged_id:TEXT", "matched_event_id:TEXT",
                "score:DOUBLE", "reasons:TEXT", "block_key:TEXT", "block_day:INT", "merge_digest:TEXT", "member:TEXT");
        this.merged = dialect.rows(connection, "merged_events", "id:TEXT", "country:TEXT", "type:TEXT", "mode:TEXT",
                "modality:TEXT", "date:TEXT", "day_from:INT", "day_to:INT", "admin1:TEXT", "admin2:TEXT", "place:TEXT",
                "lat:DOUBLE", "lon:DOUBLE", "actor_id:TEXT", "actor_name:TEXT", "actor_status:TEXT",
                "actor_keys:TEXT", "killed:INT", "injured:INT", "report_count:INT", "article_count:INT",
                "first_published:DATE", "last_published:DATE", "created_run:TEXT", "updated_run:TEXT", "json:TEXT");
    }

    /** A report and where it stands: new in this batch, or stored and linked to a merged event. */
    private record Node(Report report, Optional<Blocking.Block> block, Optional<String> mergedId) {
        String key() {
            return mergedId.map(m -> "m:" + m).orElse("r:" + report.eventId());
        }

        boolean fresh() {
            return mergedId.isEmpty();
        }
    }

    /** The best yes-link a report has: to which report, how strong, and why. */
    private record Edge(String matched, double score, String reasons) {
        boolean betterThan(Edge o) {
            return o == null || score > o.score || score == o.score && matched.compareTo(o.matched) < 0;
        }
    }

    /** A stored link row, read back to be written again under the rebuilt merged event. */
    private record Link(Merger.Member member, Optional<Edge> edge, String reasons, String blockKey, Integer blockDay,
                        String digest, String memberJson) {
    }

    Map<String, Changes> link(List<Merger.Member> members) throws SQLException {
        Map<String, Merger.Member> fresh = new TreeMap<>();
        for (Merger.Member m : members) {
            if (Blocking.isHappening(m.event().modality())) {
                fresh.put(m.event().id(), m);
            }
        }
        if (fresh.isEmpty()) {
            return Map.of();
        }
        ensureTempTables();
        List<Node> freshNodes = new ArrayList<>();
        for (Merger.Member m : fresh.values()) {
            Report r = m.report();
            freshNodes.add(new Node(r, Blocking.of(r), Optional.empty()));
        }
        List<Node> stored = candidates(freshNodes);

        // index every blockable report by where it is filed, for the window scans below
        Map<Blocking.Key, List<Node>> filed = new HashMap<>();
        for (Node n : stored) {
            filed.computeIfAbsent(n.block().get().key(), k -> new ArrayList<>()).add(n);
        }
        for (Node n : freshNodes) {
            n.block().ifPresent(b -> filed.computeIfAbsent(b.key(), k -> new ArrayList<>()).add(n));
        }
        UnionFind uf = new UnionFind();
        Map<String, Edge> best = new HashMap<>();
        for (Node f : freshNodes) {
            uf.add(f.key());
            if (f.block().isEmpty()) {
                continue;
            }
            Blocking.Block b = f.block().get();
            for (Blocking.Key key : b.candidateKeys()) {
                for (Node n : filed.getOrDefault(key, List.of())) {
                    if (n.fresh() && n.report().eventId().compareTo(f.report().eventId()) <= 0) {
                        continue; // each pair of new reports once
                    }
                    if (!b.overlaps(n.block().get())) {
                        continue;
                    }
                    Decision dec = rule.decide(f.report(), n.report());
                    if (dec.same()) {
                        uf.union(f.key(), n.key());
                        offer(best, f.report().eventId(), new Edge(n.report().eventId(), dec.score(), dec.summary()));
                        offer(best, n.report().eventId(), new Edge(f.report().eventId(), dec.score(), dec.summary()));
                    }
                }
            }
        }

        // components that gained reports, and the merged events they absorb
        Map<String, List<Node>> freshByRoot = new TreeMap<>();
        for (Node f : freshNodes) {
            freshByRoot.computeIfAbsent(uf.find(f.key()), k -> new ArrayList<>()).add(f);
        }
        Map<String, Set<String>> oldByRoot = new HashMap<>();
        Set<String> allOld = new TreeSet<>();
        for (Node n : stored) {
            String root = uf.find(n.key());
            if (freshByRoot.containsKey(root)) {
                oldByRoot.computeIfAbsent(root, k -> new TreeSet<>()).add(n.mergedId().get());
                allOld.add(n.mergedId().get());
            }
        }
        Map<String, List<Link>> oldLinks = new HashMap<>();
        Map<String, String> createdRun = new HashMap<>();
        if (!allOld.isEmpty()) {
            loadOld(allOld, oldLinks, createdRun);
            try (Statement s = connection.createStatement()) {
                s.execute("DELETE FROM merged_events WHERE id IN (SELECT id FROM merge_ids)");
                s.execute("DELETE FROM merge_links WHERE merged_id IN (SELECT id FROM merge_ids)");
            }
        }

        Map<String, int[]> changes = new HashMap<>();
        Set<String> newIds = new HashSet<>();
        for (Map.Entry<String, List<Node>> c : freshByRoot.entrySet()) {
            Set<String> old = oldByRoot.getOrDefault(c.getKey(), Set.of());
            List<Link> kept = new ArrayList<>();
            old.forEach(o -> kept.addAll(oldLinks.getOrDefault(o, List.of())));
            List<Merger.Member> all = new ArrayList<>();
            kept.forEach(l -> all.add(l.member()));
            c.getValue().forEach(f -> all.add(fresh.get(f.report().eventId())));
            MergedEvent me = Merger.merge(all);
            if (!newIds.add(me.id())) {
                throw collision(me.id());
            }
            String created = old.stream().map(createdRun::get).filter(r -> r != null).min(Comparator.naturalOrder())
                    .orElse(run);
            writeMerged(me, created);
            for (Link l : kept) {
                // a stored report's best link is the best over all its yes-links, whichever report came last
                Edge e = best.get(l.member().event().id());
                boolean better = e != null && e.betterThan(l.edge().orElse(null));
                links.add(l.member().event().id(), me.id(), better ? e.matched() : l.edge().map(Edge::matched).orElse(null),
                        better ? e.score() : l.edge().map(Edge::score).orElse(null), better ? e.reasons() : l.reasons(),
                        l.blockKey(), l.blockDay(), l.digest(), l.memberJson());
            }
            for (Node f : c.getValue()) {
                Edge e = best.get(f.report().eventId());
                String reasons = e != null ? e.reasons()
                        : f.block().isEmpty() ? "kept on its own: no country, or no day or month date"
                        : "first report of this happening";
                Event member = fresh.get(f.report().eventId()).event();
                links.add(f.report().eventId(), me.id(), e == null ? null : e.matched(),
                        e == null ? null : e.score(), reasons, f.block().map(b -> b.key().key()).orElse(null),
                        f.block().map(b -> b.key().day()).orElse(null), f.report().digest(),
                        json.toJson(withEvidence(member, List.of())));
            }
            String firstArticle = c.getValue().stream().map(n -> n.report().eventId()).min(Comparator.naturalOrder())
                    .map(id -> fresh.get(id).event().articleId()).orElseThrow();
            if (old.isEmpty()) {
                changes.computeIfAbsent(firstArticle, k -> new int[2])[0]++;
            } else {
                c.getValue().stream().map(n -> n.report().articleId()).distinct()
                        .forEach(a -> changes.computeIfAbsent(a, k -> new int[2])[1]++);
            }
        }
        refuseTakenIds(newIds);
        merged.flush();
        links.flush();
        Map<String, Changes> out = new HashMap<>();
        changes.forEach((a, v) -> out.put(a, new Changes(v[0], v[1])));
        return out;
    }

    /**
     * Two different happenings would share a merged id: a hash collision, so rare at 64 bits that it is not
     * resolved but refused, failing the batch (and then the article) rather than merging two events into one row.
     */
    private static IllegalStateException collision(String id) {
        return new IllegalStateException("the merged-event id " + id + " is already used by another happening (a hash"
                + " collision); the article is not stored: please report it");
    }

    /** Stored merged events that are not being rebuilt must not hold any of the new ids. */
    private void refuseTakenIds(Set<String> newIds) throws SQLException {
        if (newIds.isEmpty()) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            s.execute("DELETE FROM merge_ids");
        }
        newIds.forEach(ids::add);
        ids.flush();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT m.id FROM merge_ids i JOIN merged_events m ON m.id = i.id LIMIT 1")) {
            if (rs.next()) {
                throw collision(rs.getString(1));
            }
        }
    }

    private static void offer(Map<String, Edge> best, String eventId, Edge e) {
        if (e.betterThan(best.get(eventId))) {
            best.put(eventId, e);
        }
    }

    private void ensureTempTables() throws SQLException {
        if (tempTablesReady) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS merge_want (block_key TEXT, block_day INTEGER)");
            s.execute("CREATE TEMP TABLE IF NOT EXISTS merge_ids (id TEXT)");
        }
        tempTablesReady = true;
    }

    /** Stored reports in the blocks of the new ones: one equality join on (block key, day) per batch. */
    private List<Node> candidates(List<Node> freshNodes) throws SQLException {
        Set<Blocking.Key> seen = new HashSet<>();
        try (Statement s = connection.createStatement()) {
            s.execute("DELETE FROM merge_want");
        }
        for (Node f : freshNodes) {
            if (f.block().isPresent()) {
                for (Blocking.Key k : f.block().get().candidateKeys()) {
                    if (seen.add(k)) {
                        want.add(k.key(), k.day());
                    }
                }
            }
        }
        if (seen.isEmpty()) {
            return List.of();
        }
        want.flush();
        String sql = "SELECT l.event_id, l.merge_digest, l.merged_id"
                + " FROM merge_want w JOIN merge_links l ON l.block_key = w.block_key AND l.block_day = w.block_day";
        List<Node> out = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                // a report stored under older rules may no longer read back or be blockable: it keeps its merged
                // event, but new reports can no longer join it, rather than failing the whole batch
                Optional<Report> r = readDigest(rs.getString(1), rs.getString(2));
                Optional<Blocking.Block> block = r.flatMap(Blocking::of);
                if (block.isPresent()) {
                    out.add(new Node(r.get(), block, Optional.of(rs.getString(3))));
                }
            }
        }
        return out;
    }

    private static Optional<Report> readDigest(String eventId, String digest) {
        try {
            return Optional.of(Report.fromDigest(eventId, digest));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The link rows of merged events about to be rebuilt. Members are records without evidence; a lead's evidence
     * comes from its old merged event, and only a new report or an old lead can lead the rebuilt one.
     */
    private void loadOld(Set<String> oldIds, Map<String, List<Link>> out, Map<String, String> createdRun)
            throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("DELETE FROM merge_ids");
        }
        oldIds.forEach(ids::add);
        ids.flush();
        Map<String, Event> leads = new HashMap<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT m.id, m.created_run, m.json FROM merge_ids i JOIN merged_events m ON m.id = i.id")) {
            while (rs.next()) {
                createdRun.put(rs.getString(1), rs.getString(2));
                MergedEvent old = json.fromJson(rs.getString(3));
                MergedEvent.Choice lead = old.best().get("lead_report");
                if (lead != null) {
                    leads.put(lead.eventId(), old.event());
                }
            }
        }
        String sql = "SELECT l.merged_id, l.event_id, l.matched_event_id, l.score, l.reasons, l.block_key, l.block_day,"
                + " l.merge_digest, l.member FROM merge_ids i JOIN merge_links l ON l.merged_id = i.id";
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String eventId = rs.getString(2);
                String matched = rs.getString(3);
                double score = rs.getDouble(4);
                Optional<Edge> edge = matched == null || rs.wasNull() ? Optional.empty()
                        : Optional.of(new Edge(matched, score, rs.getString(5)));
                int day = rs.getInt(7);
                Integer blockDay = rs.wasNull() ? null : day;
                String digest = rs.getString(8);
                String memberJson = rs.getString(9);
                Report r = Report.fromDigest(eventId, digest);
                Event e = json.eventFromJson(memberJson);
                Event lead = leads.get(e.id());
                if (lead != null) {
                    e = withEvidence(e, lead.evidence());
                }
                out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Link(
                        new Merger.Member(e, r.published(), r.outlet()), edge, rs.getString(5), rs.getString(6),
                        blockDay, digest, memberJson));
            }
        }
    }

    private static Event withEvidence(Event e, List<Evidence> evidence) {
        return new Event(e.id(), e.articleId(), e.type(), e.mode(), e.acled(), e.cameo(), e.modality(), e.date(),
                e.datePrecision(), e.dateInferred(), e.location(), e.actor(), e.actorStatus(), e.target(), e.killed(),
                e.injured(), e.sources(), evidence, e.confidence(), e.deniedBy(), e.mediator(), e.attackersKilled());
    }

    private void writeMerged(MergedEvent me, String createdRun) {
        Event e = me.event();
        Report r = Report.of(e, Optional.empty(), Optional.empty());
        Optional<Location> l = e.location();
        Optional<String> keys = actorKeys(me);
        Optional<LocalDate> first = me.reports().stream().map(MergedEvent.ReportRef::published)
                .flatMap(Optional::stream).min(Comparator.naturalOrder());
        Optional<LocalDate> last = me.reports().stream().map(MergedEvent.ReportRef::published)
                .flatMap(Optional::stream).max(Comparator.naturalOrder());
        merged.add(me.id(), l.map(Location::country).orElse(null), e.type().name(), e.mode(), e.modality().label(),
                e.date().orElse(null), r.dateFrom().map(d -> (int) d.toEpochDay()).orElse(null),
                r.dateTo().map(d -> (int) d.toEpochDay()).orElse(null), l.flatMap(Location::admin1).orElse(null),
                l.flatMap(Location::admin2).orElse(null), l.map(Location::name).orElse(null),
                l.flatMap(Location::lat).orElse(null), l.flatMap(Location::lon).orElse(null),
                e.actor().flatMap(ActorRef::id).orElse(null), e.actor().map(ActorRef::name).orElse(null),
                e.actorStatus().map(ActorStatus::label).orElse(null),
                keys.orElse(null),
                e.killed().map(Count::value).orElse(null), e.injured().map(Count::value).orElse(null),
                me.reportCount(), (int) me.articleCount(), first.orElse(null), last.orElse(null), createdRun, run,
                json.toJson(me));
    }

    /** Every doer named ({@code actor_keys}): ids and names as {@link #actorKeyPart} writes them, between bars. */
    static Optional<String> actorKeys(MergedEvent me) {
        Set<String> keys = new LinkedHashSet<>();
        List<ActorRef> actors = new ArrayList<>();
        me.event().actor().ifPresent(actors::add);
        me.statusHistory().forEach(p -> actors.add(p.actor()));
        for (ActorRef a : actors) {
            a.id().ifPresent(id -> keys.add(actorKeyPart(id)));
            keys.add(actorKeyPart(a.name()));
        }
        return keys.isEmpty() ? Optional.empty() : Optional.of("|" + String.join("|", keys) + "|");
    }

    /** One doer's id or name as {@code actor_keys} holds it and {@code --actor} is matched: {@link Normalizer#key}. */
    static String actorKeyPart(String s) {
        return Normalizer.key(s.trim()).replace('|', ' ');
    }

    /** Forgets rows queued for a transaction that was rolled back. */
    void discard() {
        want.discard();
        ids.discard();
        links.discard();
        merged.discard();
    }

    @Override
    public void close() throws SQLException {
        want.close();
        ids.close();
        links.close();
        merged.close();
    }

    /** Union-find over string keys, with path halving; roots are chosen by key order so they do not depend on arrival. */
    private static final class UnionFind {
        private final Map<String, String> parent = new HashMap<>();

        void add(String k) {
            parent.putIfAbsent(k, k);
        }

        String find(String k) {
            add(k);
            String p = parent.get(k);
            while (!p.equals(k)) {
                String gp = parent.get(p);
                parent.put(k, gp);
                k = p;
                p = gp;
            }
            return k;
        }

        void union(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (!ra.equals(rb)) {
                if (ra.compareTo(rb) < 0) {
                    parent.put(rb, ra);
                } else {
                    parent.put(ra, rb);
                }
            }
        }
    }
}
