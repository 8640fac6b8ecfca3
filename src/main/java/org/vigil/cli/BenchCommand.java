package org.vigil.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.VigilException;
import org.vigil.bench.Corpus;
import org.vigil.bench.ExtractionBenchmark;
import org.vigil.ingest.Article;
import org.vigil.ingest.ArticleReader;
import org.vigil.pipeline.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures Vigil's speed on this machine: time from start to the first event, extraction",
            "throughput on one thread and on all cores, and peak heap. The corpus is generated from the given",
            "articles (or the bundled sample) by reordering paragraphs and changing figures, so no two are alike.",
            "Run it through the launcher so the JVM options are those users get; results go to docs/PERFORMANCE.md."},
        footer = {"", "Examples:",
            "  ./vigil bench",
            "  ./vigil bench --articles 50000 --threads 2 ../shared/eval/dev/articles.jsonl"})
final class BenchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--articles", defaultValue = "20000", description = "Articles per measured run (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--threads", description = "Threads for the parallel run (default: available processors).")
    Integer threads;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Articles to grow the corpus from (default: the bundled sample).")
    List<String> inputs = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        long start = ExtractionBenchmark.uptimeMillis();
        Extractor extractor = Extractor.standard();
        List<Article> seeds = seeds();
        extractor.extract(seeds.get(0));
        long firstEvent = ExtractionBenchmark.uptimeMillis();
        out.printf("start-up: %d ms from JVM start to the first article extracted (%d ms of it loading data)%n",
                firstEvent, firstEvent - start);
        Corpus corpus = new Corpus(seeds, 42);
        ExtractionBenchmark bench = new ExtractionBenchmark(extractor, corpus);
        int cores = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        bench.run(Math.min(articles, 3000), cores); // warm-up: let the JIT compile the hot paths
        for (int t : cores > 1 ? new int[] {1, cores} : new int[] {1}) {
            ExtractionBenchmark.Result r = bench.run(articles, t);
            out.printf("extraction: %,d articles on %d thread(s) in %.2f s = %,.0f articles/s (%,d events)%n",
                    r.articles(), r.threads(), r.seconds(), r.perSecond(), r.events());
        }
        out.printf("peak heap: %d MiB (max heap %d MiB)%n", ExtractionBenchmark.peakHeapMiB(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        return 0;
    }

    private List<Article> seeds() {
        List<Article> seeds = new ArrayList<>();
        if (inputs.isEmpty()) {
            seeds.addAll(BundledSample.articles());
        } else {
            new ArticleReader().read(inputs, seeds::add, p -> spec.commandLine().getErr().println("vigil: " + p));
        }
        if (seeds.isEmpty()) {
            throw new VigilException(VigilException.NO_INPUT, "no articles to build the benchmark corpus from");
        }
        return seeds;
    }
}
