package com.surveypivot.ui;

import com.surveypivot.analysis.weighting.RakedColumn;
import com.surveypivot.i18n.Messages;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;

/**
 * The Weighting… menu item: opens {@link WeightingDialog}; a created weight column is added through the survey's
 * edits (so Undo removes it) and becomes the table's weight.
 */
final class WeightingAction {
    private WeightingAction() {
    }

    static MenuItem menuItem(MainViewModel model, Supplier<Scene> scene) {
        MenuItem item = new MenuItem();
        item.setId("menuWeighting");
        item.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Messages.get(model.localeProperty().get(), "weighting.menu"), model.localeProperty()));
        item.disableProperty().bind(model.surveyProperty().isNull());
        item.setOnAction(e -> open(model, scene.get()));
        model.surveyProperty().addListener((obs, old, survey) -> sync(model, survey));
        // a redone edit is in the history's done steps only after its survey is shown: sync again then
        model.workspace().history().addListener(() -> sync(model, model.surveyProperty().get()));
        return item;
    }

    /**
     * Keeps the weight picker in step with Undo and Redo: a weight column that is no longer in the survey leaves the
     * choices (and the table's weight, if it was that), one that the edits bring back is offered again.
     */
    static void sync(MainViewModel model, Survey survey) {
        if (survey == null) {
            return;
        }
        var choices = model.tableOptions().weightChoices();
        var weight = model.tableOptions().weightProperty();
        if (weight.get() != null && survey.find(weight.get().id()).isEmpty()) {
            weight.set(null);
        }
        choices.removeIf(q -> q != null && survey.find(q.id()).isEmpty());
        for (var edit : model.editor().applied()) {
            if (edit instanceof com.surveypivot.survey.edit.AddWeightColumn added) {
                survey.find(added.id()).filter(q -> !choices.contains(q)).ifPresent(q -> {
                    choices.removeIf(c -> c != null && c.id().equals(q.id()));
                    choices.add(q);
                });
            }
        }
    }

    static void open(MainViewModel model, Scene scene) {
        Survey survey = model.surveyProperty().get();
        if (survey == null) {
            return;
        }
        WeightingDialog dialog = new WeightingDialog(survey, model.localeProperty().get());
        if (scene != null && scene.getWindow() != null) {
            dialog.initOwner(scene.getWindow());
        }
        dialog.showAndWait().ifPresent(raked -> apply(model, raked));
    }

    /** Adds the weight column through the edit history and selects it as the table's weight. */
    static void apply(MainViewModel model, RakedColumn raked) {
        if (!model.editor().apply(raked.edit())) {
            return;
        }
        Survey edited = model.surveyProperty().get();
        Question column = edited.find(raked.edit().id()).orElse(null);
        if (column == null) {
            return;
        }
        var choices = model.tableOptions().weightChoices();
        choices.removeIf(q -> q != null && q.id().equals(column.id()));
        choices.add(column);
        model.tableOptions().weightProperty().set(column);
    }
}
