package org.vigil.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.ingest.Article;

/**
 * A synthetic corpus for benchmarks: the given articles repeated with their paragraphs reordered, their figures
 * changed and their dates moved back by whole years and days, so that every article is distinct (no cache and no
 * de-duplication can help) and the corpus holds many distinct events, as real coverage does, rather than one event
 * reported a hundred thousand times.
 */
public final class Corpus {
    private static final Pattern YEAR = Pattern.compile("\\b(19[5-9][0-9]|20[0-9][0-9])\\b");
    private final List<Article> seeds;
    private final long seed;

    public Corpus(List<Article> seeds, long seed) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("a corpus needs at least one article to grow from");
        }
        this.seeds = List.copyOf(seeds);
        this.seed = seed;
    }

    /** The i-th article of the corpus; the same i always gives the same article. */
    public Article get(int i) {
        Article base = seeds.get(i % seeds.size());
        Random r = new Random(seed * 31 + i);
        String[] paragraphs = base.text().split("\n");
        if (paragraphs.length > 2) {
            // keep the lead first; shuffle the body a little
            for (int k = paragraphs.length - 1; k > 1; k--) {
                int j = 1 + r.nextInt(k);
                String tmp = paragraphs[k];
                paragraphs[k] = paragraphs[j];
                paragraphs[j] = tmp;
            }
        }
        int cycle = i / seeds.size();
        int years = cycle % 40;
        int days = (cycle / 40) % 300;
        String text = String.join("\n", paragraphs).replaceAll("\\b([1-9][0-9]?)\\b(?= (people|persons|soldiers|others))",
                String.valueOf(2 + r.nextInt(90)));
        Matcher m = YEAR.matcher(text);
        StringBuilder b = new StringBuilder(text.length() + 24);
        while (m.find()) {
            m.appendReplacement(b, String.valueOf(Integer.parseInt(m.group()) - years));
        }
        m.appendTail(b);
        b.append("\nReport ").append(i).append('.');
        return new Article(base.id() + "~" + i, b.toString(),
                base.published().map(d -> d.minusYears(years).minusDays(days)), base.url(), base.title(), base.source());
    }

    public List<Article> take(int n) {
        List<Article> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(get(i));
        }
        return out;
    }

}
