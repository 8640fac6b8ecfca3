package org.vigil.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vigil.VigilException;
import org.vigil.doc.AnnotatedDocument;
import org.vigil.doc.Stage;
import org.vigil.geo.Place;
import org.vigil.geo.PlaceMention;
import org.vigil.ingest.Article;
import org.vigil.ingest.ArticleReader;
import org.vigil.ingest.TextCleaner;
import org.vigil.pipeline.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "places", mixinStandardHelpOptions = true,
        description = {"Shows every place name found in a text, the place chosen, its other candidates, and why.",
            "Reads the text given as an argument, or the articles of a file with --file ('-' for standard input),"
                    + " which is read as 'vigil extract' reads it.",
            "Senses: LOCATION (a place); GOVERNMENT (a capital or country speaking for its government, never an"
                    + " event location); NAME (part of another name, such as a party or a group)."},
        footer = {"", "Examples:",
            "  vigil places \"A bomb went off in Khar, the main town of Bajaur district.\"",
            "  vigil places \"Islamabad said talks with Kabul would resume.\"",
            "  vigil places --file report.txt --candidates 10"})
final class PlacesCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "TEXT", description = "The text to read (quote it).")
    String text;

    @Option(names = "--file", paramLabel = "FILE", description = "Read the text from FILE ('-' for standard input).")
    String file;

    @Option(names = "--candidates", defaultValue = "5", paramLabel = "N",
            description = "Other candidates to show per place. Default: ${DEFAULT-VALUE}.")
    int candidates;

    private Extractor extractor;
    private long loadMs;

    @Override
    public Integer call() {
        if (candidates < 0) {
            throw new VigilException(VigilException.USAGE, "--candidates must be at least 0, not " + candidates);
        }
        if (file != null && text != null) {
            throw new VigilException(VigilException.USAGE, "give either TEXT or --file, not both");
        }
        if (file == null && text == null) {
            throw new VigilException(VigilException.USAGE, "give a text to read, or --file FILE; see 'vigil places --help'");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int exit = 0;
        if (text != null) {
            String clean = TextCleaner.clean(text);
            if (clean.isBlank()) {
                throw new VigilException(VigilException.USAGE, "the text to read is empty");
            }
            print(new Article(ArticleReader.idOf(clean), clean, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()), out);
        } else {
            // read as extract reads it: binary, encoding and size checks, HTML reduced to text, one line per problem
            ArticleReader.Result r = new ArticleReader().read(List.of(file), a -> {
                out.printf("== %s%n", a.id());
                print(a, out);
                out.println();
            }, p -> err.println("vigil: " + p));
            exit = r.nothingRead() ? Math.max(r.exitCode(), VigilException.DATA) : r.exitCode();
        }
        if (extractor != null) {
            out.printf(Locale.ROOT, "%n(gazetteer, dictionaries and cues loaded in %d ms)%n", loadMs);
        }
        out.flush();
        return exit;
    }

    private void print(Article a, PrintWriter out) {
        if (extractor == null) {
            long t0 = System.nanoTime();
            extractor = Extractor.standard();
            loadMs = (System.nanoTime() - t0) / 1_000_000;
        }
        print(upToPlaces(extractor, a), out);
    }

    /** The document as extraction sees it when places are resolved: the pipeline's own stages, up to that one. */
    private static AnnotatedDocument upToPlaces(Extractor extractor, Article a) {
        AnnotatedDocument doc = AnnotatedDocument.of(a);
        for (Stage stage : extractor.pipeline().stages()) {
            doc = stage.process(doc);
            if (stage.name().equals("places")) {
                break;
            }
        }
        return doc;
    }

    private void print(AnnotatedDocument doc, PrintWriter out) {
        if (doc.places().isEmpty()) {
            out.println("No place names found.");
        }
        for (PlaceMention m : doc.places()) {
            out.printf(Locale.ROOT, "%s  [%d-%d]  %s%s%n", m.text(), m.start(), m.end(), m.sense(),
                    m.inDateline(doc.dateline()) ? " (dateline)" : "");
            out.printf(Locale.ROOT, "  -> %s%n", describe(m.place()));
            out.printf(Locale.ROOT, "     why: %s%n", m.why());
            int shown = 0;
            for (Place c : m.candidates()) {
                if (shown++ >= candidates) {
                    out.printf(Locale.ROOT, "     ... %d more%n", m.candidates().size() - candidates);
                    break;
                }
                out.printf(Locale.ROOT, "     or %s%n", describe(c));
            }
        }
    }

    private static String describe(Place p) {
        StringBuilder b = new StringBuilder(p.name());
        p.admin2().ifPresent(a -> b.append(", ").append(a));
        p.admin1().ifPresent(a -> b.append(", ").append(a));
        b.append(", ").append(p.country());
        b.append(String.format(Locale.ROOT, "  (%.4f, %.4f)  %s  %s", p.lat(), p.lon(), p.kind().name().toLowerCase(Locale.ROOT), p.id()));
        return b.toString();
    }
}
