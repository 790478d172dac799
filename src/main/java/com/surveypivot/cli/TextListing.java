package com.surveypivot.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.surveypivot.i18n.Messages;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.RespondentSet;
import com.surveypivot.survey.Survey;
import com.surveypivot.text.RespondentValues;
import com.surveypivot.text.TextAnswers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The answers of a free-text question (of the kept respondents) with attribute columns beside them. */
final class TextListing {
    private final Question idQuestion;
    private final List<Question> columns;
    private final List<Integer> respondents = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();

    private TextListing(Question idQuestion, List<Question> columns) {
        this.idQuestion = idQuestion;
        this.columns = columns;
    }

    static TextListing of(Survey survey, TextAnswers answers, RespondentSet keep, List<Question> columns) {
        Question id = survey.questions().stream().filter(q -> q.type() == QuestionType.ID).findFirst().orElse(null);
        TextListing listing = new TextListing(id, columns);
        for (int a = 0; a < answers.size(); a++) {
            int r = answers.respondent(a);
            if (keep == null || keep.contains(r)) {
                listing.respondents.add(r);
                listing.texts.add(answers.text(a));
            }
        }
        return listing;
    }

    private String respondentLabel(int r) {
        return idQuestion == null ? String.valueOf(r + 1) : RespondentValues.value(idQuestion, r);
    }

    ObjectNode json(Question q) {
        ObjectNode root = Json.object();
        root.put("question", q.id());
        root.put("answers", texts.size());
        ArrayNode list = root.putArray("list");
        for (int i = 0; i < texts.size(); i++) {
            int r = respondents.get(i);
            ObjectNode row = list.addObject();
            row.put("respondent", respondentLabel(r));
            ObjectNode cols = row.putObject("columns");
            for (Question c : columns) {
                cols.put(c.id(), RespondentValues.value(c, r));
            }
            row.put("answer", texts.get(i));
        }
        return root;
    }

    /** Tab-separated: a count line, a header line, then one line per answer (line breaks in answers as spaces). */
    String text(Locale locale) {
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder();
        out.append(Messages.get(locale, "text.cli.listCount", texts.size())).append(nl);
        List<String> header = new ArrayList<>();
        header.add(Messages.get(locale, "text.cli.respondent"));
        columns.forEach(c -> header.add(c.id()));
        header.add(Messages.get(locale, "text.cli.answer"));
        out.append(String.join("\t", header)).append(nl);
        for (int i = 0; i < texts.size(); i++) {
            int r = respondents.get(i);
            List<String> cells = new ArrayList<>();
            cells.add(respondentLabel(r));
            columns.forEach(c -> cells.add(RespondentValues.value(c, r)));
            cells.add(texts.get(i));
            out.append(String.join("\t", cells.stream().map(s -> s.replaceAll("[\\t\\r\\n]+", " ")).toList()))
                    .append(nl);
        }
        return out.toString();
    }
}
