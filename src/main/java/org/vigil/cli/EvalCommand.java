package org.vigil.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.VigilException;
import org.vigil.actors.ActorDictionary;
import org.vigil.eval.Evaluator;
import org.vigil.eval.GoldArticle;
import org.vigil.eval.GoldReader;
import org.vigil.eval.Metric;
import org.vigil.eval.DoerMatch;
import org.vigil.eval.Report;
import org.vigil.pipeline.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores extraction field by field against annotated articles.",
            "Extracts the events of each gold article and compares them with its annotation.",
            "Gold files are JSON Lines (see shared/eval/README.md), or NAME.gold.json files whose text lies beside"
                    + " them in NAME.txt.",
            "Prints one line per metric, then the misses that explain them."},
        footer = {"", "Examples:",
            "  vigil eval ../shared/eval/dev/articles.jsonl",
            "  vigil eval ../shared/examples/seed-article.gold.json",
            "  vigil eval --no-misses ../shared/eval/dev/*.jsonl"})
final class EvalCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--no-misses", description = "Print only the scores, not the list of misses.")
    boolean noMisses;

    @Parameters(arity = "1..*", paramLabel = "GOLD", description = "Gold files to score against.")
    List<Path> gold;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<GoldArticle> articles = new ArrayList<>();
        GoldReader reader = new GoldReader();
        for (Path p : gold) {
            List<GoldArticle> read = reader.read(p);
            if (read.isEmpty()) {
                // scores over nothing would read as a pass
                throw new VigilException(VigilException.DATA, "no gold articles in " + p);
            }
            articles.addAll(read);
        }
        DoerMatch doers = new DoerMatch(ActorDictionary.loadDefault());
        Report report = new Evaluator(Extractor.standard(), doers, doers::sameSource,
                Evaluator.adminNamesOf(org.vigil.geo.Gazetteer.loadDefault())).evaluate(articles);
        out.printf("%d article(s) from %d file(s)%n%n", report.articles(), gold.size());
        for (String name : Evaluator.ORDER) {
            Metric m = report.metrics().get(name);
            if (m != null && m.total() > 0) {
                out.println(m);
            }
        }
        if (!noMisses && !report.misses().isEmpty()) {
            out.printf("%nMisses (%d):%n", report.misses().size());
            report.misses().forEach(s -> out.println("  " + s));
        }
        return 0;
    }
}
