package com.surveypivot.analysis.weighting;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import java.util.ArrayList;
import java.util.List;

/**
 * A raked sample as R's survey package sees it after {@code rake()}: the respondents weighted (those with a
 * positive, finite weight and an answer on every raking attribute), their weights, and each raking attribute's
 * codes, which the design-based variance needs.
 *
 * @param weights    one weight per respondent of the survey (NaN or 0 outside the design)
 * @param inDesign   which respondents are in the design
 * @param margins    per raking attribute, one code per respondent (-1 = no answer), in raking order
 */
public record RakedDesign(double[] weights, boolean[] inDesign, List<int[]> margins) {

    public RakedDesign {
        weights = weights.clone();
        inDesign = inDesign.clone();
        margins = List.copyOf(margins);
    }

    /** The design of a weight column made by raking on {@code attributes} (ids or texts of the survey). */
    public static RakedDesign of(Survey survey, double[] weights, List<String> attributes) {
        List<int[]> margins = new ArrayList<>();
        for (String a : attributes) {
            Question q = survey.find(a).orElseThrow(() -> new IllegalArgumentException("no attribute " + a));
            if (!q.hasCodes()) {
                throw new IllegalArgumentException(a + " is not single-choice");
            }
            margins.add(q.codes());
        }
        boolean[] in = new boolean[weights.length];
        for (int r = 0; r < weights.length; r++) {
            boolean ok = Double.isFinite(weights[r]) && weights[r] > 0;
            for (int[] m : margins) {
                ok &= m[r] >= 0;
            }
            in[r] = ok;
        }
        return new RakedDesign(weights, in, margins);
    }

    /** How many respondents the design holds. */
    public int size() {
        int n = 0;
        for (boolean b : inDesign) {
            n += b ? 1 : 0;
        }
        return n;
    }

    double weight(int respondent) {
        return weights[respondent];
    }
}
