package org.vigil.text;

/** What a stretch of an article is: the body, its headline, a section heading, or page furniture. */
public enum SentenceKind {
    /** Body text: events are read from it. */
    CONTENT,
    /** The first line when it reads as a headline: it may confirm a figure but does not start events of its own. */
    HEADLINE,
    /** A section heading inside the article ("Delegation of Pakistan"): not content. */
    HEADING,
    /** Navigation, share bars, "Leave a Reply", "Related:" lines and tags: not content. */
    BOILERPLATE
}
