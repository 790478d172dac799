package com.surveypivot.cli;

import com.surveypivot.i18n.Messages;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import java.io.PrintWriter;

/** {@code describe} as text: the survey's shape, then one line per question with its answers and counts. */
final class SurveyText {
    private SurveyText() {
    }

    static void describe(Survey survey, PrintWriter out) {
        out.println(Messages.get("cli.describe.header", survey.title(), survey.sheet(), survey.headerRow(),
                survey.respondents(), survey.questions().size()));
        if (survey.weightId() != null) {
            out.println(Messages.get("spss.describe.weight", survey.weightId()));
        }
        for (Question q : survey.questions()) {
            question(q, "", out);
        }
    }

    private static void question(Question q, String indent, PrintWriter out) {
        int answered = q.answered() == null ? 0 : q.answered().count();
        out.println(Messages.get("cli.describe.question", indent + q.id(), q.type().jsonName(), q.text(), answered));
        for (int c = 0; c < q.categoryCount(); c++) {
            out.println(indent + "    " + q.categories().get(c) + "\t" + q.count(c));
        }
        for (Question item : q.items()) {
            question(item, indent + "  ", out);
        }
    }
}
