package com.surveypivot.text;

/**
 * One word of an answer as counted: {@code word} is the normalised form (base form for Japanese, lower case for
 * English); {@code start} and {@code end} are where its surface form sits in the answer (for highlighting).
 */
public record Token(String word, int start, int end) {
}
