package com.surveypivot.project;

import com.surveypivot.project.ProjectMismatches.Kind;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import com.surveypivot.workspace.AnswerLayout;
import com.surveypivot.workspace.FilterCondition;
import com.surveypivot.workspace.NetDefinition;
import com.surveypivot.workspace.PivotSpecs;
import com.surveypivot.workspace.PivotState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fits a saved pivot state to a survey: keeps the question, attributes, nest, segments, filters, weight and the
 * answers' NETs, order, hidden answers and scores that the survey has (by question id and answer label), and tells
 * the collector about each that it does not.
 */
final class StateFit {
    private final Survey survey;
    private final ProjectMismatches.Collector missing;

    StateFit(Survey survey, ProjectMismatches.Collector missing) {
        this.survey = survey;
        this.missing = missing;
    }

    /** Whether the survey has a question of this id that can be crossed (listed as missing when not). */
    boolean crossable(String id) {
        Question q = question(id);
        return q != null && q.isCrossable();
    }

    /** The survey's question of this id; null (and listed) when it has none. */
    Question question(String id) {
        if (id == null) {
            return null;
        }
        Question q = PivotSpecs.byId(survey, id);
        if (q == null) {
            missing.add(Kind.QUESTION, "", id);
        }
        return q;
    }

    /** The state with what the survey does not have left out; its question null when the survey lacks it. */
    PivotState fit(PivotState state) {
        String question = crossable(state.question()) ? state.question() : null;
        List<String> banner = state.banner().stream().filter(this::crossable).toList();
        String nest = state.nest() != null && crossable(state.nest()) ? state.nest() : null;
        List<String> segments = banner.isEmpty() ? List.of()
                : labels(PivotSpecs.byId(survey, banner.get(0)), state.segments(), Set.of());
        List<FilterCondition> filters = new ArrayList<>();
        for (FilterCondition f : state.filters()) {
            Question q = question(f.question());
            if (q == null) {
                continue;
            }
            List<String> answers = labels(q, f.answers(), Set.of());
            if (answers.isEmpty() && f.active()) {
                continue; // every answer it picked is gone: it would filter nobody out, so it is left out
            }
            filters.add(new FilterCondition(f.question(), answers));
        }
        String weight = state.weight() != null && question(state.weight()) != null ? state.weight() : null;
        Map<String, AnswerLayout> answers = new LinkedHashMap<>();
        state.answers().forEach((id, layout) -> {
            Question q = question(id);
            if (q != null) {
                AnswerLayout kept = layout(q, layout);
                if (!kept.isEmpty()) {
                    answers.put(id, kept);
                }
            }
        });
        return new PivotState(question, banner, nest, segments, filters, weight, answers, state.table(),
                state.chart(), state.grid());
    }

    private AnswerLayout layout(Question q, AnswerLayout layout) {
        List<NetDefinition> nets = new ArrayList<>();
        Set<String> netNames = new LinkedHashSet<>();
        for (NetDefinition net : layout.nets()) {
            List<String> members = labels(q, net.members(), Set.of());
            if (!members.isEmpty()) {
                nets.add(new NetDefinition(net.name(), members, net.placement(), net.keepMembers()));
                netNames.add(net.name());
            }
        }
        List<String> order = labels(q, layout.order(), netNames);
        Set<String> hidden = new LinkedHashSet<>(labels(q, new ArrayList<>(layout.hidden()), netNames));
        Map<String, Double> scores = new LinkedHashMap<>();
        layout.scores().forEach((label, score) -> {
            if (has(q, label, Set.of())) {
                scores.put(label, score);
            }
        });
        return new AnswerLayout(nets, order, hidden, scores);
    }

    /** The labels the question has (or that name one of {@code extra}); the others listed as missing. */
    private List<String> labels(Question q, List<String> labels, Set<String> extra) {
        List<String> kept = new ArrayList<>();
        for (String label : labels) {
            if (has(q, label, extra)) {
                kept.add(label);
            }
        }
        return kept;
    }

    private boolean has(Question q, String label, Set<String> extra) {
        if (q.categories().contains(label) || extra.contains(label)) {
            return true;
        }
        missing.add(Kind.ANSWER, q.id(), label);
        return false;
    }

    /** The map's axes with their answers fitted; null (listed) when an axis' question is missing. */
    MapSpec fit(MapSpec map) {
        Question x = crossable(map.xQuestion()) ? PivotSpecs.byId(survey, map.xQuestion()) : null;
        Question y = crossable(map.yQuestion()) ? PivotSpecs.byId(survey, map.yQuestion()) : null;
        if (x == null || y == null) {
            return null;
        }
        List<String> xAnswers = labels(x, map.xAnswers(), Set.of());
        List<String> yAnswers = labels(y, map.yAnswers(), Set.of());
        return new MapSpec(map.xQuestion(), xAnswers, xAnswers.size() == map.xAnswers().size() ? map.xName() : "",
                map.yQuestion(), yAnswers, yAnswers.size() == map.yAnswers().size() ? map.yName() : "");
    }
}
