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
 */
public record Survey(String title, String sheet, int headerRow, int headerRows, String layout, int respondents,
        List<Question> questions) {

    public Survey {
        Objects.requireNonNull(title);
        Objects.requireNonNull(sheet);
        Objects.requireNonNull(layout);
        questions = List.copyOf(questions);
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
        return new Survey(title, sheet, headerRow, headerRows, layout, respondents, list);
    }
}
