package com.surveypivot.analysis;

import com.surveypivot.survey.Question;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What table to compute: a question by a banner of attributes, optionally with the first attribute's columns
 * nested by a second, for the respondents a filter selects, with weights, NETs and cell options.
 *
 * @param question the rows
 * @param banner   the attributes side by side (may be empty: Total only)
 * @param nest     an attribute nested within the first banner attribute (its categories within each of the
 *                 first attribute's categories), or null
 * @param filter   who is in the table before anything else, or null for everyone
 * @param weights  one weight per respondent, or null
 * @param nets     user NETs, shown after the answers
 * @param options  statistics, sorting and hiding
 */
public record TableSpec(Question question, List<Question> banner, Question nest, Filter filter, double[] weights,
        List<Net> nets, CellOptions options) {

    public TableSpec {
        Objects.requireNonNull(question, "question");
        banner = banner == null ? List.of() : List.copyOf(banner);
        nets = nets == null ? List.of() : List.copyOf(nets);
        options = options == null ? CellOptions.defaults() : options;
        weights = weights == null ? null : weights.clone();
        if (nest != null && banner.isEmpty()) {
            throw new IllegalArgumentException("a nested attribute needs a banner attribute to nest in");
        }
    }

    /** A question by some attributes side by side, default options. */
    public static TableSpec of(Question question, Question... banner) {
        return new TableSpec(question, Arrays.asList(banner), null, null, null, List.of(), CellOptions.defaults());
    }

    @Override
    public double[] weights() {
        return weights == null ? null : weights.clone();
    }

    /** The weights without a copy, for the engine (never modified). */
    double[] weightsArray() {
        return weights;
    }

    public TableSpec withNest(Question inner) {
        return new TableSpec(question, banner, inner, filter, weights, nets, options);
    }

    public TableSpec withFilter(Filter newFilter) {
        return new TableSpec(question, banner, nest, newFilter, weights, nets, options);
    }

    public TableSpec withWeights(double[] newWeights) {
        return new TableSpec(question, banner, nest, filter, newWeights, nets, options);
    }

    public TableSpec withNets(List<Net> newNets) {
        return new TableSpec(question, banner, nest, filter, weights, newNets, options);
    }

    public TableSpec withOptions(CellOptions newOptions) {
        return new TableSpec(question, banner, nest, filter, weights, nets, newOptions);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TableSpec s && s.question == question && s.banner.equals(banner) && s.nest == nest
                && Objects.equals(s.filter, filter) && Arrays.equals(s.weights, weights) && s.nets.equals(nets)
                && s.options.equals(options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(question, banner, nest, filter, nets, options) * 31 + Arrays.hashCode(weights);
    }
}
