package com.surveypivot.cli;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.CrosstabEngine;
import com.surveypivot.i18n.LocalizedException;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.Survey;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Which table: the question (rows) and the attribute to break it down by (columns). */
final class TableOptions {
    @Option(names = "--question", required = true, paramLabel = "Q", description = "question id or exact header text")
    String question;

    @Option(names = "--by", required = true, paramLabel = "A", description = "attribute id or exact header text")
    String by;

    /** The unweighted crosstab of the chosen question by the chosen attribute. */
    Crosstab crosstab(Survey survey) throws LocalizedException {
        return CrosstabEngine.crosstab(find(survey, question), find(survey, by));
    }

    /**
     * A crossable question by id or exact header text (also a grid's item by its id); an unknown key or a
     * question that cannot be crossed is an input error naming just that key.
     */
    static Question find(Survey survey, String key) throws LocalizedException {
        Optional<Question> found = survey.find(key);
        if (found.isEmpty()) {
            found = survey.questions().stream().flatMap(q -> q.items().stream())
                    .filter(item -> item.id().equals(key.strip())).findFirst();
        }
        Question q = found.orElseThrow(() -> new LocalizedException("cli.error.unknownQuestion", key));
        if (q.type() == QuestionType.GRID) {
            throw new LocalizedException("cli.error.grid", key, q.items().get(0).id());
        }
        if (!q.isCrossable()) {
            throw new LocalizedException("cli.error.notCrossable", key, q.type().jsonName());
        }
        return q;
    }
}
