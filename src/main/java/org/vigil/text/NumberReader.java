package org.vigil.text;

import java.util.List;
import java.util.Map;

/**
 * Reads numbers written in figures or words: "58", "1,200", "nine", "Thirteen", "twenty-five",
 * "one hundred and twenty", "a dozen", "two dozen". Vague quantities ("dozens", "scores", "hundreds",
 * "several") are deliberately not numbers: an analyst would not code them as a toll.
 */
public final class NumberReader {

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19));

    private static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80,
            "ninety", 90);

    /**
     * The number starting at token i, or -1; {@code end[0]} receives the index after its last token.
     */
    public long readAt(List<Token> tokens, int i, int to, int[] end) {
        Token t = tokens.get(i);
        String w = t.lower();
        if (t.isNumber()) {
            String digits = w.replace(",", "");
            if (digits.indexOf('.') >= 0 || digits.length() > 9) {
                return -1; // decimals and long digit runs are not head counts
            }
            long v = Long.parseLong(digits);
            end[0] = i + 1;
            return scaled(tokens, i + 1, to, v, end);
        }
        if (w.equals("a") || w.equals("one")) {
            if (i + 1 < to && tokens.get(i + 1).lower().equals("dozen")) {
                end[0] = i + 2;
                return 12;
            }
            if (w.equals("a") && i + 1 < to && tokens.get(i + 1).lower().equals("hundred")) {
                end[0] = i + 2;
                return scaled(tokens, i + 2, to, 100, end);
            }
        }
        long v = wordsAt(tokens, i, to, end);
        if (v < 0) {
            return -1;
        }
        // "two dozen" = 24
        if (end[0] < to && tokens.get(end[0]).lower().equals("dozen")) {
            v *= 12;
            end[0]++;
        }
        return v;
    }

    /** "1.5 million" is rare in tolls; "100,000" comes in figures; so only a following "hundred"/"thousand" word scales. */
    private static long scaled(List<Token> tokens, int i, int to, long v, int[] end) {
        if (i < to) {
            String w = tokens.get(i).lower();
            if (w.equals("hundred")) {
                end[0] = i + 1;
                return v * 100;
            }
            if (w.equals("thousand")) {
                end[0] = i + 1;
                return v * 1000;
            }
        }
        return v;
    }

    private static long wordsAt(List<Token> tokens, int i, int to, int[] end) {
        long total = 0;
        long current = -1;
        int j = i;
        while (j < to) {
            String w = tokens.get(j).lower();
            Integer u = UNITS.get(w);
            Integer t = TENS.get(w);
            if (w.indexOf('-') > 0) { // "twenty-five"
                String[] p = w.split("-", 2);
                Integer tp = TENS.get(p[0]);
                Integer up = UNITS.get(p[1]);
                if (tp != null && up != null && up < 10) {
                    current = Math.max(current, 0) + tp + up;
                    j++;
                    continue;
                }
                break;
            }
            if (u != null) {
                if (current > 0 && current % 10 != 0) {
                    break; // "nine three" is two numbers
                }
                current = Math.max(current, 0) + u;
            } else if (t != null) {
                if (current > 0) {
                    break;
                }
                current = Math.max(current, 0) + t;
            } else if (w.equals("hundred") && current > 0) {
                current *= 100;
            } else if (w.equals("thousand") && current > 0) {
                total += current * 1000;
                current = 0;
            } else if (w.equals("and") && current >= 100 && j + 1 < to
                    && (UNITS.containsKey(tokens.get(j + 1).lower()) || TENS.containsKey(tokens.get(j + 1).lower()))) {
                // "one hundred and twenty"
            } else {
                break;
            }
            j++;
        }
        if (j == i || current < 0 && total == 0) {
            return -1;
        }
        end[0] = j;
        return total + Math.max(current, 0);
    }
}
