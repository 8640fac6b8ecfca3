package org.vigil.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.vigil.VigilException;
import org.vigil.ingest.Article;
import org.vigil.ingest.ArticleReader;

/** The sample articles bundled with Vigil (written by the team about real events), for the demo and the benchmark. */
final class BundledSample {
    static final String RESOURCE = DemoCommand.SAMPLE;

    private BundledSample() {
    }

    /** The sample's articles, read from the class path as standard input is read: no temporary file. */
    static List<Article> articles() {
        try (InputStream in = BundledSample.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new VigilException(VigilException.SOFTWARE, "the bundled sample " + RESOURCE + " is missing from the build");
            }
            List<Article> out = new ArrayList<>();
            new ArticleReader().withStdin(in).read(List.of("-"), out::add, p -> {
                throw new VigilException(VigilException.SOFTWARE, "the bundled sample is damaged (" + p.message()
                        + "); rebuild Vigil");
            });
            return out;
        } catch (IOException e) {
            throw new VigilException(VigilException.IO, "cannot read the bundled sample: " + e.getMessage());
        }
    }
}
