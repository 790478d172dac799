package com.surveypivot.analysis;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.RespondentSet;
import java.util.ArrayList;
import java.util.List;

/** A banner group before its columns are final. */
final class BannerGroup {
    String name;
    Question attribute;
    Question outer;
    RespondentSet base;
    final List<String> labels = new ArrayList<>();
    final List<RespondentSet> sets = new ArrayList<>();
    final List<Integer> categories = new ArrayList<>();
    int from;
    int to;
}
