package com.surveypivot.ui;

import com.surveypivot.analysis.MapMeasure;
import com.surveypivot.survey.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Ticks several answers of a map axis's question to measure them together (a NET), under a name: by default the
 * ticked answers joined and shortened, following the ticks until the user types a name of their own.
 */
final class MapNetDialog extends Dialog<MapNetDialog.Choice> {

    /** The ticked answers (labels, in category order) and the name ("" for the default). */
    record Choice(List<String> labels, String name) {
    }

    private final List<CheckBox> boxes = new ArrayList<>();
    private final TextField name = new TextField();
    private boolean nameTyped;
    private boolean settingName;

    MapNetDialog(Question question, MapMeasure current, String currentName, UiText text) {
        Locale locale = text.locale().getValue();
        setTitle(text.get("dialog.net.title", question.id()));
        setHeaderText(text.get("dialog.net.header"));
        getDialogPane().setId("mapNetDialog");
        VBox answers = new VBox(4);
        for (int c = 0; c < question.categoryCount(); c++) {
            CheckBox box = new CheckBox(question.categories().get(c));
            box.setId("netAnswer" + (c + 1));
            box.getStyleClass().add("net-answer");
            box.setSelected(current != null && current.question() == question && current.answers().contains(c));
            box.selectedProperty().addListener((obs, old, on) -> followTicks(question, locale));
            boxes.add(box);
            answers.getChildren().add(box);
        }
        name.setId("netName");
        boolean ownName = current != null && current.question() == question
                && !currentName.equals(SegmentMapViewModel.defaultName(current, locale));
        if (ownName) {
            name.setText(currentName);
            nameTyped = true;
        } else {
            followTicks(question, locale);
        }
        name.textProperty().addListener((obs, old, typed) -> {
            if (!settingName) {
                nameTyped = !typed.isBlank();
            }
        });
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox nameRow = new HBox(6, new Label(text.get("dialog.net.name")), name);
        VBox content = new VBox(10, answers, nameRow);
        content.setPadding(new Insets(4));
        content.setPrefWidth(480);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(javafx.beans.binding.Bindings
                .createBooleanBinding(() -> boxes.stream().noneMatch(CheckBox::isSelected),
                        boxes.stream().map(CheckBox::selectedProperty).toArray(javafx.beans.Observable[]::new)));
        setResultConverter(button -> button == ButtonType.OK ? new Choice(ticked(), name.getText().strip()) : null);
    }

    private List<String> ticked() {
        return boxes.stream().filter(CheckBox::isSelected).map(CheckBox::getText).toList();
    }

    /** Until the user types a name, the name is the ticked answers joined. */
    private void followTicks(Question question, Locale locale) {
        if (nameTyped) {
            return;
        }
        List<String> labels = ticked();
        settingName = true;
        name.setText(labels.isEmpty() ? "" : SegmentMapViewModel.defaultName(MapMeasure.of(question, labels), locale));
        settingName = false;
    }
}
