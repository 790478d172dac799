package com.surveypivot.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Known answer scales (agreement, satisfaction, worry, importance, frequency, likelihood, quality) in Japanese
 * and English, each listed from the TOP end first; synonyms of one level sit next to each other. "Don't
 * know"-style answers are not scale points: they go last.
 */
final class ScaleCatalog {
    private static final List<List<String>> SCALES = List.of(
            List.of("とてもそう思う", "非常にそう思う", "そう思う", "ややそう思う", "どちらかといえばそう思う",
                    "どちらかと言えばそう思う", "どちらともいえない", "どちらとも言えない", "どちらかといえばそう思わない",
                    "どちらかと言えばそう思わない", "ややそう思わない", "あまりそう思わない", "そう思わない",
                    "まったくそう思わない", "全くそう思わない"),
            List.of("非常にあてはまる", "とてもあてはまる", "あてはまる", "ややあてはまる", "どちらかといえばあてはまる",
                    "どちらともいえない", "どちらかといえばあてはまらない", "ややあてはまらない", "あまりあてはまらない",
                    "あてはまらない", "まったくあてはまらない", "全くあてはまらない"),
            List.of("非常に満足", "とても満足", "大変満足", "満足", "やや満足", "まあ満足", "どちらかといえば満足",
                    "どちらともいえない", "普通", "ふつう", "どちらかといえば不満", "やや不満", "あまり満足していない",
                    "不満", "満足していない", "とても不満", "非常に不満", "大変不満", "まったく満足していない",
                    "全く満足していない"),
            List.of("非常に悩んでいる", "とても悩んでいる", "悩んでいる", "やや悩んでいる", "少し悩んでいる",
                    "どちらともいえない", "あまり悩んでいない", "ほとんど悩んでいない", "悩んでいない",
                    "まったく悩んでいない", "全く悩んでいない"),
            List.of("非常に重要", "とても重要", "重要", "やや重要", "どちらかといえば重要", "どちらともいえない",
                    "どちらかといえば重要でない", "あまり重要でない", "あまり重要ではない", "重要でない", "重要ではない",
                    "まったく重要でない", "まったく重要ではない", "全く重要でない", "全く重要ではない"),
            List.of("いつも", "常に", "よく", "しばしば", "頻繁に", "ときどき", "時々", "たまに", "まれに",
                    "めったにない", "ほとんどない", "まったくない", "全くない"),
            List.of("strongly agree", "agree", "somewhat agree", "slightly agree", "neither agree nor disagree",
                    "neutral", "somewhat disagree", "slightly disagree", "disagree", "strongly disagree"),
            List.of("extremely satisfied", "very satisfied", "satisfied", "somewhat satisfied", "slightly satisfied",
                    "neither satisfied nor dissatisfied", "neutral", "slightly dissatisfied", "somewhat dissatisfied",
                    "dissatisfied", "very dissatisfied", "extremely dissatisfied"),
            List.of("extremely worried", "very worried", "worried", "somewhat worried", "slightly worried",
                    "a little worried", "neutral", "not very worried", "not worried", "not at all worried"),
            List.of("extremely important", "very important", "important", "moderately important",
                    "somewhat important", "slightly important", "neutral", "not very important", "low importance",
                    "not important", "unimportant", "not at all important"),
            List.of("always", "almost always", "very often", "often", "frequently", "usually", "sometimes",
                    "occasionally", "rarely", "seldom", "almost never", "never"),
            List.of("extremely likely", "very likely", "likely", "somewhat likely",
                    "neither likely nor unlikely", "somewhat unlikely", "unlikely", "very unlikely",
                    "extremely unlikely"),
            List.of("excellent", "very good", "good", "fair", "poor", "very poor"));

    private static final List<String> UNKNOWN = List.of("わからない", "分からない", "わからない・答えられない",
            "わからない／答えられない", "答えられない", "答えたくない", "該当しない", "該当なし", "don't know",
            "do not know", "dont know", "not sure", "unsure", "not applicable", "prefer not to say",
            "no opinion", "dk");

    private ScaleCatalog() {
    }

    static String normalize(String label) {
        return label.strip().replace('\u3000', ' ').replace('’', '\'').toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ");
    }

    /** True for "don't know"-style answers, which go last in any ordered list. */
    static boolean isUnknown(String label) {
        return UNKNOWN.contains(normalize(label));
    }

    /**
     * The labels in scale order (top end first, unknown answers last), when at least three of them are points
     * of one known scale and every other label is a "don't know"-style answer; empty otherwise.
     */
    static Optional<List<String>> order(List<String> labels) {
        for (List<String> scale : SCALES) {
            List<String> points = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            boolean fits = true;
            for (String label : labels) {
                String n = normalize(label);
                if (scale.contains(n)) {
                    points.add(label);
                } else if (UNKNOWN.contains(n)) {
                    unknown.add(label);
                } else {
                    fits = false;
                    break;
                }
            }
            if (fits && points.size() >= 3) {
                points.sort((a, b) -> Integer.compare(scale.indexOf(normalize(a)), scale.indexOf(normalize(b))));
                points.addAll(unknown);
                return Optional.of(points);
            }
        }
        return Optional.empty();
    }
}
