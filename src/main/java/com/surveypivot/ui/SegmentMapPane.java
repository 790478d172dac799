package com.surveypivot.ui;

import com.surveypivot.analysis.MapMeasure;
import com.surveypivot.chart.SegmentMap;
import com.surveypivot.survey.Question;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The two-question segment map view: pickers for question X and its measure (an answer, the top-2 box or a NET
 * of ticked answers) with the measure's name, question Y likewise, the attribute in use (the window's current
 * one), the filter and weight in force, and the map itself.
 */
final class SegmentMapPane extends VBox {
    private final SegmentMap map = new SegmentMap();

    SegmentMapPane(MainViewModel model) {
        UiText text = model.text();
        SegmentMapViewModel maps = model.map();
        GridPane pickers = new GridPane();
        pickers.setHgap(6);
        pickers.setVgap(4);
        axisRow(pickers, 0, "map.x", "mapX", maps.x(), maps, text);
        axisRow(pickers, 1, "map.y", "mapY", maps.y(), maps, text);
        Label byLabel = new Label();
        byLabel.setId("mapAttribute");
        byLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            Question a = model.attributeProperty().get();
            return text.get("map.by", a == null ? "–" : a.id());
        }, model.attributeProperty(), model.localeProperty()));
        byLabel.getStyleClass().add("zone-label");
        pickers.add(byLabel, 0, 2, 3, 1);
        // the table's filter applies to the map; its weight does not (the map's tests are on counts)
        Label options = new Label();
        options.setId("mapOptions");
        options.setWrapText(true);
        options.getStyleClass().add("map-options");
        TableOptionsModel tableOptions = model.tableOptions();
        options.textProperty().bind(Bindings.createStringBinding(() -> {
            java.util.List<String> parts = new java.util.ArrayList<>();
            if (!tableOptions.filterConditions().isEmpty()) {
                parts.add(text.get("map.filtered", tableOptions.filterText(text)));
            }
            if (tableOptions.weightProperty().get() != null) {
                parts.add(text.get("map.unweighted", tableOptions.weightProperty().get().id()));
            }
            return String.join("  ", parts);
        }, tableOptions.filterConditions(), tableOptions.weightProperty(), model.localeProperty()));
        options.managedProperty().bind(options.textProperty().isNotEmpty());
        options.visibleProperty().bind(options.textProperty().isNotEmpty());
        pickers.add(options, 3, 2, 2, 1);
        pickers.setPadding(new Insets(6, 8, 6, 8));
        pickers.getStyleClass().add("map-pickers");

        map.setId("segmentMap");
        map.setModel(maps.modelProperty().get());
        maps.modelProperty().addListener((obs, old, m) -> map.setModel(m));
        map.setMinHeight(USE_PREF_SIZE);
        ScrollPane scroll = new ScrollPane(map);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("chart-scroll");
        Label problem = new Label();
        problem.setId("mapProblem");
        problem.setWrapText(true);
        problem.textProperty().bind(maps.problemProperty());
        problem.visibleProperty().bind(maps.modelProperty().isNull());
        scroll.visibleProperty().bind(maps.modelProperty().isNotNull());
        StackPane body = new StackPane(scroll, problem);
        body.getStyleClass().add("chart-box");
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(pickers, body);
    }

    private static void axisRow(GridPane grid, int row, String key, String id, SegmentMapViewModel.Axis axis,
            SegmentMapViewModel maps, UiText text) {
        Label label = new Label();
        label.textProperty().bind(text.bind(key));
        label.getStyleClass().add("zone-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<Question> question = new ComboBox<>(maps.questions());
        question.setId(id + "Question");
        question.setCellFactory(v -> new QuestionCell());
        question.setButtonCell(new QuestionCell());
        question.valueProperty().bindBidirectional(axis.questionProperty());
        question.setPrefWidth(200);
        question.setMaxWidth(Double.MAX_VALUE);
        ComboBox<MapMeasure> measure = new ComboBox<>(axis.measures());
        measure.setId(id + "Measure");
        measure.setCellFactory(v -> new MeasureCell(maps, text));
        measure.setButtonCell(new MeasureCell(maps, text));
        measure.valueProperty().bindBidirectional(axis.measureProperty());
        measure.setPrefWidth(200);
        measure.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHgrow(question, Priority.ALWAYS);
        GridPane.setHgrow(measure, Priority.ALWAYS);
        GridPane.setValignment(label, javafx.geometry.VPos.CENTER);
        label.setAlignment(Pos.CENTER_LEFT);
        Button net = new Button();
        net.setId(id + "Net");
        net.textProperty().bind(text.bind("map.netButton"));
        net.setMinWidth(Region.USE_PREF_SIZE);
        net.disableProperty().bind(axis.questionProperty().isNull());
        net.setOnAction(e -> {
            Question q = axis.questionProperty().get();
            if (q == null) {
                return;
            }
            MapNetDialog dialog = new MapNetDialog(q, axis.measureProperty().get(), axis.nameProperty().get(), text);
            if (net.getScene() != null) {
                dialog.initOwner(net.getScene().getWindow());
            }
            dialog.showAndWait().ifPresent(choice -> axis.useNet(choice.labels(), choice.name()));
        });
        TextField name = new TextField();
        name.setId(id + "Name");
        name.setPrefColumnCount(9);
        name.promptTextProperty().bind(text.bind("map.name"));
        name.textProperty().bindBidirectional(axis.nameProperty());
        name.setOnAction(e -> axis.commitName());
        name.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                axis.commitName();
            }
        });
        name.setTooltip(new javafx.scene.control.Tooltip());
        name.getTooltip().textProperty().bind(text.bind("map.nameTip"));
        GridPane.setHgrow(name, Priority.SOMETIMES);
        grid.addRow(row, label, question, measure, net, name);
    }

    SegmentMap map() {
        return map;
    }

    private static final class QuestionCell extends ListCell<Question> {
        @Override
        protected void updateItem(Question q, boolean empty) {
            super.updateItem(q, empty);
            setText(empty || q == null ? null : QuestionListPane.title(q));
        }
    }

    /** A measure in words; re-worded at once when the language switches (or the measure is renamed). */
    private static final class MeasureCell extends ListCell<MapMeasure> {
        private final SegmentMapViewModel maps;
        private final UiText text;

        MeasureCell(SegmentMapViewModel maps, UiText text) {
            this.maps = maps;
            this.text = text;
        }

        @Override
        protected void updateItem(MapMeasure m, boolean empty) {
            super.updateItem(m, empty);
            textProperty().unbind();
            if (empty || m == null) {
                setText(null);
            } else {
                textProperty().bind(Bindings.createStringBinding(() -> maps.describe(m), text.locale(),
                        maps.x().nameProperty(), maps.y().nameProperty()));
            }
        }
    }
}
