package org.vigil.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head>
              <title>Bus service resumes | Example Herald</title>
              <meta property="og:title" content="Bus service resumes between two cities">
              <meta property="og:url" content="https://example.org/news/bus-service">
              <meta property="og:site_name" content="Example Herald">
              <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
                "datePublished":"2024-04-15T07:00:00+05:00","publisher":{"@type":"Organization","name":"Herald Group"}}</script>
              <style>.x { color: red }</style>
            </head><body>
              <header class="site-header"><a href="/">Example Herald</a>
                <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav></header>
              <div class="breadcrumbs">Home &rsaquo; Regions</div>
              <div id="main-menu">Politics Business Sport</div>
              <main>
                <article>
                  <header class="entry-header"><h1>Bus service resumes</h1>
                    <span class="byline">By a staff reporter</span></header>
                  <p>A bus service between the two cities resumed on Monday after a pause of three weeks,
                     the transport authority said.</p>
                  <h2>Fares unchanged</h2>
                  <p>Fares stay the same, an official said, and tickets are on sale at both stations.<br>
                     Extra buses run at weekends.</p>
                  <ul><li>Morning departure at seven</li><li>Evening departure at six</li></ul>
                  <div class="sharedaddy sd-sharing-enabled">Share this: Facebook Twitter WhatsApp</div>
                  <div class="jp-relatedposts">Related: Rail line to reopen next month</div>
                  <div class="newsletter-signup"><p>Sign up for our morning briefing</p></div>
                  <div class="ad-slot">Advertisement</div>
                  <footer class="entry-footer">Tags: transport, buses</footer>
                </article>
                <section id="comments" class="comments-area"><h3>Leave a Reply</h3>
                  <form><textarea>Your comment</textarea><button>Post</button></form></section>
              </main>
              <aside class="sidebar"><h3>Most read</h3><p>Another story entirely</p></aside>
              <footer class="site-footer">&copy; 2024 Example Herald</footer>
              <iframe src="https://ads.example.org"></iframe>
              <noscript>Enable JavaScript</noscript>
            </body></html>
            """;

    @Test
    void onlyTheArticleIsKeptWithParagraphsAndHeadingsOnTheirOwnLines() {
        assertEquals("""
                Bus service resumes
                By a staff reporter
                A bus service between the two cities resumed on Monday after a pause of three weeks, the transport authority said.
                Fares unchanged
                Fares stay the same, an official said, and tickets are on sale at both stations.
                Extra buses run at weekends.
                Morning departure at seven
                Evening departure at six""", HtmlText.convert(PAGE).text());
    }

    @Test
    void metadataComesFromTheHeadlineOpenGraphAndJsonLd() {
        HtmlText.Page page = HtmlText.convert(PAGE);
        assertEquals(Optional.of("Bus service resumes"), page.title());
        assertEquals(Optional.of(LocalDate.of(2024, 4, 15)), page.published());
        assertEquals(Optional.of("https://example.org/news/bus-service"), page.url());
        assertEquals(Optional.of("Example Herald"), page.source());
    }

    @Test
    void withoutAnArticleElementTheBodyIsReadLessItsFurniture() {
        String html = """
                <html><body>
                <div id="top-nav"><a>Home</a> | <a>Local</a> | <a>Sport</a></div>
                <div class="content"><p>Water supply to the eastern districts was restored on Thursday.</p>
                <p>Engineers repaired a burst main overnight.</p></div>
                <div class="social-links">Follow us</div>
                <div id="cookie-banner">We use cookies</div>
                <div style="display: none">hidden text</div>
                <div aria-hidden="true">screen reader skip</div>
                <div role="navigation">More links</div>
                </body></html>
                """;
        assertEquals("Water supply to the eastern districts was restored on Thursday.\n"
                + "Engineers repaired a burst main overnight.", HtmlText.convert(html).text());
    }

    @Test
    void aWrapperWhoseClassMentionsTheSidebarIsNotMistakenForOne() {
        String html = "<body><div class=\"layout has-sidebar\"><h1>Dam inspected</h1><p>Inspectors visited the dam "
                + "on Friday.</p></div><div class=\"sidebar\">Links</div></body>";
        assertEquals("Dam inspected\nInspectors visited the dam on Friday.", HtmlText.convert(html).text());
    }

    @Test
    void entitiesAreDecodedAndWhitespaceInsideALineCollapsed() {
        String html = "<p>Tom&nbsp;&amp;&nbsp;Jerry&#8217;s   caf&eacute;\n\t reopened &mdash; at last.</p>";
        assertEquals("Tom & Jerry\u2019s caf\u00e9 reopened \u2014 at last.", HtmlText.convert(html).text());
    }

    @Test
    void textWithOnlyANavBarKeepsItsOwnLineBreaks() {
        String text = "<nav>Home | News | Sport | Weather</nav>\nFirst line of the report.\nSecond line.\n";
        assertEquals("First line of the report.\nSecond line.", HtmlText.convert(text).text());
    }

    @Test
    void plainTextWithATagOrTwoKeepsItsOwnLineBreaks() {
        String text = "Officials met in the capital on Monday.\nA <a href=\"https://example.org\">statement</a> followed."
                + "\n<p>A later paragraph.</p>";
        assertEquals("Officials met in the capital on Monday.\nA statement followed.\nA later paragraph.",
                HtmlText.convert(text).text());
    }

    @Test
    void preformattedTextKeepsItsLines() {
        assertEquals("Table:\nrow one\nrow two", HtmlText.convert("<p>Table:</p><pre>row one\nrow two</pre>").text());
    }

    @Test
    void dateFallsBackToATimeElement() {
        String html = "<article><h1>Polls close</h1><time datetime=\"2024-02-08T17:00\">8 Feb</time>"
                + "<p>Polling ended at five.</p></article>";
        assertEquals(Optional.of(LocalDate.of(2024, 2, 8)), HtmlText.convert(html).published());
    }

    @Test
    void titleFallsBackToTheTitleElementAndUrlToTheCanonicalLink() {
        String html = "<html><head><title>Floods recede</title><link rel=\"canonical\" href=\"https://example.org/f\">"
                + "</head><body><p>The river fell by a metre overnight.</p></body></html>";
        HtmlText.Page page = HtmlText.convert(html);
        assertEquals(Optional.of("Floods recede"), page.title());
        assertEquals(Optional.of("https://example.org/f"), page.url());
        assertEquals(Optional.empty(), page.published());
    }

    @Test
    void brokenJsonLdIsIgnored() {
        String html = "<script type=\"application/ld+json\">{\"datePublished\": </script><p>Body text.</p>";
        HtmlText.Page page = HtmlText.convert(html);
        assertEquals("Body text.", page.text());
        assertEquals(Optional.empty(), page.published());
    }

    @Test
    void furnitureNamesAreMatchedAsWordsNotAsParts() {
        assertTrue(HtmlText.isFurnitureName("post-comments"));
        assertTrue(HtmlText.isFurnitureName("shareBar"));
        assertTrue(HtmlText.isFurnitureName("ad_slot"));
        assertTrue(HtmlText.isFurnitureName("jp-relatedposts"));
        assertFalse(HtmlText.isFurnitureName("commentary-body"));
        assertFalse(HtmlText.isFurnitureName("lead-paragraph"));
        assertFalse(HtmlText.isFurnitureName("headline"));
        assertFalse(HtmlText.isFurnitureName("download"));
    }
}
