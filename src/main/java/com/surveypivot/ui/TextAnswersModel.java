package com.surveypivot.ui;

import com.surveypivot.analysis.Filter;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.RespondentSet;
import com.surveypivot.survey.Survey;
import com.surveypivot.survey.edit.TextCodes;
import com.surveypivot.text.CharacteristicWord;
import com.surveypivot.text.CharacteristicWords;
import com.surveypivot.text.RespondentValues;
import com.surveypivot.text.TextAnswers;
import com.surveypivot.text.WordCounts;
import com.surveypivot.text.WordFrequency;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The state of the Text answers tab (no controls): the free-text question shown, its answers tokenised in the
 * background (once per question), the answers in view — the table's filter, a segment of the table's attribute,
 * a search, a clicked word, uncoded only — with the chosen attribute columns beside them, the segment's most
 * frequent words and its characteristic words against the rest of the filtered answers.
 */
public final class TextAnswersModel {
    /** How many words the words table and the chart show. */
    static final int TOP_WORDS = 30;
    private final MainViewModel main;
    private final ObservableList<Question> textQuestions = FXCollections.observableArrayList();
    private final ObservableList<Question> listed = FXCollections.observableArrayList();
    private final ObjectProperty<Question> question = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<TextAnswers> index = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Question> columns = FXCollections.observableArrayList();
    private final ObjectProperty<String> segment = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<String> word = new SimpleObjectProperty<>();
    private final BooleanProperty uncodedOnly = new SimpleBooleanProperty(false);
    private final ObservableList<TextAnswerRow> rows = FXCollections.observableArrayList();
    private final ObservableList<WordFrequency> words = FXCollections.observableArrayList();
    private final ObservableList<CharacteristicWord> characteristic = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper inView = new ReadOnlyIntegerWrapper();
    private final Map<Question, TextAnswers> cache = new WeakHashMap<>();
    private final TextCodingModel coding;
    private Runnable onOpen = () -> { };
    private Task<TextAnswers> running;
    private boolean active;

    TextAnswersModel(MainViewModel main) {
        this.main = main;
        this.coding = new TextCodingModel(main, this);
        main.surveyProperty().addListener((obs, old, s) -> surveyChanged(s));
        main.questions().addListener((ListChangeListener<Question>) c -> refreshListed());
        main.tableOptions().addListener(o -> refresh());
        main.attributeProperty().addListener((obs, old, a) -> {
            // (the attribute is null for a moment while an edited survey is shown: the segment waits for it)
            if (a != null && segment.get() != null && a.indexOf(segment.get()) < 0) {
                segment.set(null);
            }
            refresh();
        });
        question.addListener((obs, old, q) -> questionChanged(q));
        segment.addListener((obs, old, s) -> refresh());
        search.addListener((obs, old, s) -> refreshRows());
        word.addListener((obs, old, w) -> refreshRows());
        uncodedOnly.addListener((obs, old, u) -> refreshRows());
        columns.addListener((ListChangeListener<Question>) c -> refreshRows());
    }

    /** Shows a free-text question in the tab and brings the tab to the front. */
    public void open(Question q) {
        activate();
        question.set(textQuestions.stream().filter(t -> t.id().equals(q.id())).findFirst().orElse(q));
        onOpen.run();
    }

    /** The tab is shown: from now on the question's answers are tokenised (not before, so loading stays light). */
    void activate() {
        if (!active) {
            active = true;
            questionChanged(question.get());
        }
    }

    void setOnOpen(Runnable action) {
        this.onOpen = action;
    }

    private void surveyChanged(Survey s) {
        Question current = question.get();
        List<Question> texts = s == null ? List.of()
                : s.questions().stream().filter(q -> q.type() == QuestionType.TEXT).toList();
        if (!sameObjects(texts, textQuestions)) {
            // (replacing equal items would make the question box drop its value)
            textQuestions.setAll(texts);
        }
        List<Question> kept = new ArrayList<>();
        for (Question c : columns) {
            if (s != null) {
                s.find(c.id()).filter(q -> q.id().equals(c.id())).ifPresent(kept::add);
            }
        }
        columns.setAll(kept);
        refreshListed();
        Question same = current == null ? null
                : textQuestions.stream().filter(q -> q.id().equals(current.id())).findFirst().orElse(null);
        if (same == null && current != null) {
            word.set(null);
        }
        if (same == question.get()) {
            coding.refresh();
            refresh();
        } else {
            question.set(same != null ? same : textQuestions.isEmpty() ? null : textQuestions.get(0));
        }
    }

