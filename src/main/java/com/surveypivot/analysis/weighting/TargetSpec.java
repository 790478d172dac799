package com.surveypivot.analysis.weighting;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads targets written as {@code Q=answer:share|answer:share} (the command line's {@code --target} and
 * {@code --rake}). A share is a percent ({@code 40}, {@code 40%}) or a fraction ({@code 0.4}): an attribute's
 * shares are taken as percents when any is written with {@code %} or when they sum to more than 1.5, else as
 * fractions; either way they must then sum to 100% (checked by {@link Raking}). An answer's label runs to the
 * last {@code :} of its item, so labels may hold colons.
 */
public final class TargetSpec {
    private TargetSpec() {
    }

    public static RakeTarget parse(String spec) throws RakeException {
        int eq = spec == null ? -1 : spec.indexOf('=');
        if (eq <= 0 || eq == spec.length() - 1) {
            throw new RakeException("weighting.error.syntax", spec == null ? "" : spec);
        }
        String attribute = spec.substring(0, eq).strip();
        Map<String, Double> shares = new LinkedHashMap<>();
        boolean percent = false;
        double sum = 0;
        for (String item : spec.substring(eq + 1).split("\\|", -1)) {
            int colon = item.lastIndexOf(':');
            if (colon <= 0) {
                throw new RakeException("weighting.error.syntax", spec);
            }
            String label = item.substring(0, colon).strip();
            String number = item.substring(colon + 1).strip();
            if (number.endsWith("%")) {
                percent = true;
                number = number.substring(0, number.length() - 1).strip();
            }
            double share;
            try {
                share = Double.parseDouble(number);
            } catch (NumberFormatException e) {
                throw new RakeException("weighting.error.syntax", spec);
            }
            if (label.isEmpty() || shares.put(label, share) != null) {
                throw new RakeException("weighting.error.syntax", spec);
            }
            sum += share;
        }
        return of(attribute, shares, percent || sum > 1.5);
    }

    /** Targets from shares given as percents ({@code percent}) or fractions. */
    public static RakeTarget of(String attribute, Map<String, Double> shares, boolean percent) {
        Map<String, Double> fractions = new LinkedHashMap<>();
        shares.forEach((label, share) -> fractions.put(label, percent ? share / 100 : share));
        return new RakeTarget(attribute, fractions);
    }
}
