package com.surveypivot.analysis.weighting;

import java.util.List;

/**
 * The result of raking: one weight per respondent (mean 1 over the respondents weighted) and how it went.
 *
 * @param weights       one weight per respondent of the survey
 * @param iterations    full passes over the attributes made
 * @param converged     whether every achieved share came within the tolerance of its target
 * @param min           the smallest weight
 * @param max           the largest weight
 * @param designEffect  Kish's design effect of the weights, n·Σw²/(Σw)²
 * @param efficiency    its inverse, 1/designEffect (0–1)
 * @param effectiveBase (Σw)²/Σw², n/designEffect
 * @param targets       each attribute's answers: sample share, target and achieved weighted share
 */
public record RakeReport(double[] weights, int iterations, boolean converged, double min, double max,
        double designEffect, double efficiency, double effectiveBase, List<TargetCheck> targets) {

    public RakeReport {
        weights = weights.clone();
        targets = List.copyOf(targets);
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    /**
     * One answer of one weighting attribute.
     *
     * @param attribute   the attribute's id
     * @param answer      the answer label
     * @param sampleShare the unweighted share of the answer among the attribute's respondents
     * @param target      the target share
     * @param achieved    the weighted share after raking
     */
    public record TargetCheck(String attribute, String answer, double sampleShare, double target, double achieved) {
    }
}
