package com.surveypivot.ui;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.RespondentSet;
import com.surveypivot.survey.Survey;
import com.surveypivot.survey.edit.AddCode;
import com.surveypivot.survey.edit.AssignCode;
import com.surveypivot.survey.edit.CombinedEdit;
import com.surveypivot.survey.edit.RemoveCode;
import com.surveypivot.survey.edit.SurveyEdit;
import com.surveypivot.survey.edit.TextCodes;
import com.surveypivot.text.TextAnswers;
import com.surveypivot.text.WordCounts;
import com.surveypivot.text.WordFrequency;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The code frame of the free-text question shown: its codes, how many answers each has, the answers not coded yet,
 * and keyword rules suggested from the frequent words (a word that is not a code yet, with how many answers use
 * it). Every change is a survey edit through the window's {@link SurveyEditor}, so it can be undone; the coded
 * question ({@code <id>_codes}) is then in the question list like any multi-response question.
 */
public final class TextCodingModel {
    /** How many keyword rules are suggested. */
    static final int SUGGESTIONS = 12;
    private final MainViewModel main;
    private final TextAnswersModel answers;
    private final ObservableList<String> codes = FXCollections.observableArrayList();
    private final ObservableList<WordFrequency> suggestions = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper uncoded = new ReadOnlyIntegerWrapper();

    TextCodingModel(MainViewModel main, TextAnswersModel answers) {
        this.main = main;
        this.answers = answers;
    }

    void refresh() {
        Survey s = main.surveyProperty().get();
        Question q = answers.questionProperty().get();
        if (s == null || q == null) {
            codes.clear();
            suggestions.clear();
            uncoded.set(0);
            return;
        }
        codes.setAll(TextCodes.coded(s, q.id()).map(Question::categories).orElse(List.of()));
        uncoded.set(TextCodes.uncoded(s, q.id()).count());
        TextAnswers index = answers.indexProperty().get();
        List<WordFrequency> list = new ArrayList<>();
        if (index != null) {
            for (WordFrequency w : WordCounts.top(index, null, SUGGESTIONS + codes.size()).words()) {
                if (!codes.contains(w.word()) && list.size() < SUGGESTIONS) {
                    list.add(w);
                }
            }
        }
        suggestions.setAll(list);
    }

    /** Adds a code with no answers. */
    public boolean addCode(String name) {
        Question q = answers.questionProperty().get();
        if (q == null || name == null || name.isBlank()) {
            return false;
        }
        return main.editor().apply(new AddCode(q.id(), name));
    }

    public boolean removeCode(String code) {
        Question q = answers.questionProperty().get();
        return q != null && main.editor().apply(new RemoveCode(q.id(), code));
    }

    /** Assigns a code to (or takes it off) the answers of these respondents. */
    public boolean assign(String code, Collection<Integer> respondents, boolean on) {
        Question q = answers.questionProperty().get();
        if (q == null || code == null || respondents.isEmpty()) {
            return false;
        }
        return main.editor().apply(new AssignCode(q.id(), code, List.copyOf(respondents), on));
    }

    /**
     * The keyword rule "answers using {@code word} get {@code code}": the code is made when it does not exist yet
     * (one edit, one undo step), then given to every answer of the question that uses the word.
     */
    public boolean applyRule(String word, String code) {
        Question q = answers.questionProperty().get();
        TextAnswers index = answers.indexProperty().get();
        if (q == null || index == null || code == null || code.isBlank()) {
            return false;
        }
        RespondentSet using = index.using(word);
        List<Integer> respondents = new ArrayList<>();
        using.forEach(respondents::add);
        List<SurveyEdit> steps = new ArrayList<>();
        if (!codes.contains(code.strip())) {
            steps.add(new AddCode(q.id(), code));
        }
        if (!respondents.isEmpty()) {
            steps.add(new AssignCode(q.id(), code.strip(), respondents, true));
        }
        if (steps.isEmpty()) {
            return false;
        }
        return main.editor().apply(steps.size() == 1 ? steps.get(0) : new CombinedEdit(steps));
    }

    /** How many answers a code has now. */
    public int count(String code) {
        Survey s = main.surveyProperty().get();
        Question q = answers.questionProperty().get();
        if (s == null || q == null) {
            return 0;
        }
        return TextCodes.coded(s, q.id()).filter(c -> c.indexOf(code) >= 0)
                .map(c -> c.count(c.indexOf(code))).orElse(0);
    }

    public ObservableList<String> codes() {
        return codes;
    }

    public ObservableList<WordFrequency> suggestions() {
        return suggestions;
    }

    /** How many answers have no code. */
    public ReadOnlyIntegerProperty uncodedProperty() {
        return uncoded.getReadOnlyProperty();
    }
}
