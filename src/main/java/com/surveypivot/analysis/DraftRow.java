package com.surveypivot.analysis;

import com.surveypivot.survey.RespondentSet;
import java.util.List;

/** A row before its statistics. */
final class DraftRow {
    String label;
    RespondentSet set;
    int[] categories;
    boolean net;
    List<String> members = List.of();
    boolean answer;
    boolean notAPoint;
    double[] counts;
    double[] groupCounts;
    boolean nps;
}
