package com.surveypivot.analysis.weighting;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.Survey;
import com.surveypivot.survey.edit.AddWeightColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * Raking as the window and the command line use it: rakes a survey to targets and gives the report, the survey
 * with the weights as a new weight column (through the {@link AddWeightColumn} edit) and the raked design.
 *
 * @param report the raking report
 * @param edit   the edit that adds the weight column
 * @param survey the survey with the weight column
 * @param design the raked design, for the Rao–Scott test
 */
public record RakedColumn(RakeReport report, AddWeightColumn edit, Survey survey, RakedDesign design) {

    public static RakedColumn rake(Survey survey, String columnName, List<RakeTarget> targets, RakeOptions options)
            throws RakeException {
        RakeReport report = Raking.rake(survey, targets, options);
        List<String> attributes = new ArrayList<>();
        for (RakeTarget t : targets) {
            attributes.add(survey.find(t.attribute()).orElseThrow().id());
        }
        AddWeightColumn edit = new AddWeightColumn(columnName, columnName, report.weights(), attributes);
        Survey weighted = edit.apply(survey);
        return new RakedColumn(report, edit, weighted, RakedDesign.of(weighted, report.weights(), attributes));
    }

    /** The respondent ids of a survey: its first id question's values, else row numbers from 1. */
    public static List<String> respondentIds(Survey survey) {
        List<String> ids = new ArrayList<>();
        Question idQuestion = survey.questions().stream().filter(q -> q.type() == QuestionType.ID).findFirst()
                .orElse(null);
        for (int r = 0; r < survey.respondents(); r++) {
            String id = idQuestion == null ? null : idQuestion.texts().get(r);
            ids.add(id == null ? Integer.toString(r + 1) : id);
        }
        return ids;
    }
}
