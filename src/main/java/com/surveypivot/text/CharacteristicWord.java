package com.surveypivot.text;

/**
 * A word a segment uses more often than the rest of the answers, with its test.
 *
 * @param word               the word
 * @param segmentRespondents respondents of the segment whose answer uses it
 * @param segmentShare       of the segment's answers (0–1)
 * @param restRespondents    respondents outside the segment whose answer uses it
 * @param restShare          of the other answers (0–1)
 * @param z                  pooled two-proportion z (segment against the rest), positive: more in the segment
 * @param pValue             its two-sided p
 * @param adjustedP          Benjamini–Hochberg adjusted p over every word tested for this segment
 */
public record CharacteristicWord(String word, int segmentRespondents, double segmentShare, int restRespondents,
        double restShare, double z, double pValue, double adjustedP) {
}
