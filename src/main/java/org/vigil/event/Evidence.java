package org.vigil.event;

/**
 * The span of the article's text that a field was read from. Offsets are UTF-16 character offsets into
 * {@code Article.text()}, end exclusive, so {@code text.substring(start, end)} gives back {@code text}.
 */
public record Evidence(String field, int start, int end, String text) {
}
