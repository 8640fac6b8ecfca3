package org.vigil.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A web page, or text with HTML pasted into it, reduced to the article's text and metadata.
 *
 * <p>Page furniture is dropped: scripts and styles, navigation, site headers and footers, asides, forms,
 * iframes, comment sections, share bars, "related" boxes, newsletter sign-ups, adverts, breadcrumbs, menus
 * and sidebars, recognised by tag, ARIA role and common class or id names. When the page has an
 * {@code <article>} or {@code <main>} element, only it is read. Paragraphs, headings, list items and
 * {@code <br>} become separate lines; entities are decoded; whitespace inside a line is collapsed.
 * Text with no block structure at all (a nav bar pasted before plain paragraphs) keeps its own line breaks.
 */
public final class HtmlText {

    /** The article text of a page and what its metadata says; the text is cleaned (see {@link TextCleaner}). */
    public record Page(String text, Optional<String> title, Optional<LocalDate> published, Optional<String> url,
                       Optional<String> source) {
    }

    private static final String DROP_TAGS = "script, style, noscript, template, nav, footer, aside, form, iframe, "
            + "object, embed, svg, canvas, button, select, textarea, input, dialog, menu, figcaption";

    private static final Set<String> FURNITURE_ROLES = Set.of(
            "navigation", "complementary", "banner", "contentinfo", "search", "dialog", "alertdialog", "menu", "menubar");

    /** A class or id with one of these words is page furniture: "post-comments", "shareBar", "ad-slot". */
    private static final Set<String> FURNITURE_WORDS = Set.of(
            "comment", "comments", "commentlist", "respond", "share", "shares", "sharing", "social", "related",
            "newsletter", "advert", "adverts", "advertisement", "ad", "ads", "adslot", "adsense", "breadcrumb",
            "breadcrumbs", "menu", "sidebar", "nav", "navbar", "navigation", "promo", "promos", "subscribe",
            "subscription", "signup", "cookie", "cookies", "consent", "popup", "modal", "sponsored", "recommended",
            "trending", "popular", "mostread", "footer", "header", "tags", "widget", "outbrain", "taboola", "disqus");

