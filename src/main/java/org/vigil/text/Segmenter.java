package org.vigil.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts article text into paragraphs and sentences and tells body text from page furniture: headlines,
 * section headings, navigation, share bars, comment-form footers and "Related:" lines. Offsets are kept,
 * so nothing is removed from the text; non-content lines are only marked.
 */
public final class Segmenter {

    /** Lines that are page furniture wherever they appear. */
    private static final Pattern BOILERPLATE = Pattern.compile(
            "^(leave a (reply|comment)|post a comment|related( articles| stories| posts| news| content| reading)?\\s*:"
                    + "|read (more|also|next)\\b|also read\\b|see also\\b|share (this|on|via)\\b|tags?\\s*:|filed under\\b"
                    + "|follow us\\b|subscribe\\b|sign up\\b|advertisement$|sponsored\\b|comments?( \\(\\d+\\))?$"
                    + "|click here\\b|copyright\\b|©|all rights reserved|print( this)?$|email( this)?$"
                    + "|you may also like|more from\\b|recommended( for you)?$|trending\\b|most read\\b"
                    + "|home\\s*[|>»/])",
            Pattern.CASE_INSENSITIVE);

    /**
     * A wire dateline: capitalised filing place, optional country, optional "Mon D", optional "(agency)", then ':' or a dash.
     * Mixed-case places are allowed only before a bracketed district, as in "SEHWAN SHARIF (Jamshoro district):".
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^(?<place>[A-Z][A-Z'.\\-]+(?:[ /][A-Z][A-Z'.\\-]+)*(?:\\s*\\([^)\\n]{2,40}\\))?)"
                    + "(?:,\\s*(?<country>[A-Z][a-z]+(?: [A-Z][a-z]+)?))?"
                    + "(?:,\\s*(?<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}))?"
                    + "\\s*(?:\\((?<agency>[^)\\n]{2,30})\\))?"
                    + "\\s*(?::|-|\u2013|\u2014)\\s+");

    /** One word in brackets closing the filing place: "SRINAGAR (PTI)" names its agency, not a district. */
    private static final Pattern AGENCY_IN_PLACE = Pattern.compile("\\s*\\(([^)\\s]{2,12})\\)$");

    private final SentenceSplitter splitter = new SentenceSplitter();

    public Segmentation segment(String text) {
        List<Sentence> sentences = new ArrayList<>();
        Optional<Dateline> dateline = Optional.empty();
        int paragraph = 0;
        boolean seenContent = false;
        int pos = 0;
        int n = text.length();
        while (pos < n) {
            int lineEnd = text.indexOf('\n', pos);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int start = pos;
            int end = lineEnd;
            pos = lineEnd + 1;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (start >= end) {
                continue;
            }
            String line = text.substring(start, end);
            SentenceKind kind = classify(line, seenContent);
            if (kind != SentenceKind.CONTENT) {
                sentences.add(new Sentence(sentences.size(), start, end, kind, paragraph++));
                continue;
            }
            int from = start;
            if (!seenContent) {
                Optional<Dateline> found = readDateline(text, start, end);
                if (found.isPresent()) {
                    dateline = found;
                    from = found.get().end();
                }
            }
            for (int[] s : splitter.split(text, from, end)) {
                for (int[] piece : bounded(text, s[0], s[1])) {
                    sentences.add(new Sentence(sentences.size(), piece[0], piece[1], SentenceKind.CONTENT, paragraph));
                }
            }
            paragraph++;
            seenContent = true;
        }
        return new Segmentation(sentences, dateline);
    }

    /**
     * A "sentence" longer than any a reporter writes (a list, a table, text without full stops) is cut at spaces
     * into pieces of about {@link #MAX_SENTENCE} characters, so that no later stage works on an unbounded span.
     */
    private static List<int[]> bounded(String text, int from, int to) {
        if (to - from <= MAX_SENTENCE) {
            return List.of(new int[] {from, to});
        }
        List<int[]> out = new ArrayList<>();
        int start = from;
        while (to - start > MAX_SENTENCE) {
            int cut = start + MAX_SENTENCE;
            while (cut > start + MAX_SENTENCE / 2 && !Character.isWhitespace(text.charAt(cut))) {
                cut--;
            }
            out.add(new int[] {start, cut});
            start = cut;
            while (start < to && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
        if (start < to) {
            out.add(new int[] {start, to});
        }
        return out;
    }

    /** Characters; the longest sentences of real reporting run to about 600. */
    private static final int MAX_SENTENCE = 1500;

    static SentenceKind classify(String line, boolean seenContent) {
        if (BOILERPLATE.matcher(line).find() || isNavigation(line)) {
            return SentenceKind.BOILERPLATE;
        }
        if (looksLikeHeading(line, seenContent ? 16 : 24)) {
            return seenContent ? SentenceKind.HEADING : SentenceKind.HEADLINE;
        }
        return SentenceKind.CONTENT;
    }

    /** "Home | Pakistan | World" or "Facebook | Twitter | WhatsApp": several short items between bars. */
    private static boolean isNavigation(String line) {
        String[] items = line.split("\\s*[|\u2022\u00B7]\\s*");
        if (items.length < 3) {
            return false;
        }
        for (String item : items) {
            if (item.split("\\s+").length > 4) {
                return false;
            }
        }
        return true;
    }

    /**
     * A short line that does not end like a sentence: a headline or a section heading. Headlines with a second
     * clause ("X to attend Y, first minister to do so in a decade") run longer than section headings.
     */
    private static boolean looksLikeHeading(String line, int maxWords) {
        char last = line.charAt(line.length() - 1);
        if (last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201D' || last == '\'' || last == '\u2019'
                || last == ':' || last == ',' || last == ';') {
            return false;
        }
        int words = line.trim().split("\\s+").length;
        return words <= maxWords;
    }

    private static Optional<Dateline> readDateline(String text, int start, int end) {
        Matcher m = DATELINE.matcher(text).region(start, end);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String place = m.group("place");
        // one all-capital word of two letters is more likely an acronym opening a sentence ("UN: ...") than a city
        String bare = place.replaceAll("\\s*\\(.*\\)", "");
        if (bare.length() < 3 || !bare.equals(bare.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        Optional<String> agency = Optional.ofNullable(m.group("agency"));
        int placeEnd = m.end("place");
        Matcher bracket = AGENCY_IN_PLACE.matcher(place);
        if (agency.isEmpty() && bracket.find()) {
            // "SRINAGAR (PTI):", "ISLAMABAD (APP):": one word in brackets is the agency; a district has more words
            agency = Optional.of(bracket.group(1));
            place = place.substring(0, bracket.start());
            placeEnd = m.start("place") + place.length();
        }
        return Optional.of(new Dateline(start, m.end(), place, m.start("place"), placeEnd,
                Optional.ofNullable(m.group("date")), agency));
    }
}