    private static boolean sameObjects(List<Question> a, List<Question> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** The question list's entries: the crossable questions, and the text questions in their survey place. */
    private void refreshListed() {
        Survey s = main.surveyProperty().get();
        List<Question> list = new ArrayList<>();
        if (s != null) {
            for (Question q : s.questions()) {
                if (q.type() == QuestionType.TEXT || main.questions().contains(q)) {
                    list.add(q);
                }
            }
        }
        listed.setAll(list);
    }

    private void questionChanged(Question q) {
        word.set(null);
        if (running != null) {
            running.cancel();
            running = null;
        }
        index.set(q == null ? null : cache.get(q));
        coding.refresh();
        refresh();
        if (q != null && index.get() == null && active) {
            Task<TextAnswers> task = new Task<>() {
                @Override
                protected TextAnswers call() {
                    return TextAnswers.of(q, this::isCancelled);
                }
            };
            task.setOnSucceeded(e -> {
                cache.put(q, task.getValue());
                if (question.get() == q) {
                    index.set(task.getValue());
                    coding.refresh();
                    refresh();
                }
            });
            running = task;
            main.executor().execute(task);
        }
    }

    /** The respondents in view before search, word and coding: the table's filter and the chosen segment. */
    RespondentSet base() {
        Survey s = main.surveyProperty().get();
        if (s == null) {
            return null;
        }
        Filter f = main.tableOptions().filter();
        RespondentSet keep = f == null ? null : f.select(s.respondents());
        RespondentSet seg = segmentMembers();
        return seg == null ? keep : keep == null ? seg : keep.and(seg);
    }

    private RespondentSet segmentMembers() {
        Question by = main.attributeProperty().get();
        String label = segment.get();
        if (by == null || label == null || by.indexOf(label) < 0) {
            return null;
        }
        return by.members(by.indexOf(label));
    }

    /** Everything shown: the words, the characteristic words and the answers. */
    void refresh() {
        TextAnswers answers = index.get();
        if (answers == null) {
            words.clear();
            characteristic.clear();
        } else {
            words.setAll(WordCounts.top(answers, base(), TOP_WORDS).words());
            RespondentSet seg = segmentMembers();
            Survey s = main.surveyProperty().get();
            Filter f = main.tableOptions().filter();
            characteristic.setAll(seg == null ? List.of()
                    : CharacteristicWords.of(answers, f == null ? null : f.select(s.respondents()), seg));
        }
        refreshRows();
    }

    private void refreshRows() {
        TextAnswers answers = index.get();
        Survey s = main.surveyProperty().get();
        Question q = question.get();
        if (answers == null || s == null || q == null) {
            rows.clear();
            inView.set(0);
            return;
        }
        RespondentSet base = base();
        RespondentSet uncoded = uncodedOnly.get() ? TextCodes.uncoded(s, q.id()) : null;
        Question coded = TextCodes.coded(s, q.id()).orElse(null);
        Question id = s.questions().stream().filter(x -> x.type() == QuestionType.ID).findFirst().orElse(null);
        String needle = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        String w = word.get();
        List<TextAnswerRow> list = new ArrayList<>();
        int total = 0;
        for (int a = 0; a < answers.size(); a++) {
            int r = answers.respondent(a);
            if (base != null && !base.contains(r)) {
                continue;
            }
            total++;
            String text = answers.text(a);
            if ((!needle.isEmpty() && !text.toLowerCase(Locale.ROOT).contains(needle))
                    || (w != null && !answers.uses(a, w)) || (uncoded != null && !uncoded.contains(r))) {
                continue;
            }
            List<String> values = new ArrayList<>();
            for (Question c : columns) {
                values.add(RespondentValues.value(c, r));
            }
            String label = id == null ? String.valueOf(r + 1) : RespondentValues.value(id, r);
            list.add(new TextAnswerRow(r, label, values, coded == null ? "" : RespondentValues.value(coded, r), text));
        }
        rows.setAll(list);
        inView.set(total);
    }

    // ---- properties

    public ObservableList<Question> textQuestions() {
        return textQuestions;
    }

    /** What the question list shows: crossable questions and text questions, in survey order. */
    public ObservableList<Question> listedQuestions() {
        return listed;
    }

    public ObjectProperty<Question> questionProperty() {
        return question;
    }

    public ReadOnlyObjectProperty<TextAnswers> indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ObservableList<Question> columns() {
        return columns;
    }

    public ObjectProperty<String> segmentProperty() {
        return segment;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<String> wordProperty() {
        return word;
    }

    public BooleanProperty uncodedOnlyProperty() {
        return uncodedOnly;
    }

    public ObservableList<TextAnswerRow> rows() {
        return rows;
    }

    public ObservableList<WordFrequency> words() {
        return words;
    }

    public ObservableList<CharacteristicWord> characteristic() {
        return characteristic;
    }

    /** How many answers the filter and the segment keep (the rows are those, narrowed by search, word, coding). */
    public ReadOnlyIntegerProperty inViewProperty() {
        return inView.getReadOnlyProperty();
    }

    public TextCodingModel coding() {
        return coding;
    }

    MainViewModel main() {
        return main;
    }
}
