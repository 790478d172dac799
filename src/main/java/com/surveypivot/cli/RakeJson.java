package com.surveypivot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.TableSpec;
import com.surveypivot.analysis.weighting.RaoScott;
import com.surveypivot.analysis.weighting.RakedColumn;
import com.surveypivot.survey.RespondentSet;

/** The Rao–Scott test of a table weighted with {@code crosstab --rake}, added to its json {@code chiSquare}. */
final class RakeJson {
    /** The name of the weight column {@code --rake} makes. */
    static final String COLUMN = "rim weight";

    private RakeJson() {
    }

    static ObjectNode withRaoScott(ObjectNode table, RakedColumn raked, TableSpec spec, Crosstab crosstab) {
        JsonNode chi = table.get("chiSquare");
        if (raked == null || !(chi instanceof ObjectNode chiNode) || spec.banner().isEmpty()) {
            return table;
        }
        RespondentSet keep = spec.filter() == null ? null : spec.filter().select(raked.survey().respondents());
        RaoScott.Result r = RaoScott.test(raked.design(), crosstab.question(), spec.banner().get(0), keep);
        if (r == null) {
            chiNode.putNull("raoScott");
        } else {
            ObjectNode node = chiNode.putObject("raoScott");
            Json.put(node, "statistic", r.statistic());
            node.put("df", r.df());
            Json.put(node, "pValue", r.pValue());
        }
        return table;
    }
}
