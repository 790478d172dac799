package com.surveypivot.findings;

import com.surveypivot.survey.Question;
import java.util.List;

/**
 * One difference the scan found, with its evidence.
 *
 * @param kind      {@link #CELL} (a segment's share of an answer against the Total), {@link #TABLE} (the
 *                  answers of a single-choice question differ between the attribute's segments) or {@link #OPTION}
 *                  (the share choosing one option of a multi-response question differs between the segments)
 * @param question  the question (the table's rows)
 * @param attribute the attribute (the table's columns)
 * @param segment   the attribute's category; null for table and option findings
 * @param answer    the answer, option or NET (e.g. the top-2 box) as the table labels it; null for table findings
 * @param net       whether {@code answer} is a NET row
 * @param members   the answers a NET row sums (empty for an answer)
 * @param measure   {@link #SHARE} (value and total in %) or {@link #ASSOCIATION} (value: Cramér's V)
 * @param value     the segment's share in %, or Cramér's V
 * @param total     the Total's share in %; null for table findings
 * @param gap       value − total in points; null for table and option findings
 * @param base      the unweighted base of the segment (of the table for table and option findings)
 * @param test      {@link #CHI_SQUARE}, {@link #ADJUSTED_RESIDUAL} or {@link #VS_REST}
 * @param statistic χ² or z (z positive when the segment is higher)
 * @param df        degrees of freedom of a χ²; 0 for z
 * @param pValue    the test's p (on Kish effective bases when weighted)
 * @param qValue    the Benjamini–Hochberg q over every test of the scan
 * @param effect    the adjusted residual (z) of a cell, Cramér's V of a table or option
 * @param hedged    whether the base is under {@link ScanOptions#HEDGE_BASE}
 */
public record Finding(String kind, Question question, Question attribute, String segment, String answer, boolean net,
        List<String> members, String measure, double value, Double total, Double gap, int base, String test, double statistic, int df,
        double pValue, double qValue, double effect, boolean hedged) {

    public Finding {
        members = members == null ? List.of() : List.copyOf(members);
    }

    public static final String CELL = "cell";
    public static final String TABLE = "table";
    public static final String OPTION = "option";

    public static final String SHARE = "share";
    public static final String ASSOCIATION = "association";

    public static final String CHI_SQUARE = "chi-square";
    public static final String ADJUSTED_RESIDUAL = "adjusted-residual";
    public static final String VS_REST = "vs-rest";

    /**
     * What the ranking sorts on, largest first: |gap| in points for a cell, 100 × Cramér's V for a table or option
     * (V of a 2 × 2 table is about the gap between two halves of the sample, in the same units).
     */
    public double strength() {
        return CELL.equals(kind) ? Math.abs(gap) : 100 * value;
    }

    /** The same finding with its q-value. */
    Finding withQ(double q) {
        return new Finding(kind, question, attribute, segment, answer, net, members, measure, value, total, gap, base, test,
                statistic, df, pValue, q, effect, hedged);
    }
}
