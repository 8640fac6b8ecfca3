package org.vigil.cli;

import java.time.LocalDate;
import java.util.Optional;
import org.vigil.VigilException;
import org.vigil.ingest.ArticleReader;
import picocli.CommandLine.Option;

/** The options of every command that reads articles ({@code extract}, {@code ingest}), with one meaning. */
final class ReadOptions {
    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date for articles that carry none; relative dates (\"on Monday\") are read against it.")
    LocalDate published;

    @Option(names = "--max-article-mb", defaultValue = "2", paramLabel = "MB",
            description = "Largest article text to read, in MB; larger ones are skipped with a message. JSON Lines files"
                    + " may be of any size. Default: ${DEFAULT-VALUE}.")
    int maxArticleMb;

    /** A reader with the size limit asked for; refuses a limit below 1 MB as a usage error. */
    ArticleReader reader() {
        if (maxArticleMb < 1) {
            throw new VigilException(VigilException.USAGE, "--max-article-mb must be at least 1, not " + maxArticleMb);
        }
        return new ArticleReader().withMaxArticleBytes(maxArticleMb * 1024L * 1024L);
    }

    Optional<LocalDate> published() {
        return Optional.ofNullable(published);
    }
}
