package org.vigil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.vigil.VigilException;
import org.vigil.bench.Corpus;
import org.vigil.bench.ExtractionBenchmark;
import org.vigil.bench.IngestBenchmark;
import org.vigil.ingest.Article;
import org.vigil.ingest.ArticleReader;
import org.vigil.pipeline.Extractor;
import org.vigil.store.EventStore;
import org.vigil.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures Vigil's speed and memory on this machine.",
            "Reports the time from start to the first event, extraction throughput on one thread and on all cores,"
                    + " and peak heap; with --ingest, the rate of ingest with merging as the store grows.",
            "The corpus is generated from the given articles (or the bundled sample) by reordering paragraphs and"
                    + " changing figures, so no two are alike.",
            "Run it through the launcher, so that the JVM options are those users get, and copy the results into"
                    + " docs/PERFORMANCE.md."},
        footer = {"", "Examples:",
            "  ./vigil bench",
            "  ./vigil bench --articles 50000 --threads 2 ../shared/eval/dev/articles.jsonl",
            "  ./vigil bench --ingest 100000     also ingest 100,000 articles, merging"})
final class BenchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "20000",
            description = "Articles per measured run (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads for the parallel run and for ingest (default: available processors).")
    Integer threads;

    @Option(names = "--ingest", paramLabel = "N", defaultValue = "0",
            description = "Also ingest N generated articles into a fresh temporary store, with merging, and report the"
                    + " rate every 10,000 articles (0 to skip; default ${DEFAULT-VALUE}).")
    int ingest;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Articles to grow the corpus from (default: the bundled sample).")
    List<String> inputs = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        atLeast("--articles", articles, 1);
        atLeast("--ingest", ingest, 0);
        if (threads != null) {
            atLeast("--threads", threads, 1);
        }
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
        if (ingest > 0) {
            Path dir = Files.createTempDirectory("vigil-bench");
            try (EventStore store = Stores.openForWriting(dir.toString())) {
                long t0 = System.nanoTime();
                List<IngestBenchmark.Step> steps = new IngestBenchmark(extractor, corpus)
                        .run(store, ingest, Math.min(10_000, ingest), cores);
                double seconds = (System.nanoTime() - t0) / 1e9;
                out.printf("ingest with merging: %,d articles in %.1f s = %,.0f articles/s; %s%n", ingest, seconds,
                        ingest / seconds, store.counts());
                for (IngestBenchmark.Step s : steps) {
                    out.printf("  after %,7d articles: %,6.0f articles/s over the last step, heap in use %d MiB%n",
                            s.articlesSoFar(), s.perSecond(), s.heapMiB());
                }
            } finally {
                deleteTree(dir);
            }
        }
        int sample = Math.min(articles, 5000);
        StringBuilder stages = new StringBuilder();
        bench.perStage(sample).forEach((name, ms) -> stages.append(String.format(" %s %.0f µs,", name, 1000 * ms / sample)));
        out.printf("time per article by stage, one thread:%s%n", stages.substring(0, stages.length() - 1));
        out.printf("peak heap: %d MiB (max heap %d MiB)%n", ExtractionBenchmark.peakHeapMiB(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        return 0;
    }

    private static void atLeast(String option, int value, int least) {
        if (value < least) {
            throw new VigilException(VigilException.USAGE, option + " must be at least " + least + ", not " + value);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
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
