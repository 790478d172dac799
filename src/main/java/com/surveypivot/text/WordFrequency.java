package com.surveypivot.text;

/**
 * A word with how many respondents used it (each once, however often they wrote it).
 *
 * @param share respondents / the answers counted (0–1)
 */
public record WordFrequency(String word, int respondents, double share) {
}
