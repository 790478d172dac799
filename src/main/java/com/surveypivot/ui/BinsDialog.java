package com.surveypivot.ui;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.edit.RebinNumbers;
import com.surveypivot.survey.edit.RebinNumbers.Binning;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * How a number question is binned: quantiles or equal width with a number of bins, the user's cut points, or
 * each value (offered only for up to {@value RebinNumbers#MAX_DISTINCT} values). The result is a
 * {@link RebinNumbers} edit.
 */
final class BinsDialog extends javafx.scene.control.Dialog<RebinNumbers> {
    private static final int DEFAULT_BINS = 5;

    private final ComboBox<Binning> mode = new ComboBox<>();
    private final Spinner<Integer> count;
    private final TextField cuts = new TextField();

    BinsDialog(Question question, UiText text) {
        setTitle(text.get("dialog.bins.title", question.id()));
        setHeaderText(text.get("dialog.bins.header", question.text()));
        getDialogPane().setId("binsDialog");
        int distinct = RebinNumbers.distinctValues(question);
        mode.setId("binMode");
        mode.getItems().addAll(Binning.QUANTILES, Binning.EQUAL_WIDTH, Binning.CUT_POINTS);
        if (distinct <= RebinNumbers.MAX_DISTINCT) {
            mode.getItems().add(Binning.DISTINCT_VALUES);
        }
        mode.setCellFactory(v -> new ModeCell(text));
        mode.setButtonCell(new ModeCell(text));
        mode.getSelectionModel().select(Binning.QUANTILES);
        mode.setMaxWidth(Double.MAX_VALUE);

        int start = Math.max(2, Math.min(RebinNumbers.MAX_BINS,
                question.categoryCount() > 1 ? question.categoryCount() : DEFAULT_BINS));
        count = new Spinner<>(2, RebinNumbers.MAX_BINS, start);
        count.setId("binCount");
        count.setEditable(true);
        Label countLabel = new Label(text.get("dialog.bins.count"));
        BooleanBinding counted = Bindings.createBooleanBinding(() -> mode.getValue() == Binning.QUANTILES
                || mode.getValue() == Binning.EQUAL_WIDTH, mode.valueProperty());
        show(counted, countLabel, count);

        cuts.setId("binCuts");
        cuts.setPromptText(text.get("dialog.bins.cutsPrompt"));
        Label cutsLabel = new Label(text.get("dialog.bins.cuts"));
        BooleanBinding byCuts = mode.valueProperty().isEqualTo(Binning.CUT_POINTS);
        show(byCuts, cutsLabel, cuts);

        Label problem = new Label();
        problem.setId("binProblem");
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: #b00020;");
        BooleanBinding badCuts = Bindings.createBooleanBinding(() -> mode.getValue() == Binning.CUT_POINTS
                && parseCuts(cuts.getText()).isEmpty(), mode.valueProperty(), cuts.textProperty());
        problem.textProperty().bind(Bindings.createStringBinding(() -> badCuts.get() && !cuts.getText().isBlank()
                ? text.get("dialog.bins.invalidCuts", RebinNumbers.MAX_BINS - 1) : "", badCuts, cuts.textProperty()));
        Label tooMany = new Label(distinct > RebinNumbers.MAX_DISTINCT
                ? text.get("dialog.bins.tooMany", distinct, RebinNumbers.MAX_DISTINCT) : "");
        tooMany.setWrapText(true);
        show(Bindings.createBooleanBinding(() -> !tooMany.getText().isEmpty()), tooMany);

        VBox content = new VBox(8, new Label(text.get("dialog.bins.mode")), mode, countLabel, count, cutsLabel,
                cuts, problem, tooMany);
        content.setPrefWidth(420);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(badCuts);
        setResultConverter(button -> button == ButtonType.OK ? edit(question.id()) : null);
    }

    private static void show(BooleanBinding when, Node... nodes) {
        for (Node node : nodes) {
            node.visibleProperty().bind(when);
            node.managedProperty().bind(when);
        }
    }

    private RebinNumbers edit(String id) {
        return switch (mode.getValue()) {
            case QUANTILES -> RebinNumbers.quantiles(id, bins());
            case EQUAL_WIDTH -> RebinNumbers.equalWidth(id, bins());
            case CUT_POINTS -> RebinNumbers.cutPoints(id, parseCuts(cuts.getText()).orElseThrow());
            case DISTINCT_VALUES -> RebinNumbers.distinctValues(id);
        };
    }

    /** The number of bins, also when it was typed into the spinner without pressing Enter. */
    private int bins() {
        String typed = Normalizer.normalize(count.getEditor().getText(), Normalizer.Form.NFKC).strip();
        try {
            return Math.max(2, Math.min(RebinNumbers.MAX_BINS, Integer.parseInt(typed)));
        } catch (NumberFormatException e) {
            return count.getValue();
        }
    }

    /**
     * Cut points typed as numbers separated by commas, 、, semicolons or spaces (full-width digits too); empty when
     * the text is blank, holds something else, repeats a number or has too many.
     */
    static Optional<List<Double>> parseCuts(String typed) {
        String s = Normalizer.normalize(typed == null ? "" : typed, Normalizer.Form.NFKC).strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        List<Double> points = new ArrayList<>();
        for (String part : s.split("[,、;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                double v = Double.parseDouble(part);
                if (Double.isNaN(v) || Double.isInfinite(v)) {
                    return Optional.empty();
                }
                points.add(v);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        if (points.isEmpty() || points.size() >= RebinNumbers.MAX_BINS
                || new HashSet<>(points).size() != points.size()) {
            return Optional.empty();
        }
        return Optional.of(points);
    }

    /** A binning as the user reads it. */
    private static final class ModeCell extends ListCell<Binning> {
        private final UiText text;

        ModeCell(UiText text) {
            this.text = text;
        }

        @Override
        protected void updateItem(Binning item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : text.get(switch (item) {
                case QUANTILES -> "dialog.bins.quantiles";
                case EQUAL_WIDTH -> "dialog.bins.equalWidth";
                case CUT_POINTS -> "dialog.bins.cutPoints";
                case DISTINCT_VALUES -> "dialog.bins.distinct";
            }));
        }
    }
}
