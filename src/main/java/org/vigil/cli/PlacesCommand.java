package org.vigil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigil.VigilException;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.Place;
import org.vigil.geo.PlaceMention;
import org.vigil.geo.PlaceTagger;
import org.vigil.text.Segmentation;
import org.vigil.text.Segmenter;
import org.vigil.text.Sentence;
import org.vigil.text.Token;
import org.vigil.text.Tokenizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "places", mixinStandardHelpOptions = true,
        description = {"Shows every place name found in a text: the place chosen, its other candidates, and why.",
            "Reads the text given as an argument, or a file with --file ('-' for standard input).",
            "Senses: LOCATION (a place), GOVERNMENT (a capital or country speaking for its government,",
            "never an event location), NAME (part of another name, such as a party or a group)."},
        footer = {"", "Examples:",
            "  vigil places \"A bomb went off in Khar, the main town of Bajaur district, on Monday.\"",
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

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        String input = input();
        long t0 = System.nanoTime();
        Gazetteer gazetteer = Gazetteer.loadDefault();
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        PlaceTagger tagger = new PlaceTagger(gazetteer);
        Segmentation seg = new Segmenter().segment(input);
        Tokenizer tokenizer = new Tokenizer();
        List<Token> tokens = new ArrayList<>();
        for (Sentence s : seg.sentences()) {
            tokens.addAll(tokenizer.tokenize(input, s.start(), s.end(), s.index()));
        }
        List<PlaceMention> mentions = tagger.tag(input, seg.sentences(), tokens, seg.dateline());
        if (mentions.isEmpty()) {
            out.println("No place names found.");
        }
        for (PlaceMention m : mentions) {
            Place p = m.place();
            out.printf(Locale.ROOT, "%s  [%d-%d]  %s%s%n", m.text(), m.start(), m.end(), m.sense(),
                    m.inDateline(seg.dateline()) ? " (dateline)" : "");
            out.printf(Locale.ROOT, "  -> %s%n", describe(p));
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
        out.printf(Locale.ROOT, "%n(gazetteer: %,d places, loaded in %d ms)%n", gazetteer.size(), loadMs);
        out.flush();
        return 0;
    }

    private static String describe(Place p) {
        StringBuilder b = new StringBuilder(p.name());
        p.admin2().ifPresent(a -> b.append(", ").append(a));
        p.admin1().ifPresent(a -> b.append(", ").append(a));
        b.append(", ").append(p.country());
        b.append(String.format(Locale.ROOT, "  (%.4f, %.4f)  %s  %s", p.lat(), p.lon(), p.kind().name().toLowerCase(Locale.ROOT), p.id()));
        return b.toString();
    }

    private String input() throws IOException {
        if (file != null && text != null) {
            throw new VigilException(VigilException.USAGE, "give either TEXT or --file, not both");
        }
        if (file == null && text == null) {
            throw new VigilException(VigilException.USAGE, "give a text to read, or --file FILE; see 'vigil places --help'");
        }
        if (text != null) {
            return text;
        }
        if (file.equals("-")) {
            return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path p = Path.of(file);
        if (!Files.isReadable(p) || Files.isDirectory(p)) {
            throw new VigilException(VigilException.NO_INPUT, "cannot read " + file + ": no such file, or not a readable file");
        }
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
