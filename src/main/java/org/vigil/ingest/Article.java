package org.vigil.ingest;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news report as read from input, before any analysis.
 *
 * @param id        stable identifier: given by the input, or derived from the content hash
 * @param text      the report's plain text (HTML already reduced to text); all evidence offsets point into it
 * @param published publication date from metadata, when the input gives one
 * @param url       where the report was published, if known (its path may carry the date)
 * @param title     headline from metadata, if any
 * @param source    outlet or agency that filed it, if known
 */
public record Article(String id, String text, Optional<LocalDate> published, Optional<String> url,
                      Optional<String> title, Optional<String> source) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
    }

    public Article withPublished(Optional<LocalDate> date) {
        return new Article(id, text, date, url, title, source);
    }
}
