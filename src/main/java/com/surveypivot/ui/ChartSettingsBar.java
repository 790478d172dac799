package com.surveypivot.ui;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.TableRow;
import com.surveypivot.chart.ChartKind;
import com.surveypivot.chart.ChartModels;
import com.surveypivot.chart.ChartSettings;
import com.surveypivot.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The chart's settings above the band chart: the kind (100% band, top box, grouped, counts, line), the
 * decimals (0–2), the report language of the chart's texts (as the window, 日本語 or English) and the answer or
 * NET the segments are sorted by. Each control replaces the model's immutable {@link ChartSettings} value.
 */
final class ChartSettingsBar extends HBox {
    private final MainViewModel model;
    private final ComboBox<String> sort = new ComboBox<>();
    private boolean updating;

    ChartSettingsBar(MainViewModel model) {
        this.model = model;
        ObjectProperty<ChartSettings> settings = model.chartSettingsProperty();

        // a kind the table cannot be drawn as (lines on an unordered attribute, top box of no scale) is greyed out
        ComboBox<ChartKind> kind = combo("chartKindPicker", List.of(ChartKind.values()),
                k -> text(k.key()), 125, k -> ChartModels.fits(k, model.crosstabProperty().get()));
        kind.setValue(settings.get().kind());
        kind.valueProperty().addListener((obs, old, k) -> update(s -> s.withKind(k)));
        kind.setTooltip(tooltip("chartui.kind.tooltip"));

        ComboBox<Integer> decimals = combo("decimalsPicker", List.of(0, 1, 2), d -> text("chartui.decimals.n", d),
                100, d -> true);
        decimals.setValue(settings.get().decimals());
        decimals.valueProperty().addListener((obs, old, d) -> update(s -> s.withDecimals(d)));
        decimals.setTooltip(tooltip("chartui.decimals"));

        ComboBox<Locale> language = combo("reportLanguagePicker", languages(),
                l -> text("chartui.language.n", l == null ? text("chartui.language.window") : l.getDisplayLanguage(l)),
                115, l -> true);
        language.setValue(settings.get().language());
        language.valueProperty().addListener((obs, old, l) -> update(s -> s.withLanguage(l)));
        language.setTooltip(tooltip("chartui.language.tooltip"));

        sort.setId("sortPicker");
        sort.setPrefWidth(170);
        sort.setMinWidth(90);
        HBox.setHgrow(sort, javafx.scene.layout.Priority.SOMETIMES);
        sort.setCellFactory(v -> new Cell<>(this::sortText));
        sort.setButtonCell(new Cell<>(this::sortText));
        sort.valueProperty().addListener((obs, old, answer) -> update(s -> s.withSortBy(answer)));
        sort.setTooltip(tooltip("chartui.sort.tooltip"));
        model.crosstabProperty().addListener((obs, old, table) -> fillSort(table));
        fillSort(model.crosstabProperty().get());

        settings.addListener((obs, old, s) -> {
            kind.setValue(s.kind());
            decimals.setValue(s.decimals());
            language.setValue(s.language());
            if (!Objects.equals(sort.getValue(), s.sortBy())) {
                sort.setValue(s.sortBy());
            }
        });
        // a kind that cannot draw the table shown (after a change of question or attribute) says so
        javafx.scene.control.Label misfit = new javafx.scene.control.Label();
        misfit.setId("chartKindMisfit");
        misfit.getStyleClass().add("chart-kind-misfit");
        misfit.textProperty().bind(bind("chartui.kind.misfit"));
        misfit.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.chartModelProperty().get() != null
                && model.chartModelProperty().get().kind() != settings.get().kind(), model.chartModelProperty(),
                settings));
        misfit.managedProperty().bind(misfit.visibleProperty());
        getChildren().addAll(kind, decimals, language, sort, misfit);
        setSpacing(6);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("chart-settings");
    }

    private void update(Function<ChartSettings, ChartSettings> change) {
        if (updating) {
            return;
        }
        ChartSettings current = model.chartSettingsProperty().get();
        ChartSettings next = change.apply(current);
        if (!next.equals(current)) {
            model.chartSettingsProperty().set(next);
        }
    }

    /** The sort choices of the table shown: category order, the answers and NETs, the top box of a scale. */
    private void fillSort(Crosstab table) {
        List<String> choices = new ArrayList<>();
        choices.add(null);
        if (table != null) {
            for (TableRow row : table.rows()) {
                choices.add(row.label());
            }
            if (com.surveypivot.analysis.TopBox.applies(table.question())) {
                choices.add(ChartSettings.SORT_TOP_BOX);
            }
        }
        String wanted = model.chartSettingsProperty().get().sortBy();
        updating = true;
        try {
            sort.getItems().setAll(choices);
            sort.setValue(choices.contains(wanted) ? wanted : null);
        } finally {
            updating = false;
        }
        if (wanted != null && !choices.contains(wanted)) {
            update(s -> s.withSortBy(null));
        }
    }

    private String sortText(String answer) {
        String by = answer == null ? text("chartui.sort.none")
                : answer.equals(ChartSettings.SORT_TOP_BOX) ? text("chartui.sort.topBox") : answer;
        return text("chartui.sort.n", by);
    }

    private static List<Locale> languages() {
        List<Locale> list = new ArrayList<>();
        list.add(null);
        list.add(Locale.JAPANESE);
        list.add(Locale.ENGLISH);
        return list;
    }

    private <T> ComboBox<T> combo(String id, List<T> items, Function<T, String> name, double width,
            java.util.function.Predicate<T> enabled) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(items);
        box.setCellFactory(v -> new Cell<>(name, enabled));
        box.setButtonCell(new Cell<>(name));
        if (width > 0) {
            box.setPrefWidth(width);
        }
        // the names follow the window's language
        model.localeProperty().addListener((obs, old, l) -> {
            box.setButtonCell(new Cell<>(name));
            box.setCellFactory(v -> new Cell<>(name, enabled));
        });
        return box;
    }

    private Tooltip tooltip(String key) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(bind(key));
        return tip;
    }

    private String text(String key, Object... args) {
        return Messages.get(model.localeProperty().get(), key, args);
    }

    private StringBinding bind(String key) {
        return Bindings.createStringBinding(() -> text(key), model.localeProperty());
    }

    private static final class Cell<T> extends ListCell<T> {
        private final Function<T, String> name;
        private final java.util.function.Predicate<T> enabled;

        Cell(Function<T, String> name) {
            this(name, item -> true);
        }

        Cell(Function<T, String> name, java.util.function.Predicate<T> enabled) {
            this.name = name;
            this.enabled = enabled;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : name.apply(item));
            setDisable(!empty && !enabled.test(item));
        }
    }
}
