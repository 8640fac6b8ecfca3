package org.vigil.geo.build;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.PlaceTagger;
import org.vigil.text.Segmentation;
import org.vigil.text.Segmenter;
import org.vigil.text.Sentence;
import org.vigil.text.Token;
import org.vigil.text.Tokenizer;

/**
 * Measures what the gazetteer costs: load time (cold, in this fresh JVM), retained heap, and tagging time per
 * sentence over the given text files (run by tools/gazetteer/measure.sh; numbers go to docs/GAZETTEER.md).
 */
public final class PlacesBenchmark {
    private PlacesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        Gazetteer g = Gazetteer.loadDefault();
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapMb = (rt.totalMemory() - rt.freeMemory()) >> 20;
        PlaceTagger tagger = new PlaceTagger(g);

        record Doc(String text, List<Sentence> sentences, List<Token> tokens, Segmentation seg) {
        }
        List<Doc> docs = new ArrayList<>();
        int sentences = 0;
        for (String a : args) {
            String text = Files.readString(Path.of(a), StandardCharsets.UTF_8);
            Segmentation seg = new Segmenter().segment(text);
            List<Token> tokens = new ArrayList<>();
            for (Sentence s : seg.sentences()) {
                tokens.addAll(new Tokenizer().tokenize(text, s.start(), s.end(), s.index()));
            }
            docs.add(new Doc(text, seg.sentences(), tokens, seg));
            sentences += seg.sentences().size();
        }
        if (docs.isEmpty()) {
            System.out.printf(Locale.ROOT, "load %d ms, heap after load %d MB, %d places%n", loadMs, heapMb, g.size());
            return;
        }
        int mentions = 0; // kept live so the JIT cannot drop the work
        long warmEnd = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < warmEnd) {
            for (Doc d : docs) {
                mentions += tagger.tag(d.text(), d.sentences(), d.tokens(), d.seg().dateline()).size();
            }
        }
        int rounds = 0;
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = mx.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        while (System.nanoTime() - start < 5_000_000_000L) {
            for (Doc d : docs) {
                mentions += tagger.tag(d.text(), d.sentences(), d.tokens(), d.seg().dateline()).size();
            }
            rounds++;
        }
        double secs = (System.nanoTime() - start) / 1e9;
        double cpuSecs = (mx.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double perDocUs = secs * 1e6 / (rounds * (double) docs.size());
        double perSentenceUs = secs * 1e6 / (rounds * (double) sentences);
        System.out.printf(Locale.ROOT, "load %d ms, heap after load %d MB, %d places, %d mentions tagged%n", loadMs,
                heapMb, g.size(), mentions);
        System.out.printf(Locale.ROOT, "tagging: %.1f us per article, %.2f us per sentence wall; %.2f us per sentence of CPU "
                + "(%d articles, %d sentences, one thread)%n", perDocUs, perSentenceUs,
                cpuSecs * 1e6 / (rounds * (double) sentences), docs.size(), sentences);
    }
}
