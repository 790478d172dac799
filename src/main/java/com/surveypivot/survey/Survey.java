package com.surveypivot.survey;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A survey as loaded: respondents × questions, plus where it came from.
 *
 * @param title       a display title (the file name without extension, or the sample's title)
 * @param sheet       the sheet the data came from (the file name's base for CSV)
 * @param headerRow   the 1-based row of the (first) header row
 * @param headerRows  how many header rows there are
 * @param layout      the recognised export layout, e.g. {@code generic}, {@code panel}, {@code google-forms}
 * @param respondents how many respondents (data rows)
 * @param questions   the questions in column order
 * @param weightId    the id of the number question the file declares as its weight (an SPSS file's weight
 *                    variable), or null: other formats declare none
 */
public record Survey(String title, String sheet, int headerRow, int headerRows, String layout, int respondents,
        List<Question> questions, String weightId) {

    public Survey {
        Objects.requireNonNull(title);
        Objects.requireNonNull(sheet);
        Objects.requireNonNull(layout);
        questions = List.copyOf(questions);
    }

    /** A survey whose file declares no weight. */
    public Survey(String title, String sheet, int headerRow, int headerRows, String layout, int respondents,
            List<Question> questions) {
        this(title, sheet, headerRow, headerRows, layout, respondents, questions, null);
    }

    /** A copy that declares question {@code id} (null: none) as the file's weight. */
    public Survey withWeight(String id) {
        return new Survey(title, sheet, headerRow, headerRows, layout, respondents, questions, id);
    }

    /**
     * A copy with other questions; the declared weight stays while a question of its id is still there.
     */
    public Survey withQuestions(List<Question> newQuestions) {
        String kept = weightId != null && newQuestions.stream().anyMatch(q -> q.id().equals(weightId)) ? weightId
                : null;
        return new Survey(title, sheet, headerRow, headerRows, layout, respondents, newQuestions, kept);
    }

    /**
     * Finds a question by id, by exact header text, or by its text without code; ids win over texts.
     */
    public Optional<Question> find(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String wanted = key.strip();
        for (Question q : questions) {
            if (q.id().equals(wanted)) {
                return Optional.of(q);
            }
        }
        for (Question q : questions) {
            if (q.columns().size() == 1 && q.columns().get(0).strip().equals(wanted)) {
                return Optional.of(q);
            }
        }
        for (Question q : questions) {
            if (q.text().equals(wanted) || (q.id() + " " + q.text()).equals(wanted)) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    /** The questions that can be crossed (everything but free text and ids). */
    public List<Question> crossableQuestions() {
        return questions.stream().filter(Question::isCrossable).toList();
    }

    /** A copy with one more (or a replaced) question, e.g. a multi-response set declared by the user. */
    public Survey withQuestion(Question question) {
        List<Question> list = new java.util.ArrayList<>(questions);
        list.removeIf(q -> q.id().equals(question.id()));
        list.add(question);
        return withQuestions(list);
    }
}
