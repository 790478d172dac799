package com.surveypivot.ui;

import com.surveypivot.analysis.weighting.RakeException;
import com.surveypivot.analysis.weighting.RakeOptions;
import com.surveypivot.analysis.weighting.RakeReportText;
import com.surveypivot.analysis.weighting.RakeTarget;
import com.surveypivot.analysis.weighting.RakedColumn;
import com.surveypivot.analysis.weighting.Raking;
import com.surveypivot.analysis.weighting.TargetSpec;
import com.surveypivot.i18n.LocalizedException;
import com.surveypivot.i18n.Messages;
import com.surveypivot.io.TargetsCsv;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.Survey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * Data &gt; Weighting: rim weighting in the window. The user adds up to {@link Raking#MAX_ATTRIBUTES} single-choice
 * attributes, each shown as a table of its answers with the sample share and an editable target share (or loads the
 * targets from a small CSV), names the weight column, optionally caps the weights, computes and reads the report,
 * then creates the weight column (an {@link com.surveypivot.survey.edit.AddWeightColumn} edit, undoable), which
 * the weight picker then offers and selects.
 */
final class WeightingDialog extends Dialog<RakedColumn> {
    static final ButtonType CREATE = new ButtonType("create", ButtonBar.ButtonData.OK_DONE);

    private final Survey survey;
    private final Locale locale;
    private final ComboBox<Question> picker = new ComboBox<>();
    private final javafx.scene.layout.FlowPane attributes = new javafx.scene.layout.FlowPane(12, 8);
    private final List<AttributeTargets> chosen = new ArrayList<>();
    private final TextField name = new TextField();
    private final CheckBox cap = new CheckBox();
    private final TextField capLow = new TextField("0.3");
    private final TextField capHigh = new TextField("3.0");
    private final TextArea report = new TextArea();
    private final Button add = new Button();
    private RakedColumn result;

    WeightingDialog(Survey survey, Locale locale) {
        this.survey = survey;
        this.locale = locale;
        setTitle(t("weighting.dialog.title"));
        setHeaderText(Messages.get(locale, "weighting.dialog.header", Raking.MAX_ATTRIBUTES));
        getDialogPane().setId("weightingDialog");
        getDialogPane().getProperties().put(WeightingDialog.class, this);
        picker.setId("weightingPicker");
        picker.getItems().setAll(survey.questions().stream().filter(WeightingDialog::weightable).toList());
        picker.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Question q) {
                return q == null ? "" : q.id();
            }

            @Override
            public Question fromString(String s) {
                return survey.find(s).orElse(null);
            }
        });
        add.setId("weightingAdd");
        add.setText(t("weighting.dialog.add"));
        add.setOnAction(e -> addAttribute(picker.getValue()));
        Button load = new Button(t("weighting.dialog.load"));
        load.setId("weightingLoad");
        load.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t("weighting.dialog.targetsCsv"),
                    "*.csv"));
            java.io.File file = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
            if (file != null) {
                loadTargets(file.toPath());
            }
        });
        name.setId("weightingName");
        name.setText(freeName(survey));
        cap.setId("weightingCap");
        cap.setText(t("weighting.dialog.cap"));
        capLow.setId("weightingCapLow");
        capHigh.setId("weightingCapHigh");
        capLow.setPrefColumnCount(4);
        capHigh.setPrefColumnCount(4);
        capLow.disableProperty().bind(cap.selectedProperty().not());
        capHigh.disableProperty().bind(cap.selectedProperty().not());
        Button compute = new Button(t("weighting.dialog.compute"));
        compute.setId("weightingCompute");
        compute.setOnAction(e -> compute());
        report.setId("weightingReport");
        report.setEditable(false);
        report.setPrefRowCount(8);
        report.setStyle("-fx-font-family: monospace;");
        ScrollPane scroll = new ScrollPane(attributes);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(300);
        attributes.setPrefWrapLength(600);
        VBox content = new VBox(8,
                new HBox(8, new Label(t("weighting.dialog.attribute")), picker, add, load),
                scroll,
                new HBox(8, new Label(t("weighting.dialog.name")), name),
                new HBox(8, cap, capLow, new Label(t("weighting.dialog.capAnd")), capHigh,
                        new Label(t("weighting.dialog.capUnit"))),
                compute, report);
        content.setPrefWidth(660);
        getDialogPane().setContent(content);
        ButtonType create = new ButtonType(t("weighting.dialog.create"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
        Button createButton = (Button) getDialogPane().lookupButton(create);
        createButton.setId("weightingCreate");
        createButton.setDisable(true);
        report.textProperty().addListener((obs, old, v) -> createButton.setDisable(result == null));
        setResultConverter(b -> b == create ? result : null);
    }

    /** Single-choice questions with at least two answers can be weighted to. */
    static boolean weightable(Question q) {
        return q.hasCodes() && !q.isMulti() && q.isCrossable() && q.categoryCount() >= 2
                && q.type() != QuestionType.NUMBER && q.type() != QuestionType.DATE;
    }

    private static String freeName(Survey survey) {
        String base = "weight";
        String candidate = base;
        for (int i = 2; survey.find(candidate).isPresent(); i++) {
            candidate = base + " " + i;
        }
        return candidate;
    }

    private String t(String key) {
        return Messages.get(locale, key);
    }

    void addAttribute(Question q) {
        if (q == null || chosen.size() >= Raking.MAX_ATTRIBUTES
                || chosen.stream().anyMatch(a -> a.attribute().id().equals(q.id()))) {
            return;
        }
        AttributeTargets pane = new AttributeTargets(q, chosen.size(), locale);
        pane.removeButton().setOnAction(e -> {
            chosen.remove(pane);
            attributes.getChildren().remove(pane);
            add.setDisable(false);
            invalidate();
        });
        chosen.add(pane);
        attributes.getChildren().add(pane);
        add.setDisable(chosen.size() >= Raking.MAX_ATTRIBUTES);
        invalidate();
    }

    /** Targets from a CSV of attribute,answer,share: adds the attributes and fills their target fields. */
    void loadTargets(Path file) {
        try {
            Map<String, Map<String, Double>> loaded = TargetsCsv.read(file);
            List<String> problems = new ArrayList<>();
            loaded.forEach((attribute, shares) -> {
                Question q = survey.find(attribute).filter(WeightingDialog::weightable).orElse(null);
                if (q == null) {
                    problems.add(Messages.get(locale, "weighting.error.unknownAttribute", attribute));
                    return;
                }
                addAttribute(q);
                chosen.stream().filter(a -> a.attribute() == q).findFirst().ifPresent(a -> {
                    double sum = shares.values().stream().mapToDouble(Double::doubleValue).sum();
                    Map<String, Double> percents = new java.util.LinkedHashMap<>();
                    shares.forEach((k, v) -> percents.put(k, sum > 1.5 ? v : v * 100));
                    for (String unknown : a.setTargets(percents)) {
                        problems.add(Messages.get(locale, "weighting.error.unknownAnswer", q.id(), unknown,
                                String.join(" | ", q.categories())));
                    }
                });
            });
            invalidate();
            report.setText(String.join("\n", problems));
        } catch (LocalizedException e) {
            invalidate();
            report.setText(e.message(locale));
        }
    }

    private void invalidate() {
        result = null;
        report.setText("");
    }

    /** Rakes to the targets typed; shows the report, or what is wrong with the targets. */
    void compute() {
        result = null;
        if (chosen.isEmpty()) {
            report.setText(t("weighting.dialog.noAttribute"));
            return;
        }
        List<RakeTarget> targets = new ArrayList<>();
        for (AttributeTargets a : chosen) {
            try {
                targets.add(TargetSpec.of(a.attribute().id(), a.targets(), true));
            } catch (NumberFormatException e) {
                report.setText(Messages.get(locale, "weighting.dialog.badNumber", a.attribute().id(), e.getMessage()));
                return;
            }
        }
        RakeOptions options = RakeOptions.defaults();
        if (cap.isSelected()) {
            try {
                options = options.withCaps(Double.parseDouble(capLow.getText().strip()),
                        Double.parseDouble(capHigh.getText().strip()));
            } catch (IllegalArgumentException e) {
                report.setText(t("weighting.dialog.badCap"));
                return;
            }
        }
        String column = name.getText() == null || name.getText().isBlank() ? freeName(survey) : name.getText().strip();
        Question existing = survey.find(column).orElse(null);
        if (existing != null && existing.type() != QuestionType.NUMBER) {
            report.setText(Messages.get(locale, "weighting.dialog.nameTaken", column));
            return;
        }
        try {
            RakedColumn raked = RakedColumn.rake(survey, column, targets, options);
            result = raked;
            report.setText(String.join("\n", RakeReportText.lines(raked.report(), locale)));
        } catch (RakeException e) {
            report.setText(e.message(locale));
        }
    }

    RakedColumn result() {
        return result;
    }
}
