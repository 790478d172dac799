package com.surveypivot.ui;

import com.surveypivot.analysis.ChiSquare;
import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.Filter;
import com.surveypivot.analysis.weighting.RakedDesign;
import com.surveypivot.analysis.weighting.RaoScott;
import com.surveypivot.i18n.Messages;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import com.surveypivot.survey.edit.AddWeightColumn;
import com.surveypivot.survey.edit.SurveyEdit;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;

/**
 * The grid's test line for a weighted table: Pearson's chi-square on the Kish effective base, and for a weight
 * column made by raking in this window, beside it the Rao–Scott corrected chi-square of the raked design.
 */
final class WeightingTestLine {
    private WeightingTestLine() {
    }

    static Label label(MainViewModel model) {
        Label line = new Label();
        line.setId("gridTestLine");
        line.setWrapText(true);
        line.getStyleClass().add("grid-legend");
        line.textProperty().bind(Bindings.createStringBinding(() -> text(model), model.crosstabProperty(),
                model.localeProperty()));
        line.managedProperty().bind(line.textProperty().isNotEmpty());
        line.visibleProperty().bind(line.textProperty().isNotEmpty());
        return line;
    }

    static String text(MainViewModel model) {
        Crosstab table = model.crosstabProperty().get();
        Locale locale = model.localeProperty().get();
        if (table == null || !table.weighted() || table.chiSquare() == null) {
            return "";
        }
        ChiSquare chi = table.chiSquare();
        String line = Messages.get(locale, "weighting.testLine.effective", fmt(chi.statistic(), 2), chi.df(),
                p(chi.pValue()), fmt(chi.n(), 1));
        Question weight = model.tableOptions().weightProperty().get();
        Survey survey = model.surveyProperty().get();
        List<String> rakedBy = weight == null ? List.of() : rakedBy(model.editor().applied(), weight.id());
        if (rakedBy.isEmpty() || survey == null || table.by() == null) {
            return line;
        }
        RaoScott.Result rs;
        try {
            RakedDesign design = RakedDesign.of(survey, weight.numbers(), rakedBy);
            Filter filter = model.tableOptions().filter();
            rs = RaoScott.test(design, table.question(), table.by(),
                    filter == null ? null : filter.select(survey.respondents()));
        } catch (RuntimeException e) {
            return line;
        }
        if (rs == null) {
            return line;
        }
        return line + Messages.get(locale, "weighting.testLine.separator")
                + Messages.get(locale, "weighting.testLine.raoScott", fmt(rs.statistic(), 2), rs.df(),
                        p(rs.pValue()));
    }

    /** The attributes the weight column {@code id} was raked on, from the edits made; empty if it was not. */
    static List<String> rakedBy(List<SurveyEdit> edits, String id) {
        for (int i = edits.size() - 1; i >= 0; i--) {
            if (edits.get(i) instanceof AddWeightColumn w && w.id().equals(id)) {
                return w.rakedBy();
            }
        }
        return List.of();
    }

    private static String fmt(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private static String p(double p) {
        return p < 0.001 ? "p<0.001" : String.format(Locale.ROOT, "p=%.3f", p);
    }
}
