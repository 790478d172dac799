package com.surveypivot.notes;

/**
 * A sentence with the claim it puts into words.
 *
 * @param text  the sentence in one language
 * @param claim its evidence
 */
public record Note(String text, Claim claim) {
}
