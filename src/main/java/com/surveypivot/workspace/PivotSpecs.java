package com.surveypivot.workspace;

import com.surveypivot.analysis.CellOptions;
import com.surveypivot.analysis.Filter;
import com.surveypivot.analysis.Net;
import com.surveypivot.analysis.TableSpec;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.Survey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns the workspace's state on a survey into the engine's table spec. */
public final class PivotSpecs {
    private PivotSpecs() {
    }

    /**
     * The table the state asks for, or empty when its question is not (or no longer) a crossable question of the
     * survey. Attributes, filters and a weight that the survey no longer has are left out.
     */
    public static Optional<TableSpec> spec(Survey survey, PivotState state) {
        Question question = crossable(survey, state.question());
        if (question == null) {
            return Optional.empty();
        }
        List<Question> banner = new ArrayList<>();
        for (String id : state.banner()) {
            Question a = crossable(survey, id);
            if (a != null && !banner.contains(a)) {
                banner.add(a);
            }
        }
        Question nest = banner.isEmpty() ? null : crossable(survey, state.nest());
        if (nest != null && banner.contains(nest)) {
            nest = null;
        }
        AnswerLayout layout = state.answersOf(question.id());
        List<Net> nets = new ArrayList<>();
        for (NetDefinition net : layout.nets()) {
            List<String> members = net.members().stream().filter(question.categories()::contains).toList();
            if (!members.isEmpty()) {
                nets.add(new Net(net.name(), members));
            }
        }
        TableSpec spec = new TableSpec(question, banner, nest, filter(survey, state), null, nets,
                options(state.table(), layout.scores()));
        Question weight = byId(survey, state.weight());
        if (weight != null && weight.type() == QuestionType.NUMBER) {
            spec = spec.withWeights(weight.numbers());
        }
        return Optional.of(spec);
    }

    /** The engine's options for the table settings and an answer's scores. */
    public static CellOptions options(TableSettings table, Map<String, Double> scores) {
        CellOptions options = CellOptions.defaults().withAutoNets(table.autoNets());
        options = switch (table.significance()) {
            case "OFF" -> options.withStatistics(false);
            case "P99" -> options.withStatistics(true).withLevels(0.99, 0.99);
            default -> options.withStatistics(true).withLevels(0.95, 0.99);
        };
        return scores.isEmpty() ? options : options.withScores(new LinkedHashMap<>(scores));
    }

    /** Every active filter condition and-combined; null when nothing is filtered. */
    public static Filter filter(Survey survey, PivotState state) {
        List<Filter> parts = new ArrayList<>();
        for (FilterCondition condition : state.filters()) {
            Question q = byId(survey, condition.question());
            if (q != null && condition.active()) {
                parts.add(Filter.answer(q, condition.answers().toArray(String[]::new)));
            }
        }
        return parts.isEmpty() ? null : Filter.and(parts.toArray(Filter[]::new));
    }

    /** The survey's question with that id, or null. */
    public static Question byId(Survey survey, String id) {
        if (id == null || survey == null) {
            return null;
        }
        return survey.questions().stream().filter(q -> q.id().equals(id)).findFirst().orElse(null);
    }

    private static Question crossable(Survey survey, String id) {
        Question q = byId(survey, id);
        return q != null && q.isCrossable() ? q : null;
    }
}
