package com.surveypivot.analysis;

import com.surveypivot.i18n.Messages;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.RespondentSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who is in a table: conditions on any question's answers combined with and / or / not. An answer is matched by
 * its label as displayed: a category label, a number by its value ({@code 2014} matches a number cell 2014 and
 * 2014.0), a text or id by its text. A respondent who did not answer a question matches none of its answers.
 */
public sealed interface Filter {

    /** The respondents the filter keeps, out of {@code respondents}. */
    RespondentSet select(int respondents);

    /** Respondents who gave any of the answers (for a multi-response question: ticked any of the options). */
    static Filter answer(Question question, String... labels) {
        return new Answer(question, List.of(labels));
    }

    static Filter and(Filter... parts) {
        return new All(List.of(parts));
    }

    static Filter or(Filter... parts) {
        return new Any(List.of(parts));
    }

    static Filter not(Filter part) {
        return new Not(part);
    }

    /**
     * Parses the command line's {@code Q=answer|answer}: Q a question id or header text found by {@code lookup}.
     *
     * @throws IllegalArgumentException with a translated one-line message for bad syntax, an unknown question or
     *                                  an answer the question does not have
     */
    static Filter parse(String text, Function<String, Optional<Question>> lookup) {
        int eq = text == null ? -1 : text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new IllegalArgumentException(Messages.get("analysis.error.filterSyntax", String.valueOf(text)));
        }
        String key = text.substring(0, eq).strip();
        Question question = lookup.apply(key).orElseThrow(() -> new IllegalArgumentException(
                Messages.get("analysis.error.filterQuestion", key)));
        List<String> labels = new ArrayList<>();
        for (String part : text.substring(eq + 1).split("\\|")) {
            if (!part.strip().isEmpty()) {
                labels.add(part.strip());
            }
        }
        if (labels.isEmpty()) {
            throw new IllegalArgumentException(Messages.get("analysis.error.filterSyntax", text));
        }
        Answer answer = new Answer(question, labels);
        for (String label : labels) {
            if (!answer.known(label)) {
                throw new IllegalArgumentException(Messages.get("analysis.error.filterAnswer", label, question.id()));
            }
        }
        return answer;
    }

    /** Any of some answers of one question. */
    record Answer(Question question, List<String> labels) implements Filter {
        public Answer {
            labels = List.copyOf(labels);
        }

        @Override
        public RespondentSet select(int respondents) {
            RespondentSet out = new RespondentSet(respondents);
            for (String label : labels) {
                for (int c = 0; c < question.categoryCount(); c++) {
                    if (sameLabel(question.categories().get(c), label)) {
                        out = out.or(question.members(c));
                    }
                }
                BigDecimal wanted = number(label);
                if (question.type() == QuestionType.NUMBER && wanted != null) {
                    double[] values = question.numbers();
                    for (int r = 0; r < values.length; r++) {
                        if (!Double.isNaN(values[r]) && Double.isFinite(values[r])
                                && BigDecimal.valueOf(values[r]).compareTo(wanted) == 0) {
                            out.add(r);
                        }
                    }
                }
                if (question.texts() != null) {
                    List<String> texts = question.texts();
                    for (int r = 0; r < texts.size(); r++) {
                        if (texts.get(r) != null && texts.get(r).strip().equals(label)) {
                            out.add(r);
                        }
                    }
                }
            }
            return out.and(question.answered());
        }

        /** Whether the question has this answer (a category label, a number value or a text given). */
        public boolean known(String label) {
            for (String category : question.categories()) {
                if (sameLabel(category, label)) {
                    return true;
                }
            }
            if (question.type() == QuestionType.NUMBER && number(label) != null) {
                BigDecimal wanted = number(label);
                return Arrays.stream(question.numbers()).filter(Double::isFinite)
                        .anyMatch(v -> BigDecimal.valueOf(v).compareTo(wanted) == 0);
            }
            return question.texts() != null
                    && question.texts().stream().anyMatch(t -> t != null && t.strip().equals(label));
        }

        private static boolean sameLabel(String category, String label) {
            if (category.strip().equals(label.strip())) {
                return true;
            }
            BigDecimal a = number(category);
            BigDecimal b = number(label);
            return a != null && b != null && a.compareTo(b) == 0;
        }

        private static BigDecimal number(String s) {
            String t = s.strip();
            if (t.isEmpty() || !(Character.isDigit(t.charAt(0)) || t.charAt(0) == '-' || t.charAt(0) == '.')) {
                return null;
            }
            try {
                return new BigDecimal(t);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    /** All of some conditions. */
    record All(List<Filter> parts) implements Filter {
        public All {
            parts = List.copyOf(parts);
        }

        @Override
        public RespondentSet select(int respondents) {
            RespondentSet out = RespondentSet.all(respondents);
            for (Filter part : parts) {
                out = out.and(part.select(respondents));
            }
            return out;
        }
    }

    /** Any of some conditions. */
    record Any(List<Filter> parts) implements Filter {
        public Any {
            parts = List.copyOf(parts);
        }

        @Override
        public RespondentSet select(int respondents) {
            RespondentSet out = new RespondentSet(respondents);
            for (Filter part : parts) {
                out = out.or(part.select(respondents));
            }
            return out;
        }
    }

    /** Everyone the condition does not keep (also those who did not answer its question). */
    record Not(Filter part) implements Filter {
        @Override
        public RespondentSet select(int respondents) {
            return RespondentSet.all(respondents).andNot(part.select(respondents));
        }
    }
}
