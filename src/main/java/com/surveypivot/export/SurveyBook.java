package com.surveypivot.export;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.TableBook;
import com.surveypivot.analysis.TableSpec;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.Survey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The whole survey in one action: the simple tally of every question (GT表: each question's Total alone) when the
 * template has no banner, else the banner book (every question by the template's attributes side by side, with its
 * filter, weights, NETs and options). Every crossable question is in it, a grid as its items, in survey order; the
 * banner's own attributes, the nested attribute and the weight question are left out.
 */
public final class SurveyBook {
    /** Tables computed together (they share the banner's keys and the weights); progress is told per chunk. */
    private static final int CHUNK = 10;

    private SurveyBook() {
    }

    /** The questions the book tabulates, in survey order. */
    public static List<Question> questions(Survey survey, TableSpec template, Question weight) {
        List<Question> out = new ArrayList<>();
        for (Question q : survey.crossableQuestions()) {
            List<Question> parts = q.type() == QuestionType.GRID ? q.items() : List.of(q);
            for (Question part : parts) {
                if (part.isCrossable() && part.type() != QuestionType.GRID && !template.banner().contains(part)
                        && part != template.nest() && part != weight) {
                    out.add(part);
                }
            }
        }
        return out;
    }

    /**
     * Computes the book's tables, telling {@code progress} after each chunk and stopping when it says so.
     *
     * @param template the banner, nest, filter, weights, NETs and options of every table (its question is ignored)
     * @param weight   the weight question (named in the tables' headers), or null
     * @throws ExportException a table the engine cannot compute; {@link ExportCancelledException} when cancelled
     */
    public static List<ExportTable> tables(Survey survey, TableSpec template, Question weight, Locale locale,
            ExportProgress progress) throws ExportException {
        List<Question> questions = questions(survey, template, weight);
        List<ExportTable> out = new ArrayList<>(questions.size());
        String filter = FilterWords.of(template.filter(), locale);
        String weightName = weight == null ? "" : weight.id();
        for (int from = 0; from < questions.size(); from += CHUNK) {
            progress.check();
            List<Question> chunk = questions.subList(from, Math.min(questions.size(), from + CHUNK));
            List<Crosstab> tables;
            try {
                tables = TableBook.compute(template, chunk, locale);
            } catch (IllegalArgumentException e) {
                throw new ExportException(e, "book.error.table", chunk.get(0).id(), e.getMessage());
            }
            for (Crosstab table : tables) {
                out.add(new ExportTable(table, filter, weightName, ""));
            }
            progress.step(out.size(), questions.size());
        }
        return out;
    }
}
