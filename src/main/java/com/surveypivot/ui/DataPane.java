package com.surveypivot.ui;

import com.surveypivot.survey.Question;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * The Data tab: the respondent rows in a virtualised table (rows and, with a fixed cell size, columns are only laid
 * out where they are on screen), with a line saying which respondents are listed, a column chooser, a text question
 * whose answers are read with the chosen columns beside them, and a button back to the filter's respondents.
 */
final class DataPane extends BorderPane {
    static final double ROW_HEIGHT = 24;
    private final DataViewModel data;
    private final TableView<Integer> table = new TableView<>();

    DataPane(DataViewModel data) {
        this.data = data;
        DeskText text = data.text();
        setId("dataPane");
        table.setId("dataTable");
        DataColumns.configure(table, ROW_HEIGHT);
        table.setItems(data.rows());
        Label placeholder = new Label();
        placeholder.textProperty().bind(text.bind("desk.data.none"));
        table.setPlaceholder(placeholder);

        Label source = new Label();
        source.setId("dataSource");
        source.textProperty().bind(data.sourceProperty());
        source.setWrapText(true);
        Button back = new Button();
        back.setId("dataShowFilter");
        back.textProperty().bind(text.bind("desk.data.showFilter"));
        back.setOnAction(e -> data.showFilter());
        MenuButton columns = new MenuButton();
        columns.setId("dataColumns");
        columns.textProperty().bind(text.bind("desk.data.columns"));
        columns.setOnShowing(e -> fillColumnMenu(columns));
        // the first choice, null, lists every row again
        javafx.collections.ObservableList<Question> choices = javafx.collections.FXCollections.observableArrayList();
        Runnable refill = () -> {
            choices.setAll((Question) null);
            choices.addAll(data.textQuestions());
        };
        data.textQuestions().addListener((ListChangeListener<Question>) c -> refill.run());
        refill.run();
        ComboBox<Question> verbatim = new ComboBox<>(choices);
        verbatim.setId("dataVerbatim");
        verbatim.setPrefWidth(200);
        verbatim.setCellFactory(l -> new TextQuestionCell(text));
        verbatim.setButtonCell(new TextQuestionCell(text));
        verbatim.valueProperty().bindBidirectional(data.verbatimProperty());
        verbatim.setTooltip(new Tooltip());
        verbatim.getTooltip().textProperty().bind(text.bind("desk.data.verbatim.tip"));
        verbatim.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(data.textQuestions()));
        Label verbatimLabel = new Label();
        verbatimLabel.textProperty().bind(text.bind("desk.data.verbatim"));
        // two lines: what is listed, then the controls (the tab is narrow beside the grid at 1280 px)
        HBox controls = new HBox(8, verbatimLabel, verbatim, columns, back);
        controls.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        javafx.scene.layout.VBox bar = new javafx.scene.layout.VBox(4, source, controls);
        bar.setPadding(new Insets(4, 6, 4, 6));
        bar.getStyleClass().add("data-bar");
        setTop(bar);
        setCenter(table);

        data.shownColumns().addListener((ListChangeListener<RespondentColumns.Column>) c -> rebuildColumns());
        rebuildColumns();
    }

    private void rebuildColumns() {
        table.getColumns().clear();
        table.getColumns().add(DataColumns.numbers("#"));
        for (RespondentColumns.Column column : data.shownColumns()) {
            boolean wide = column.question().type() == com.surveypivot.survey.QuestionType.TEXT;
            TableColumn<Integer, String> tc = DataColumns.column(column.header(), column::value,
                    wide ? DataColumns.WIDE : DataColumns.NARROW);
            tc.setUserData(column);
            table.getColumns().add(tc);
        }
    }

    private void fillColumnMenu(MenuButton menu) {
        menu.getItems().clear();
        for (RespondentColumns.Column column : data.allColumns()) {
            CheckMenuItem item = new CheckMenuItem(column.header());
            item.setSelected(data.isShown(column));
            item.selectedProperty().addListener((obs, old, on) -> data.setShown(column, on));
            menu.getItems().add(item);
        }
    }

    TableView<Integer> table() {
        return table;
    }

    private static final class TextQuestionCell extends ListCell<Question> {
        private final DeskText text;

        TextQuestionCell(DeskText text) {
            this.text = text;
        }

        @Override
        protected void updateItem(Question q, boolean empty) {
            super.updateItem(q, empty);
            setText(q == null ? text.get("desk.data.verbatim.none") : q.id() + " " + q.text());
        }
    }
}
