package org.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.ingest.Article;

class BundledSampleTest {
    @Test
    void theSampleIsReadFromTheClassPathWithItsIdsAndDates() {
        List<Article> sample = BundledSample.articles();
        assertEquals(13, sample.size(), "the demo says it ingests 13 articles");
        assertTrue(sample.stream().allMatch(a -> a.published().isPresent() && !a.id().startsWith("sha256:")),
                "every sample article carries its own id and date");
    }
}