    /** Furniture names that are glued to other words: "jp-relatedposts", "sharedaddy", "addtoany". */
    private static final List<String> FURNITURE_STEMS = List.of(
            "breadcrumb", "newsletter", "advert", "sidebar", "outbrain", "taboola", "disqus", "sharedaddy",
            "sharethis", "addtoany", "relatedpost", "relatedarticle", "relatedstor", "relatedcontent", "socialshare",
            "socialmedia");

    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl",
            "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "blockquote", "pre", "address", "figure", "hr",
            "header", "center", "details", "summary", "fieldset", "caption", "body", "html", "hgroup");

    private static final List<String> DATE_METAS = List.of(
            "article:published_time", "og:article:published_time", "og:published_time", "datepublished",
            "publication_date", "publishdate", "publish-date", "publish_date", "pubdate", "date", "dc.date.issued",
            "dcterms.issued", "dcterms.created", "dc.date", "sailthru.date", "parsely-pub-date");

    private HtmlText() {
    }

    public static Page convert(String html) {
        Document doc = Jsoup.parse(html);
        Map<String, String> metas = metas(doc);
        JsonLd ld = jsonLd(doc);
        Element firstH1 = doc.selectFirst("h1");
        String firstH1Text = firstH1 == null ? "" : firstH1.text();
        Element body = doc.body();

        removeFurniture(body);
        Element root = contentRoot(body);

        Optional<String> title = nonBlank(Optional.ofNullable(root.selectFirst("h1")).map(Element::text).orElse(""))
                .or(() -> nonBlank(metas.getOrDefault("og:title", "")))
                .or(() -> nonBlank(doc.title()))
                .or(() -> nonBlank(firstH1Text))
                .map(TextCleaner::oneLine);
        Optional<LocalDate> published = published(doc, root, metas, ld);
        Optional<String> url = nonBlank(metas.getOrDefault("og:url", ""))
                .or(() -> Optional.ofNullable(doc.selectFirst("link[rel=canonical]")).flatMap(l -> nonBlank(l.attr("href"))))
                .map(String::trim);
        Optional<String> source = nonBlank(metas.getOrDefault("og:site_name", ""))
                .or(() -> nonBlank(ld.publisher))
                .map(TextCleaner::oneLine);
        return new Page(render(root), title, published, url, source);
    }

    private static Map<String, String> metas(Document doc) {
        Map<String, String> metas = new HashMap<>();
        for (Element m : doc.getElementsByTag("meta")) {
            String content = m.attr("content");
            if (content.isBlank()) {
                continue;
            }
            for (String attr : new String[] {"property", "name", "itemprop"}) {
                String key = m.attr(attr).trim().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    metas.putIfAbsent(key, content);
                }
            }
        }
        return metas;
    }

    private static void removeFurniture(Element body) {
        body.select(DROP_TAGS).remove();
        for (Element e : body.select("header")) {
            if (e.selectFirst("h1") == null) {
                e.remove();
            }
        }
        int bodyLength = body.text().length();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && e != body && (hidden(e) || isFurniture(e)) && safeToDrop(e, bodyLength)) {
                    return FilterResult.REMOVE;
                }
                return FilterResult.CONTINUE;
            }
        }, body);
    }

    /** Never drop what holds the article: its headline, its body, or most of the page's text. */
    private static boolean safeToDrop(Element e, int bodyLength) {
        if (e.selectFirst("h1, article, main, [itemprop=articleBody]") != null) {
            return false;
        }
        return e.text().length() * 2 <= bodyLength;
    }

    /** Not shown to readers: hidden, aria-hidden, display:none, or an ARIA role for page furniture. */
    private static boolean hidden(Element e) {
        if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")
                || FURNITURE_ROLES.contains(e.attr("role").trim().toLowerCase(Locale.ROOT))) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        style = style.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        return style.contains("display:none") || style.contains("visibility:hidden");
    }

    static boolean isFurniture(Element e) {
        return isFurnitureName(e.id()) || isFurnitureName(e.className());
    }

    static boolean isFurnitureName(String names) {
        if (names.isEmpty()) {
            return false;
        }
        for (String token : names.split("\\s+")) {
            // "shareBar" and "share-bar" and "share_bar" all split into share + bar
            String[] words = token.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT).split("[^a-z]+");
            for (String w : words) {
                if (FURNITURE_WORDS.contains(w)) {
                    return true;
                }
            }
            String lower = token.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            for (String stem : FURNITURE_STEMS) {
                if (lower.contains(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The longest {@code <article>}, else {@code <main>}, when it holds a good part of the page's text. */
    private static Element contentRoot(Element body) {
        int bodyLength = body.text().length();
        Element best = null;
        int bestLength = 0;
        for (Element a : body.getElementsByTag("article")) {
            int length = a.text().length();
            if (length > bestLength) {
                best = a;
                bestLength = length;
            }
        }
        if (best == null) {
            best = body.selectFirst("main, [role=main]");
            bestLength = best == null ? 0 : best.text().length();
        }
        return best != null && bestLength > 0 && bestLength * 5 >= bodyLength ? best : body;
    }

    private static Optional<LocalDate> published(Document doc, Element root, Map<String, String> metas, JsonLd ld) {
        for (String key : DATE_METAS) {
            String v = metas.get(key);
            if (v != null) {
                Optional<LocalDate> d = PublicationDates.parse(v);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        Optional<LocalDate> d = ld.datePublished.flatMap(PublicationDates::parse);
        if (d.isPresent()) {
            return d;
        }
        List<Element> times = new ArrayList<>(doc.select("time[pubdate][datetime], [itemprop=datePublished][datetime]"));
        times.addAll(root.select("time[datetime]"));
        times.addAll(doc.select("time[datetime]"));
        for (Element t : times) {
            d = PublicationDates.parse(t.attr("datetime"));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private record JsonLd(Optional<String> datePublished, String publisher) {
    }

    private static final ObjectMapper LD = JsonArticles.constrainedMapper(1 << 20);

    /** datePublished and publisher.name from JSON-LD blocks, searched breadth-first with a bound on work. */
    private static JsonLd jsonLd(Document doc) {
        Optional<String> date = Optional.empty();
        String publisher = "";
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String data = script.data();
            if (data.length() > (1 << 20)) {
                continue;
            }
            JsonNode tree;
            try {
                tree = LD.readTree(data);
            } catch (Exception e) {
                continue; // broken JSON-LD is common and not the reader's problem
            }
            Deque<JsonNode> queue = new ArrayDeque<>();
            queue.add(tree);
            int budget = 10_000;
            while (!queue.isEmpty() && budget-- > 0) {
                JsonNode n = queue.poll();
                if (n.isObject()) {
                    if (date.isEmpty() && n.path("datePublished").isTextual()) {
                        date = Optional.of(n.get("datePublished").asText());
                    }
                    if (publisher.isEmpty() && n.path("publisher").path("name").isTextual()) {
                        publisher = n.get("publisher").get("name").asText();
                    }
                }
                if (n.isContainerNode()) {
                    n.forEach(queue::add);
                }
            }
        }
        return new JsonLd(date, publisher);
    }

    /** Block elements and {@code <br>} end lines; text nodes are joined; each line's whitespace collapsed. */
    private static String render(Element root) {
        boolean keepLineBreaks = root.selectFirst("p, br, div, li, tr, pre, blockquote, h1, h2, h3, h4, h5, h6") == null;
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            private int inPre;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String text = t.getWholeText();
                    // text lying loose in the page is text with a few tags pasted in: its line breaks are its own
                    boolean loose = t.parent() == root || (t.parent() instanceof Element p && p.normalName().equals("body"));
                    sb.append(inPre > 0 || keepLineBreaks || loose ? text : text.replace('\n', ' ').replace('\r', ' '));
                } else if (node instanceof Element e) {
                    String name = e.normalName();
                    if (name.equals("pre")) {
                        inPre++;
                    }
                    if (name.equals("br") || BLOCKS.contains(name)) {
                        sb.append('\n');
                    } else if (name.equals("td") || name.equals("th")) {
                        sb.append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String name = e.normalName();
                    if (name.equals("pre")) {
                        inPre--;
                    }
                    if (BLOCKS.contains(name)) {
                        sb.append('\n');
                    }
                }
            }
        }, root);
        String text = TextCleaner.clean(sb.toString());
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n")) {
            String collapsed = line.replaceAll("[ \\t]+", " ").strip();
            if (!collapsed.isEmpty()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(collapsed);
            }
        }
        return out.toString();
    }

    private static Optional<String> nonBlank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
    }
}
