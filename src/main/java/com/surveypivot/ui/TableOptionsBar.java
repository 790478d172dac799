package com.surveypivot.ui;

import com.surveypivot.survey.Question;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.HBox;

/**
 * The table's options above the chart and grid: the weight (none or a number question), the significance shown
 * in the grid, the automatic top/bottom-2 NET rows, and a filter menu (one submenu per question, its answers
 * ticked; and-combined across questions).
 */
final class TableOptionsBar extends HBox {

    TableOptionsBar(MainViewModel model) {
        UiText text = model.text();
        TableOptionsModel options = model.tableOptions();

        Label weightLabel = new Label();
        weightLabel.textProperty().bind(text.bind("options.weight"));
        ComboBox<Question> weight = new ComboBox<>();
        weight.setId("weightPicker");
        // the first item, null, is "no weight"
        weight.getItems().add(null);
        weight.getItems().addAll(options.weightChoices());
        options.weightChoices().addListener((ListChangeListener<Question>) c -> {
            weight.getItems().setAll((Question) null);
            weight.getItems().addAll(options.weightChoices());
        });
        weight.setCellFactory(v -> new WeightCell(text));
        weight.setButtonCell(new WeightCell(text));
        weight.valueProperty().bindBidirectional(options.weightProperty());
        weight.setPrefWidth(130);

        Label significanceLabel = new Label();
        significanceLabel.textProperty().bind(text.bind("options.significance"));
        ComboBox<SignificanceLevel> significance = new ComboBox<>();
        significance.setId("significancePicker");
        significance.getItems().setAll(SignificanceLevel.values());
        significance.setCellFactory(v -> new LevelCell(text));
        significance.setButtonCell(new LevelCell(text));
        significance.valueProperty().bindBidirectional(options.significanceProperty());
        // a button cell keeps the text it was given: new ones follow a change of language
        model.localeProperty().addListener((obs, old, l) -> {
            weight.setButtonCell(new WeightCell(text));
            significance.setButtonCell(new LevelCell(text));
        });

        CheckBox nets = new CheckBox();
        nets.setId("autoNetsToggle");
        nets.textProperty().bind(text.bind("options.nets"));
        nets.selectedProperty().bindBidirectional(options.autoNetsProperty());

        MenuButton filter = new MenuButton();
        filter.setId("filterMenu");
        filter.textProperty().bind(text.bind("options.filter"));
        filter.setOnShowing(e -> fillFilterMenu(filter, model));
        fillFilterMenu(filter, model);
        // the menu follows the survey's questions and the language
        model.questions().addListener((ListChangeListener<Question>) c -> fillFilterMenu(filter, model));
        model.localeProperty().addListener((obs, old, l) -> fillFilterMenu(filter, model));

        getChildren().addAll(weightLabel, weight, significanceLabel, significance, nets, filter);
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("table-options");
    }

    /** One submenu per question that can filter, its answers as check items; then "Clear filter". */
    private static void fillFilterMenu(MenuButton button, MainViewModel model) {
        UiText text = model.text();
        TableOptionsModel options = model.tableOptions();
        button.getItems().clear();
        for (Question q : model.questions()) {
            if (q.categoryCount() == 0 || q.categoryCount() > 60) {
                continue;
            }
            Menu menu = new Menu(QuestionListPane.title(q));
            menu.setId("filter-" + q.id());
            menu.setMnemonicParsing(false);
            for (String answer : q.categories()) {
                CheckMenuItem item = new CheckMenuItem(answer);
                item.setMnemonicParsing(false);
                item.setSelected(options.isFiltered(q, answer));
                item.setOnAction(e -> options.setFiltered(q, answer, item.isSelected()));
                menu.getItems().add(item);
            }
            button.getItems().add(menu);
        }
        MenuItem clear = new MenuItem(text.get("options.filter.clear"));
        clear.setId("clearFilter");
        clear.setOnAction(e -> options.clearFilter());
        clear.setDisable(options.filterConditions().isEmpty());
        button.getItems().addAll(new SeparatorMenuItem(), clear);
    }

    private static final class WeightCell extends ListCell<Question> {
        private final UiText text;

        WeightCell(UiText text) {
            this.text = text;
        }

        @Override
        protected void updateItem(Question q, boolean empty) {
            super.updateItem(q, empty);
            setText(q != null ? q.id() : text.get("options.weight.none"));
        }
    }

    private static final class LevelCell extends ListCell<SignificanceLevel> {
        private final UiText text;

        LevelCell(UiText text) {
            this.text = text;
        }

        @Override
        protected void updateItem(SignificanceLevel level, boolean empty) {
            super.updateItem(level, empty);
            setText(empty || level == null ? null : text.get(level.key()));
        }
    }
}
