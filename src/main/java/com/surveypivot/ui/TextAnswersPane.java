package com.surveypivot.ui;

import com.surveypivot.survey.Question;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The Text answers tab: which free-text question, a segment of the table's attribute, search, uncoded only,
 * the attribute columns, the count and Copy on top; the answers list (sortable, several rows selectable, the
 * clicked word highlighted) with the words pane and the coding pane beside it. The table's filter applies.
 */
final class TextAnswersPane extends BorderPane {
    private final TextAnswersModel model;
    private final TextI18n i18n;
    private final TableView<TextAnswerRow> table = new TableView<>();
    private final MenuButton columnsMenu = new MenuButton();

    TextAnswersPane(TextAnswersModel model, TextI18n i18n) {
        this.model = model;
        this.i18n = i18n;
        setId("textAnswersPane");
        setTop(toolbar());
        table.setId("textAnswersTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        SortedList<TextAnswerRow> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        Label empty = new Label();
        empty.textProperty().bind(i18n.bind("text.ui.noAnswers"));
        table.setPlaceholder(empty);
        model.columns().addListener((ListChangeListener<Question>) c -> buildColumns());
        i18n.ui().locale().addListener((obs, old, l) -> buildColumns());
        buildColumns();
        model.wordProperty().addListener((obs, old, w) -> table.refresh());

        TabPane side = new TabPane();
        side.setId("textSideTabs");
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab words = new Tab();
        words.setId("textWordsTab");
        words.textProperty().bind(i18n.bind("text.ui.wordsTab"));
        words.setContent(new TextWordsPane(model, i18n));
        Tab coding = new Tab();
        coding.setId("textCodingTab");
        coding.textProperty().bind(i18n.bind("text.ui.codingTab"));
        coding.setContent(new TextCodingPane(model, i18n, this::selectedRespondents));
        side.getTabs().addAll(words, coding);
        SplitPane body = new SplitPane(table, side);
        body.setOrientation(Orientation.HORIZONTAL);
        body.setDividerPositions(0.6);
        setCenter(body);
    }

    private FlowPane toolbar() {
        ComboBox<Question> question = new ComboBox<>(model.textQuestions());
        question.setId("textQuestion");
        question.valueProperty().bindBidirectional(model.questionProperty());
        question.setCellFactory(v -> questionCell());
        question.setButtonCell(questionCell());

        ComboBox<String> segment = new ComboBox<>();
        segment.setId("textSegment");
        boolean[] filling = {false};
        Runnable fillSegments = () -> {
            Question by = model.main().attributeProperty().get();
            List<String> items = new ArrayList<>();
            items.add(null);
            if (by != null) {
                items.addAll(by.categories());
            }
            filling[0] = true; // refilling the box clears its value for a moment: not the user's choice
            segment.getItems().setAll(items);
            segment.setValue(null);
            filling[0] = false;
            segment.setValue(model.segmentProperty().get());
        };
        model.main().attributeProperty().addListener((obs, old, a) -> fillSegments.run());
        fillSegments.run();
        segment.valueProperty().addListener((obs, old, v) -> {
            if (!filling[0]) {
                model.segmentProperty().set(v);
            }
        });
        model.segmentProperty().addListener((obs, old, v) -> segment.setValue(v));
        segment.setCellFactory(v -> segmentCell());
        segment.setButtonCell(segmentCell());
        Label segmentLabel = new Label();
        segmentLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            Question by = model.main().attributeProperty().get();
            return i18n.get("text.ui.segmentOf", by == null ? "—" : by.id());
        }, model.main().attributeProperty(), i18n.ui().locale()));

        TextField search = new TextField();
        search.setId("textSearch");
        search.promptTextProperty().bind(i18n.bind("text.ui.search"));
        search.textProperty().bindBidirectional(model.searchProperty());

        CheckBox uncoded = new CheckBox();
        uncoded.setId("textUncoded");
        uncoded.textProperty().bind(i18n.bind("text.ui.uncodedOnly"));
        uncoded.selectedProperty().bindBidirectional(model.uncodedOnlyProperty());

        columnsMenu.setId("textColumns");
        columnsMenu.textProperty().bind(i18n.bind("text.ui.columns"));
        columnsMenu.setOnShowing(e -> fillColumnsMenu());

        Label word = new Label();
        word.setId("textWordFilter");
        word.textProperty().bind(Bindings.createStringBinding(() -> model.wordProperty().get() == null ? ""
                : i18n.get("text.ui.wordFilter", model.wordProperty().get()), model.wordProperty(), i18n.ui().locale()));
        Button clearWord = new Button("×");
        clearWord.setId("textClearWord");
        clearWord.visibleProperty().bind(model.wordProperty().isNotNull());
        clearWord.managedProperty().bind(clearWord.visibleProperty());
        clearWord.setOnAction(e -> model.wordProperty().set(null));

        Label count = new Label();
        count.setId("textCount");
        count.textProperty().bind(Bindings.createStringBinding(() -> i18n.get("text.ui.count",
                model.rows().size(), model.inViewProperty().get()), model.rows(), model.inViewProperty(),
                i18n.ui().locale()));
        Button copy = new Button();
        copy.setId("textCopy");
        copy.textProperty().bind(i18n.bind("text.ui.copy"));
        copy.setOnAction(e -> copySelection());

        FlowPane bar = new FlowPane(8, 6, question, segmentLabel, segment, search, uncoded, columnsMenu, word, clearWord,
                count, copy);
        bar.setPadding(new Insets(6, 8, 6, 8));
        HBox.setHgrow(search, Priority.ALWAYS);
        return bar;
    }

    private ListCell<Question> questionCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Question q, boolean empty) {
                super.updateItem(q, empty);
                setText(empty || q == null ? null : QuestionListPane.title(q));
            }
        };
    }

    private ListCell<String> segmentCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s == null ? i18n.get("text.ui.allSegments") : s);
            }
        };
    }

    private void fillColumnsMenu() {
        columnsMenu.getItems().clear();
        for (Question q : model.main().questions()) {
            CheckMenuItem item = new CheckMenuItem(QuestionListPane.title(q));
            item.setId("textColumn-" + q.id());
            item.setSelected(model.columns().contains(q));
            item.selectedProperty().addListener((obs, old, on) -> {
                if (on && !model.columns().contains(q)) {
                    model.columns().add(q);
                } else if (!on) {
                    model.columns().remove(q);
                }
            });
            columnsMenu.getItems().add(item);
        }
    }

    private void buildColumns() {
        List<TableColumn<TextAnswerRow, ?>> list = new ArrayList<>();
        TableColumn<TextAnswerRow, String> who = new TableColumn<>(i18n.get("text.ui.respondent"));
        who.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().label()));
        who.setPrefWidth(70);
        who.setMinWidth(60);
        list.add(who);
        for (int i = 0; i < model.columns().size(); i++) {
            int at = i;
            TableColumn<TextAnswerRow, String> col = new TableColumn<>(model.columns().get(i).id());
            col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().values().get(at)));
            col.setPrefWidth(110);
            list.add(col);
        }
        TableColumn<TextAnswerRow, String> codes = new TableColumn<>(i18n.get("text.ui.codes"));
        codes.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().codes()));
        codes.setPrefWidth(100);
        list.add(codes);
        TableColumn<TextAnswerRow, String> answer = new TableColumn<>(i18n.get("text.ui.answer"));
        answer.setId("textAnswerColumn");
        answer.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().text()));
        answer.setCellFactory(c -> new TextHighlightCell(model.wordProperty()));
        answer.setPrefWidth(420);
        answer.widthProperty().addListener((obs, old, w) -> table.refresh());
        list.add(answer);
        table.getColumns().setAll(list);
    }

    /** The respondents of the selected answers. */
    List<Integer> selectedRespondents() {
        return table.getSelectionModel().getSelectedItems().stream().map(TextAnswerRow::respondent).toList();
    }

    TableView<TextAnswerRow> table() {
        return table;
    }

    /** Puts the selected answers (all shown when none is selected) on the clipboard. */
    void copySelection() {
        ClipboardContent content = new ClipboardContent();
        content.putString(selectionText());
        Clipboard.getSystemClipboard().setContent(content);
        int n = table.getSelectionModel().getSelectedItems().isEmpty() ? table.getItems().size()
                : table.getSelectionModel().getSelectedItems().size();
        model.main().statusProperty().set(i18n.get("text.ui.copied", n));
    }

    /** The selected answers (all shown when none is selected) as tab-separated lines with a header. */
    String selectionText() {
        List<TextAnswerRow> selected = new ArrayList<>(table.getSelectionModel().getSelectedItems());
        if (selected.isEmpty()) {
            selected.addAll(table.getItems());
        }
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>();
        header.add(i18n.get("text.ui.respondent"));
        model.columns().forEach(q -> header.add(q.id()));
        header.add(i18n.get("text.ui.codes"));
        header.add(i18n.get("text.ui.answer"));
        out.append(String.join("\t", header)).append('\n');
        for (TextAnswerRow row : selected) {
            List<String> cells = new ArrayList<>();
            cells.add(row.label());
            cells.addAll(row.values());
            cells.add(row.codes());
            cells.add(row.text());
            out.append(String.join("\t", cells.stream().map(s -> s.replaceAll("[\\t\\r\\n]+", " ")).toList()))
                    .append('\n');
        }
        return out.toString();
    }
}
