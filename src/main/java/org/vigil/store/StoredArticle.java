package org.vigil.store;

import java.time.LocalDate;
import java.util.Optional;

/** An article as stored: its metadata, the hash its text is known by, and the text that evidence offsets point into. */
public record StoredArticle(String id, String contentHash, Optional<LocalDate> published, Optional<String> url,
                            Optional<String> title, Optional<String> source, String text) {
}
