package com.surveypivot.chart;

import com.surveypivot.analysis.Filter;

/**
 * Who a chart is about beyond its question and attribute, to be stated under it: the filter the table was
 * computed with and the name of its weight.
 *
 * @param filter the table's filter, or null for everyone
 * @param weight the weight's name (question id), or null when unweighted
 */
public record ChartBasis(Filter filter, String weight) {
    /** No filter, no weight. */
    public static final ChartBasis NONE = new ChartBasis(null, null);

    public ChartBasis {
        weight = weight == null || weight.isBlank() ? null : weight.strip();
    }
}
