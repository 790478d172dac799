package com.surveypivot.ui;

import com.surveypivot.findings.Finding;
import com.surveypivot.findings.FindingWriter;
import com.surveypivot.survey.Question;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Findings tab: a button that scans the whole survey in the background (progress bar, Cancel), the method
 * behind the findings, a filter (question, attribute, minimum gap) and the ranked list (sentence, question,
 * attribute, segment, gap, base, q). Selecting a finding opens its table in the workspace with the cell selected
 * in the grid; "Show chart" turns to the band chart; "Add to notes" adds the sentence to that table's note.
 */
final class FindingsPane extends VBox {
    private final FindingsViewModel model;
    private final TableView<Finding> list = new TableView<>();

    FindingsPane(FindingsViewModel model, CrosstabGrid grid, Runnable showChart) {
        this.model = model;
        setId("findingsPane");
        setSpacing(6);
        setPadding(new Insets(8));

        Button run = new Button();
        run.setId("findingsRun");
        run.textProperty().bind(model.bind("findings.ui.run"));
        run.disableProperty().bind(model.runningProperty().or(model.main().surveyProperty().isNull()));
        run.setOnAction(e -> model.run());
        Button cancel = new Button();
        cancel.setId("findingsCancel");
        cancel.textProperty().bind(model.bind("findings.ui.cancel"));
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        ProgressBar progress = new ProgressBar();
        progress.setId("findingsProgress");
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        Label count = new Label();
        count.setId("findingsCount");
        count.textProperty().bind(Bindings.createStringBinding(() -> model.resultProperty().get() == null ? ""
                : model.main().localeProperty().get() == null ? "" : com.surveypivot.i18n.Messages.get(
                        model.locale(), "findings.ui.count", model.shown().size(), model.all().size(),
                        model.resultProperty().get().tests()),
                model.resultProperty(), model.main().localeProperty(), model.shown()));
        ScanChoiceMenu scanQuestions = new ScanChoiceMenu("findingsScanQuestions", model.questionChoices(),
                model.scanQuestions(), "findings.ui.scanQuestions.default", "findings.ui.scanQuestions.chosen",
                model::locale);
        ScanChoiceMenu scanAttributes = new ScanChoiceMenu("findingsScanAttributes", model.attributeChoices(),
                model.scanAttributes(), "findings.ui.scanAttributes.default", "findings.ui.scanAttributes.chosen",
                model::locale);
        model.main().localeProperty().addListener(o -> {
            scanQuestions.relabel();
            scanAttributes.relabel();
        });
        scanQuestions.disableProperty().bind(model.runningProperty());
        scanAttributes.disableProperty().bind(model.runningProperty());
        javafx.scene.layout.FlowPane runBar = new javafx.scene.layout.FlowPane(6, 4, scanQuestions, scanAttributes,
                run, cancel, progress, count);
        runBar.setAlignment(Pos.CENTER_LEFT);

        Label method = new Label();
        method.setId("findingsMethod");
        method.setWrapText(true);
        method.getStyleClass().add("grid-legend");
        method.textProperty().bind(Bindings.createStringBinding(model::method, model.resultProperty(),
                model.main().localeProperty()));
        method.managedProperty().bind(method.textProperty().isNotEmpty());

        ComboBox<Question> question = filterBox("findingsQuestionFilter", model.questions(), "findings.ui.allQuestions");
        question.valueProperty().bindBidirectional(model.questionFilterProperty());
        ComboBox<Question> attribute = filterBox("findingsAttributeFilter", model.attributes(),
                "findings.ui.allAttributes");
        attribute.valueProperty().bindBidirectional(model.attributeFilterProperty());
        Spinner<Integer> gap = new Spinner<>(0, 100, 0, 1);
        gap.setId("findingsMinGap");
        gap.setEditable(true);
        gap.setPrefWidth(80);
        gap.valueProperty().addListener((obs, old, v) -> model.minGapProperty().set(v == null ? 0 : v));
        Label gapLabel = label("findings.ui.minGap");
        Button clear = new Button();
        clear.setId("findingsClearFilter");
        clear.textProperty().bind(model.bind("findings.ui.clear"));
        clear.setOnAction(e -> {
            question.setValue(null);
            attribute.setValue(null);
            gap.getValueFactory().setValue(0);
        });
        javafx.scene.layout.FlowPane filterBar = new javafx.scene.layout.FlowPane(6, 4, label("findings.ui.filter"),
                question, attribute, gapLabel, gap, clear);
        filterBar.setAlignment(Pos.CENTER_LEFT);

        list.setId("findingsList");
        list.setItems(model.shown());
        list.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        Label empty = new Label();
        empty.textProperty().bind(model.bind("findings.ui.none"));
        list.setPlaceholder(empty);
        list.getColumns().add(column("findings.ui.col.rank", 36, f -> String.valueOf(model.all().indexOf(f) + 1)));
        TableColumn<Finding, String> sentence = column("findings.ui.col.finding", 250, model::sentence);
        sentence.setCellFactory(c -> new WrappedCell());
        list.getColumns().add(sentence);
        list.getColumns().add(column("findings.ui.col.question", 48, f -> f.question().id()));
        list.getColumns().add(column("findings.ui.col.attribute", 48, f -> f.attribute().id()));
        list.getColumns().add(column("findings.ui.col.segment", 84, f -> f.segment() == null ? "" : f.segment()));
        list.getColumns().add(column("findings.ui.col.gap", 54, f -> f.gap() == null
                ? String.format(Locale.ROOT, "V %.2f", f.effect()) : String.format(Locale.ROOT, "%+.1f", f.gap())));
        list.getColumns().add(column("findings.ui.col.base", 46, f -> String.format(Locale.ROOT, "%,d", f.base())));
        list.getColumns().add(column("findings.ui.col.q", 56, FindingsPane::qCell));
        model.main().localeProperty().addListener(o -> list.refresh());
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, f) -> {
            if (f != null) {
                model.open(f);
                GridMarker.mark(grid, f, model.main().transposedProperty().get());
            }
        });

        Button chart = new Button();
        chart.setId("findingsShowChart");
        chart.textProperty().bind(model.bind("findings.ui.showChart"));
        chart.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        chart.setOnAction(e -> showChart.run());
        Button note = new Button();
        note.setId("findingsAddNote");
        note.textProperty().bind(model.bind("findings.ui.addNote"));
        note.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        note.setOnAction(e -> {
            Finding f = list.getSelectionModel().getSelectedItem();
            if (f != null) {
                model.addToNotes(f);
                model.main().statusProperty().set(com.surveypivot.i18n.Messages.get(model.locale(),
                        "findings.ui.noted", f.question().id(), f.attribute().id()));
            }
        });
        HBox actions = new HBox(6, chart, note);
        getChildren().addAll(runBar, method, filterBar, list, actions);
    }

    /** The q-value as the list shows it: "<0.001" or three decimals. */
    static String qCell(Finding f) {
        return f.qValue() < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", f.qValue());
    }

    TableView<Finding> list() {
        return list;
    }

    private Label label(String key) {
        Label label = new Label();
        label.textProperty().bind(model.bind(key));
        return label;
    }

    private TableColumn<Finding, String> column(String key, double width, Function<Finding, String> value) {
        TableColumn<Finding, String> column = new TableColumn<>();
        column.textProperty().bind(model.bind(key));
        column.setPrefWidth(width);
        if (width < 200) {
            column.setMinWidth(width);
            column.setMaxWidth(width * 1.5);
        } else {
            column.setMinWidth(180);
        }
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    private ComboBox<Question> filterBox(String id, javafx.collections.ObservableList<Question> items, String all) {
        ComboBox<Question> box = new ComboBox<>(items);
        box.setId(id);
        box.setPrefWidth(150);
        box.setCellFactory(v -> new QuestionCell(null));
        box.setButtonCell(new QuestionCell(all));
        return box;
    }

    /** The sentence, wrapped to the column's width (the row grows to hold it). */
    private static final class WrappedCell extends javafx.scene.control.TableCell<Finding, String> {
        private final javafx.scene.text.Text text = new javafx.scene.text.Text();

        WrappedCell() {
            text.wrappingWidthProperty().bind(widthProperty().subtract(10));
            text.getStyleClass().add("text");
            setPrefHeight(USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty || item == null ? "" : item);
            setGraphic(empty || item == null ? null : text);
            setText(null);
        }
    }

    /** A question by its id and text; the empty choice as "all …". */
    private final class QuestionCell extends ListCell<Question> {
        private final String emptyKey;

        QuestionCell(String emptyKey) {
            this.emptyKey = emptyKey;
        }

        @Override
        protected void updateItem(Question q, boolean empty) {
            super.updateItem(q, empty);
            if (q == null || empty) {
                setText(emptyKey == null ? null : com.surveypivot.i18n.Messages.get(model.locale(), emptyKey));
            } else {
                setText(FindingWriter.name(q));
            }
        }
    }
}
