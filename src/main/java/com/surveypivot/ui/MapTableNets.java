package com.surveypivot.ui;

import com.surveypivot.analysis.MapMeasure;
import com.surveypivot.survey.Question;
import com.surveypivot.workspace.NetDefinition;
import com.surveypivot.workspace.PivotCommand;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The table's NETs as the segment map measures them: each NET of two or more answers defined on a question
 * (the workspace's {@code PivotState.answers}) is a {@link MapMeasure} of that question under the NET's name; a NET
 * made on the map becomes a NET of the table (kept beside its answers there), so there is one definition.
 */
final class MapTableNets {
    /** No table to follow (a map on its own keeps its NETs to itself). */
    static final MapTableNets NONE = new MapTableNets(null);
    private final WorkspaceModel workspace;

    MapTableNets(WorkspaceModel workspace) {
        this.workspace = workspace;
    }

    /** The question's table NETs as measures, with their names, in the order they were made. */
    Map<MapMeasure, String> of(Question question) {
        Map<MapMeasure, String> out = new LinkedHashMap<>();
        if (workspace == null || question == null) {
            return out;
        }
        for (NetDefinition net : workspace.state().answersOf(question.id()).nets()) {
            MapMeasure m = measure(question, net);
            if (m != null && m.kind() == MapMeasure.Kind.NET) {
                out.putIfAbsent(m, net.name());
            }
        }
        return out;
    }

    /** The measure of a table NET; null when its answers are no longer all the question's. */
    private static MapMeasure measure(Question question, NetDefinition net) {
        if (!question.categories().containsAll(net.members())) {
            return null;
        }
        return MapMeasure.of(question, net.members());
    }

    /**
     * Makes a NET measure of the map a NET of the table under {@code name} (renaming the table NET of the same answers
     * if there is one); false when there is no table to follow or the measure is not a NET.
     */
    boolean make(MapMeasure net, String name) {
        if (workspace == null || net.kind() != MapMeasure.Kind.NET) {
            return false;
        }
        Question q = net.question();
        for (NetDefinition existing : workspace.state().answersOf(q.id()).nets()) {
            if (net.equals(measure(q, existing))) {
                if (!existing.name().equals(name)) {
                    workspace.execute(new PivotCommand.RenameNet(q.id(), existing.name(), name));
                }
                return true;
            }
        }
        workspace.execute(new PivotCommand.AddNet(q.id(), new NetDefinition(unused(q, name), net.answerLabels(),
                NetDefinition.Placement.ABOVE, true)));
        return true;
    }

    /** The name, or "name (2)", "name (3)" … when another NET of the question already has it. */
    private String unused(Question q, String name) {
        var layout = workspace.state().answersOf(q.id());
        String candidate = name;
        for (int i = 2; layout.net(candidate) != null || q.categories().contains(candidate); i++) {
            candidate = name + " (" + i + ")";
        }
        return candidate;
    }
}
