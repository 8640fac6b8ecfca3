package org.vigil.text;

/** A number in the text, in figures or words: "58", "1,200", "nine", "two dozen". Vague words ("dozens") are not numbers. */
public record NumberMention(int start, int end, long value) {
}
