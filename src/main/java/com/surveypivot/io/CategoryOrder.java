package com.surveypivot.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The natural order of single-choice answers that are not a known scale: numeric bands ({@code 99人以下},
 * {@code 100〜999人}, {@code (25,35]}, {@code 20代}) and plain numbers by their leading number, and the Japanese
 * job-title ladder from the top down. "Don't know"-style answers go last.
 */
final class CategoryOrder {
    private static final List<List<String>> LADDERS = List.of(
            List.of("経営者・役員", "経営者", "役員", "経営者・役員クラス", "事業部長クラス", "本部長クラス", "部長クラス", "部長",
                    "次長クラス", "課長クラス", "課長", "係長・主任クラス", "係長クラス", "主任クラス", "係長", "主任",
                    "一般社員", "一般社員クラス", "社員", "契約社員・派遣社員", "その他"));
    /** A label that starts with a number, optionally after a bracket or 〜, e.g. "1,000〜4,999人", "(25,35]". */
    private static final Pattern LEADING_NUMBER = Pattern.compile(
            "^[\\s(\\[（【〜~約]*([-+]?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|[-+]?\\d+(?:\\.\\d+)?)");

    /** An ordering with whether it is natural (true) or first appearance (false). */
    record Ordering(List<String> labels, boolean ordered) {
    }

    private CategoryOrder() {
    }

    /** Orders labels given in order of first appearance. */
    static Ordering order(List<String> firstAppearance) {
        List<String> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String label : firstAppearance) {
            (ScaleCatalog.isUnknown(label) ? unknown : known).add(label);
        }
        if (known.size() >= 2) {
            Optional<List<String>> ladder = ladder(known);
            if (ladder.isPresent()) {
                List<String> out = new ArrayList<>(ladder.get());
                out.addAll(unknown);
                return new Ordering(out, true);
            }
            Optional<List<String>> numeric = numeric(known);
            if (numeric.isPresent()) {
                List<String> out = new ArrayList<>(numeric.get());
                out.addAll(unknown);
                return new Ordering(out, true);
            }
        }
        return new Ordering(firstAppearance, false);
    }

    private static Optional<List<String>> ladder(List<String> labels) {
        for (List<String> ladder : LADDERS) {
            int matched = 0;
            for (String label : labels) {
                if (!ladder.contains(label.strip())) {
                    return Optional.empty();
                }
                if (!"その他".equals(label.strip())) {
                    matched++;
                }
            }
            if (matched >= 2) {
                List<String> out = new ArrayList<>(labels);
                out.sort(Comparator.comparingInt(l -> ladder.indexOf(l.strip())));
                return Optional.of(out);
            }
        }
        return Optional.empty();
    }

    private static Optional<List<String>> numeric(List<String> labels) {
        List<double[]> keyed = new ArrayList<>();
        java.util.Set<Double> seen = new java.util.HashSet<>();
        for (int i = 0; i < labels.size(); i++) {
            Double n = leadingNumber(labels.get(i));
            if (n == null || !seen.add(n)) {
                return Optional.empty();
            }
            keyed.add(new double[] {n, i});
        }
        keyed.sort(Comparator.comparingDouble(k -> k[0]));
        List<String> out = new ArrayList<>();
        for (double[] k : keyed) {
            out.add(labels.get((int) k[1]));
        }
        return Optional.of(out);
    }

    /** The leading number of a band label, or null. A label starting with 〜/~ (up to) sorts below its number. */
    static Double leadingNumber(String label) {
        String s = label.strip();
        Matcher m = LEADING_NUMBER.matcher(s);
        if (!m.find()) {
            return null;
        }
        double value = Double.parseDouble(m.group(1).replace(",", ""));
        String prefix = s.substring(0, m.start(1));
        if (prefix.contains("〜") || prefix.contains("~")) {
            value -= 0.5;
        }
        return value;
    }
}
