package com.surveypivot.ui;

import com.surveypivot.survey.Question;
import com.surveypivot.workspace.AnswerLayout;
import com.surveypivot.workspace.NetDefinition;
import com.surveypivot.workspace.PivotCommand;
import com.surveypivot.workspace.PivotSpecs;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Scene;

/**
 * Makes, renames and hides the current question's answers from a choice made in the grid or the chart legend. The
 * same table edits the Answers pane makes ({@link PivotCommand.AddNet}, {@code RenameNet}, {@code SetHidden}), each
 * one undoable step, so that the NET serves the chart, the grid, the notes, the tests and the map alike.
 */
final class NetMaker {
    private final MainViewModel model;
    private final Supplier<Scene> scene;

    NetMaker(MainViewModel model, Supplier<Scene> scene) {
        this.model = model;
        this.scene = scene;
    }

    private Question question() {
        return PivotSpecs.byId(model.surveyProperty().get(), model.workspace().state().question());
    }

    /** The chosen labels that are answers of the current question (not NETs), in the question's order. */
    List<String> answers(List<String> labels) {
        Question q = question();
        return q == null ? List.of() : q.categories().stream().filter(labels::contains).toList();
    }

    /** The one NET among the chosen labels when exactly that NET is chosen, else null. */
    NetDefinition net(List<String> labels) {
        AnswerLayout layout = model.workspace().state().currentAnswers();
        List<NetDefinition> nets = layout.nets().stream().filter(n -> labels.contains(n.name())).toList();
        return nets.size() == 1 && labels.size() == 1 ? nets.get(0) : null;
    }

    /** Asks for the NET of the chosen answers and makes it (one step); false when cancelled or none chosen. */
    boolean merge(List<String> labels) {
        Question q = question();
        List<String> members = answers(labels);
        if (q == null || members.isEmpty()) {
            return false;
        }
        Optional<NetDefinition> net = NetDialog.ask(scene.get(), model.localeProperty().get(), members);
        return net.isPresent() && model.workspace().execute(new PivotCommand.AddNet(q.id(), net.get()));
    }

    /** Renames the one chosen NET through the Answers pane's name dialog. */
    boolean rename(List<String> labels) {
        NetDefinition net = net(labels);
        if (net == null) {
            return false;
        }
        Optional<String> name = new NetDialogs(model.workspace(), scene).netName(net.members().size(), net.name());
        return name.filter(n -> !n.equals(net.name())).map(n -> model.workspace().execute(
                new PivotCommand.RenameNet(model.workspace().state().question(), net.name(), n))).orElse(false);
    }

    /** Hides the chosen answers and NETs (their respondents stay in the bases). */
    boolean hide(List<String> labels) {
        Question q = question();
        AnswerLayout layout = model.workspace().state().currentAnswers();
        List<String> shown = labels.stream().filter(l -> (q != null && q.categories().contains(l))
                || layout.net(l) != null).toList();
        return q != null && !shown.isEmpty()
                && model.workspace().execute(new PivotCommand.SetHidden(q.id(), shown, true));
    }
}
