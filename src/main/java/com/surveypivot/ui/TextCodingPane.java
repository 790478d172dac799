package com.surveypivot.ui;

import com.surveypivot.text.WordFrequency;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The code frame: new codes, the codes with their answer counts, assigning the selected answers to the selected
 * code (or taking it off), the uncoded answers, and keyword rules suggested from the frequent words ("answers
 * using this word get this code"). Every action is a survey edit (Edit > Undo takes it back).
 */
final class TextCodingPane extends VBox {

    TextCodingPane(TextAnswersModel answers, TextI18n i18n, Supplier<List<Integer>> selected) {
        TextCodingModel model = answers.coding();
        setId("textCodingPane");
        setSpacing(6);
        setPadding(new Insets(6));

        TextField name = new TextField();
        name.setId("textNewCode");
        name.promptTextProperty().bind(i18n.bind("text.ui.newCode"));
        Button add = button("textAddCode", i18n, "text.ui.addCode");
        add.disableProperty().bind(name.textProperty().isEmpty());
        Runnable addCode = () -> {
            if (model.addCode(name.getText())) {
                name.clear();
            }
        };
        add.setOnAction(e -> addCode.run());
        name.setOnAction(e -> addCode.run());
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox addRow = new HBox(6, name, add);

        ListView<String> codes = new ListView<>(model.codes());
        codes.setId("textCodes");
        codes.setPrefHeight(160);
        codes.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String code, boolean empty) {
                super.updateItem(code, empty);
                setText(empty || code == null ? null : i18n.get("text.ui.codeCount", code, model.count(code)));
            }
        });
        answers.main().surveyProperty().addListener((obs, old, sv) -> codes.refresh());
        Button assign = button("textAssign", i18n, "text.ui.assign");
        assign.disableProperty().bind(codes.getSelectionModel().selectedItemProperty().isNull());
        assign.setOnAction(e -> model.assign(codes.getSelectionModel().getSelectedItem(), selected.get(), true));
        Button unassign = button("textUnassign", i18n, "text.ui.unassign");
        unassign.disableProperty().bind(codes.getSelectionModel().selectedItemProperty().isNull());
        unassign.setOnAction(e -> model.assign(codes.getSelectionModel().getSelectedItem(), selected.get(), false));
        Button remove = button("textRemoveCode", i18n, "text.ui.removeCode");
        remove.disableProperty().bind(codes.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removeCode(codes.getSelectionModel().getSelectedItem()));
        FlowPane actions = new FlowPane(6, 6, assign, unassign, remove);

        Label uncoded = new Label();
        uncoded.setId("textUncodedCount");
        uncoded.textProperty().bind(Bindings.createStringBinding(() -> i18n.get("text.ui.uncodedCount",
                model.uncodedProperty().get()), model.uncodedProperty(), i18n.ui().locale()));
        Button showUncoded = button("textShowUncoded", i18n, "text.ui.showUncoded");
        showUncoded.setOnAction(e -> answers.uncodedOnlyProperty().set(true));
        HBox uncodedRow = new HBox(6, uncoded, showUncoded);

        Label rulesHeading = new Label();
        rulesHeading.textProperty().bind(i18n.bind("text.ui.rulesHeading"));
        rulesHeading.getStyleClass().add("pane-heading");
        ListView<WordFrequency> rules = new ListView<>(model.suggestions());
        rules.setId("textRules");
        rules.setPrefHeight(160);
        rules.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(WordFrequency w, boolean empty) {
                super.updateItem(w, empty);
                setText(empty || w == null ? null : i18n.get("text.ui.rule", w.word(), w.respondents()));
            }
        });
        Button apply = button("textApplyRule", i18n, "text.ui.applyRule");
        apply.disableProperty().bind(rules.getSelectionModel().selectedItemProperty().isNull());
        apply.setOnAction(e -> {
            WordFrequency w = rules.getSelectionModel().getSelectedItem();
            String code = codes.getSelectionModel().getSelectedItem();
            model.applyRule(w.word(), code == null ? w.word() : code);
        });
        Label ruleHint = new Label();
        ruleHint.setWrapText(true);
        ruleHint.getStyleClass().add("grid-legend");
        ruleHint.textProperty().bind(i18n.bind("text.ui.ruleHint"));

        VBox.setVgrow(codes, Priority.ALWAYS);
        VBox.setVgrow(rules, Priority.ALWAYS);
        getChildren().addAll(addRow, codes, actions, uncodedRow, rulesHeading, rules, apply, ruleHint);
    }

    private static Button button(String id, TextI18n i18n, String key) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(i18n.bind(key));
        return button;
    }
}
