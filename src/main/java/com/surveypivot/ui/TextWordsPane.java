package com.surveypivot.ui;

import com.surveypivot.text.CharacteristicWord;
import com.surveypivot.text.CharacteristicWords;
import com.surveypivot.text.WordFrequency;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The words of the answers in view: a table and a bar chart of the most frequent words (by the respondents who used
 * them), and the words characteristic of the chosen segment against the other answers (pooled z per word,
 * Benjamini–Hochberg over the words). A click on a word lists the answers that use it.
 */
final class TextWordsPane extends VBox {
    /** How many words the bar chart shows. */
    static final int CHART_WORDS = 15;
    private final TextAnswersModel model;
    private final TextI18n i18n;
    private final BarChart<Number, String> chart = new BarChart<>(new NumberAxis(), new CategoryAxis());

    TextWordsPane(TextAnswersModel model, TextI18n i18n) {
        this.model = model;
        this.i18n = i18n;
        setId("textWordsPane");
        setSpacing(6);
        setPadding(new Insets(6));

        Label heading = new Label();
        heading.textProperty().bind(i18n.bind("text.ui.wordsHeading"));
        heading.getStyleClass().add("pane-heading");
        TableView<WordFrequency> words = new TableView<>(model.words());
        words.setId("textWordsTable");
        words.getColumns().add(column("text.ui.word", w -> w.word(), 110));
        words.getColumns().add(column("text.ui.respondents", w -> String.valueOf(w.respondents()), 80));
        words.getColumns().add(column("text.ui.share", w -> percent(w.share()), 70));
        words.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        words.getSelectionModel().selectedItemProperty().addListener((obs, old, w) -> {
            if (w != null) {
                model.wordProperty().set(w.word());
            }
        });
        words.setPrefHeight(200);

        chart.setId("textWordsChart");
        chart.setAnimated(false);
        chart.setCategoryGap(3);
        chart.setBarGap(0);
        chart.setLegendVisible(false);
        chart.setPrefHeight(300);
        chart.setMinHeight(180);
        model.words().addListener((ListChangeListener<WordFrequency>) c -> fillChart());
        fillChart();

        Label charHeading = new Label();
        charHeading.textProperty().bind(i18n.bind("text.ui.characteristicHeading"));
        charHeading.getStyleClass().add("pane-heading");
        TableView<CharacteristicWord> characteristic = new TableView<>(model.characteristic());
        characteristic.setId("textCharacteristicTable");
        characteristic.getColumns().add(column("text.ui.word", CharacteristicWord::word, 110));
        characteristic.getColumns().add(column("text.ui.segmentShare", w -> percent(w.segmentShare()), 80));
        characteristic.getColumns().add(column("text.ui.restShare", w -> percent(w.restShare()), 80));
        characteristic.getColumns().add(column("text.ui.adjustedP",
                w -> String.format(Locale.ROOT, "%.4f", w.adjustedP()), 80));
        characteristic.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label none = new Label();
        none.setWrapText(true);
        none.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> i18n.get(
                model.segmentProperty().get() == null ? "text.ui.chooseSegment" : "text.ui.noCharacteristic",
                CharacteristicWords.MIN_BASE), model.segmentProperty(), i18n.ui().locale()));
        characteristic.setPlaceholder(none);
        characteristic.getSelectionModel().selectedItemProperty().addListener((obs, old, w) -> {
            if (w != null) {
                model.wordProperty().set(w.word());
            }
        });
        characteristic.setPrefHeight(180);
        Label test = new Label();
        test.setWrapText(true);
        test.getStyleClass().add("grid-legend");
        test.textProperty().bind(i18n.bind("text.ui.testNote", CharacteristicWords.MIN_USERS,
                CharacteristicWords.MIN_BASE));
        VBox.setVgrow(words, Priority.ALWAYS);
        VBox.setVgrow(characteristic, Priority.ALWAYS);
        getChildren().addAll(heading, words, chart, charHeading, characteristic, test);
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> value, double width) {
        TableColumn<T, String> col = new TableColumn<>();
        col.textProperty().bind(i18n.bind(key));
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        col.setPrefWidth(width);
        return col;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    /** The most frequent words as horizontal bars, the first on top. */
    private void fillChart() {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        int n = Math.min(CHART_WORDS, model.words().size());
        for (int i = n - 1; i >= 0; i--) {
            WordFrequency w = model.words().get(i);
            series.getData().add(new XYChart.Data<>(w.respondents(), w.word()));
        }
        chart.getData().setAll(java.util.List.of(series));
    }

    BarChart<Number, String> chart() {
        return chart;
    }
}
