package com.surveypivot.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The edits of one question's answers made in the table: its NETs, the answers' order, the hidden answers and the
 * scale scores used for means. The same edits serve the chart, the grid, the notes, the tests and the map.
 *
 * @param nets   the NETs, in the order they were made
 * @param order  the answers in the order chosen (empty: the question's own order); answers missing here follow
 * @param hidden answers not shown (their respondents stay in the bases)
 * @param scores a score per answer for means (NaN: the answer has no score); answers not named keep the default
 */
public record AnswerLayout(List<NetDefinition> nets, List<String> order, Set<String> hidden,
        Map<String, Double> scores) {

    public static final AnswerLayout NONE = new AnswerLayout(List.of(), List.of(), Set.of(), Map.of());

    public AnswerLayout {
        nets = List.copyOf(nets);
        order = List.copyOf(order);
        hidden = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(hidden));
        scores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }

    public boolean isEmpty() {
        return nets.isEmpty() && order.isEmpty() && hidden.isEmpty() && scores.isEmpty();
    }

    /** The NET of that name, or null. */
    public NetDefinition net(String name) {
        return nets.stream().filter(n -> n.name().equals(name)).findFirst().orElse(null);
    }

    public AnswerLayout withNets(List<NetDefinition> newNets) {
        return new AnswerLayout(newNets, order, hidden, scores);
    }

    /** The NETs with the one named {@code name} changed (or removed, when {@code change} gives null). */
    public AnswerLayout withNet(String name, UnaryOperator<NetDefinition> change) {
        List<NetDefinition> copy = new ArrayList<>();
        for (NetDefinition n : nets) {
            NetDefinition changed = n.name().equals(name) ? change.apply(n) : n;
            if (changed != null) {
                copy.add(changed);
            }
        }
        return withNets(copy);
    }

    public AnswerLayout withOrder(List<String> newOrder) {
        return new AnswerLayout(nets, newOrder, hidden, scores);
    }

    public AnswerLayout withHidden(Set<String> newHidden) {
        return new AnswerLayout(nets, order, newHidden, scores);
    }

    public AnswerLayout withScores(Map<String, Double> newScores) {
        return new AnswerLayout(nets, order, hidden, newScores);
    }
}
