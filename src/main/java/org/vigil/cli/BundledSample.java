package org.vigil.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    static List<Article> articles() {
        try (InputStream in = BundledSample.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new VigilException(VigilException.SOFTWARE, "the bundled sample " + RESOURCE + " is missing from the build");
            }
            Path tmp = Files.createTempFile("vigil-sample", ".jsonl");
            try {
                Files.write(tmp, in.readAllBytes());
                List<Article> out = new ArrayList<>();
                new ArticleReader().read(List.of(tmp.toString()), out::add, p -> { });
                return out;
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new VigilException(VigilException.IO, "cannot read the bundled sample: " + e.getMessage());
        }
    }

}
