package com.surveypivot.sample;

import java.util.Arrays;

/**
 * The ten job functions of Q1, in questionnaire order, with the latent propensities the simulated respondents draw
 * their answers from. A respondent with several functions takes the mean of their functions' propensities, so the
 * survey's findings arise from respondent-level behaviour rather than from written totals.
 */
public enum JobFunction {
    //                       label                          first  extra  notLinked worried  Q4 pair multipliers
    MANAGEMENT_PLANNING("経営企画・事業戦略",               0.125, 0.16,  0.62,   0.44, 1.25, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0),
    ADVERTISING_PROMOTION("広告宣伝・販促",                 0.135, 0.15,  0.97,   0.69, 1.0, 1.1, 1.0, 1.6, 1.0, 1.0, 1.0, 1.0),
    RESEARCH("調査・リサーチ",                              0.085, 0.10,  0.95,   0.70, 1.0, 1.3, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0),
    PRODUCT_PLANNING("商品・サービス企画",                  0.110, 0.13,  0.62,   0.44, 1.0, 1.4, 1.3, 1.0, 1.0, 1.0, 1.0, 1.0),
    LEAD_GENERATION("BtoBリード獲得・ナーチャリング",       0.060, 0.10,  0.63,   0.44, 1.0, 1.0, 1.0, 1.0, 2.6, 1.0, 1.0, 1.0),
    SALES("営業・営業企画",                                 0.195, 0.10,  0.87,   0.33, 1.0, 1.0, 1.3, 1.3, 1.3, 1.4, 1.0, 1.0),
    CUSTOMER_SERVICE("カスタマーサービス",                  0.095, 0.06,  0.61,   0.43, 1.0, 1.0, 1.0, 1.0, 1.0, 2.6, 1.0, 1.0),
    SYSTEMS("システム管理・導入",                           0.085, 0.06,  0.63,   0.84, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 2.2, 1.0),
    SITE_OPERATIONS("サイト運営・管理",                     0.090, 0.09,  0.63,   0.82, 1.0, 1.1, 1.0, 1.0, 1.0, 1.0, 1.6, 1.0),
    OTHER("その他",                                         0.022, 0.00,  0.58,   0.42, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 3.0);

    private final String label;
    private final double firstWeight;
    private final double extraWeight;
    private final double notLinked;
    private final double worried;
    private final double[] pairMultipliers;

    JobFunction(String label, double firstWeight, double extraWeight, double notLinked, double worried,
                double... pairMultipliers) {
        this.label = label;
        this.firstWeight = firstWeight;
        this.extraWeight = extraWeight;
        this.notLinked = notLinked;
        this.worried = worried;
        this.pairMultipliers = pairMultipliers;
    }

    /** The option text as written in the Q1 header. */
    public String label() {
        return label;
    }

    /** Relative weight of this function as a respondent's main function. */
    double firstWeight() {
        return firstWeight;
    }

    /** Relative weight of this function as a second or third function (0: never an additional function). */
    double extraWeight() {
        return extraWeight;
    }

    /** Probability of answering one of the "not / only partly" options (2–4) of Q2. */
    double notLinked() {
        return notLinked;
    }

    /** Probability of a top-2 answer on Q3 before the respondent's own Q2 answer shifts it. */
    double worried() {
        return worried;
    }

    /** How much more (or less) likely than average this function names each Q4 pair, in Q4 option order. */
    double pairMultiplier(int pair) {
        return pairMultipliers[pair];
    }

    static {
        for (JobFunction f : values()) {
            if (f.pairMultipliers.length != SampleSurveyText.Q4_PAIRS.size()) {
                throw new IllegalStateException(f + ": " + Arrays.toString(f.pairMultipliers));
            }
        }
    }
}
