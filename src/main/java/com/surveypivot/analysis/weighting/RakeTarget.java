package com.surveypivot.analysis.weighting;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The population shares one attribute is weighted to: answer label → share (fractions summing to 1).
 *
 * @param attribute the question id or text of a single-choice attribute
 * @param shares    each answer's target share as a fraction, in the order given
 */
public record RakeTarget(String attribute, Map<String, Double> shares) {

    public RakeTarget {
        Objects.requireNonNull(attribute);
        shares = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(shares));
    }
}
