package com.surveypivot.analysis;

import com.surveypivot.i18n.Messages;
import com.surveypivot.survey.Question;
import java.util.ArrayList;
import java.util.List;

/**
 * A table book: many tables computed together, each exactly as {@link CrosstabEngine#compute(TableSpec)} would,
 * sharing the work their specs have in common. Consecutive specs with the same banner (the same attribute objects)
 * and equal weights reuse the sanitised weights and the banner's per-respondent keys, so a weighted book of many
 * questions by one banner makes one tight pass over the respondents per question.
 */
public final class TableBook {
    private TableBook() {
    }

    /**
     * One table per spec, in order.
     *
     * @throws IllegalArgumentException (translated message) as {@link CrosstabEngine#compute(TableSpec)}
     */
    public static List<Crosstab> compute(List<TableSpec> specs) {
        SharedInputs shared = new SharedInputs();
        List<Crosstab> out = new ArrayList<>(specs.size());
        for (TableSpec spec : specs) {
            out.add(new TableComputation(spec, Messages.locale(), shared).compute());
        }
        return out;
    }

    /**
     * One table per question, each by the banner, nest, filter, weights, NETs and options of {@code template} (its
     * own question is not computed): the same tables as a spec per question, without copying the weights per
     * table.
     *
     * @throws IllegalArgumentException (translated message) as {@link CrosstabEngine#compute(TableSpec)}
     */
    public static List<Crosstab> compute(TableSpec template, List<Question> questions) {
        return compute(template, questions, Messages.locale());
    }

    /** As {@link #compute(TableSpec, List)}, with the automatic NETs' labels in the given language. */
    public static List<Crosstab> compute(TableSpec template, List<Question> questions, java.util.Locale labels) {
        SharedInputs shared = new SharedInputs();
        List<Crosstab> out = new ArrayList<>(questions.size());
        for (Question question : questions) {
            out.add(new TableComputation(template, question, labels, shared).compute());
        }
        return out;
    }
}
