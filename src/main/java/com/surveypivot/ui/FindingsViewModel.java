package com.surveypivot.ui;

import com.surveypivot.findings.Finding;
import com.surveypivot.findings.FindingWriter;
import com.surveypivot.findings.ScanOptions;
import com.surveypivot.findings.ScanResult;
import com.surveypivot.findings.SurveyScan;
import com.surveypivot.i18n.Messages;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.concurrent.Task;

/**
 * The Findings tab's state: the scan of the whole survey run in the background (progress, cancel), its findings
 * with a filter (question, attribute, minimum gap), and the two actions on a finding: open its table in the
 * workspace, add its sentence to that table's notes.
 */
final class FindingsViewModel {
    private final MainViewModel main;
    private final ObservableList<Finding> all = FXCollections.observableArrayList();
    private final FilteredList<Finding> shown = new FilteredList<>(all, f -> true);
    private final ObservableList<Question> questions = FXCollections.observableArrayList();
    private final ObservableList<Question> attributes = FXCollections.observableArrayList();
    private final ObjectProperty<Question> questionFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Question> attributeFilter = new SimpleObjectProperty<>();
    private final DoubleProperty minGap = new SimpleDoubleProperty(0);
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final ObjectProperty<ScanResult> result = new SimpleObjectProperty<>();
    /** What the scan may cover, and what the user chose of it (empty: the scan's defaults). */
    private final ObservableList<Question> questionChoices = FXCollections.observableArrayList();
    private final ObservableList<Question> attributeChoices = FXCollections.observableArrayList();
    private final ObservableList<Question> scanQuestions = FXCollections.observableArrayList();
    private final ObservableList<Question> scanAttributes = FXCollections.observableArrayList();
    private Task<ScanResult> current;

    FindingsViewModel(MainViewModel main) {
        this.main = main;
        questionFilter.addListener(o -> refilter());
        attributeFilter.addListener(o -> refilter());
        minGap.addListener(o -> refilter());
        main.surveyProperty().addListener((obs, old, s) -> {
            cancel();
            show(null);
            scanQuestions.clear();
            scanAttributes.clear();
            questionChoices.setAll(s == null ? java.util.List.of() : SurveyScan.questionChoices(s));
            attributeChoices.setAll(s == null ? java.util.List.of() : SurveyScan.attributeChoices(s));
        });
    }

    /** Scans the current survey in the background, weighted as the workspace's tables are. */
    Task<ScanResult> run() {
        Survey survey = main.surveyProperty().get();
        if (survey == null) {
            return null;
        }
        cancel();
        Question weight = main.tableOptions().weightProperty().get();
        ScanOptions options = ScanOptions.defaults().withWeight(weight).withFilter(main.tableOptions().filter())
                .withQuestions(scanQuestions.stream().filter(q -> q != weight).toList())
                .withAttributes(scanAttributes.stream().filter(q -> q != weight).toList());
        Task<ScanResult> task = new Task<>() {
            @Override
            protected ScanResult call() {
                return SurveyScan.run(survey, options, (done, total) -> updateProgress(done, Math.max(1, total)),
                        this::isCancelled);
            }
        };
        current = task;
        running.set(true);
        progress.bind(task.progressProperty());
        task.setOnSucceeded(e -> finish(task, task.getValue()));
        task.setOnFailed(e -> {
            finish(task, null);
            main.statusProperty().set(main.messageOf(task.getException()));
        });
        task.setOnCancelled(e -> finish(task, result.get()));
        main.executor().execute(task);
        return task;
    }

    /** Stops the scan in progress; the findings shown before stay. */
    void cancel() {
        Task<ScanResult> task = current;
        if (task != null) {
            task.cancel();
        }
    }

    private void finish(Task<ScanResult> task, ScanResult value) {
        if (current != task) {
            return;
        }
        current = null;
        progress.unbind();
        progress.set(0);
        running.set(false);
        show(value);
    }

    private void show(ScanResult value) {
        result.set(value);
        all.setAll(value == null ? java.util.List.of() : value.findings());
        LinkedHashSet<Question> qs = new LinkedHashSet<>();
        LinkedHashSet<Question> as = new LinkedHashSet<>();
        for (Finding f : all) {
            qs.add(f.question());
            as.add(f.attribute());
        }
        questionFilter.set(null);
        attributeFilter.set(null);
        questions.setAll(qs);
        attributes.setAll(as);
        refilter();
    }

    private void refilter() {
        Question q = questionFilter.get();
        Question a = attributeFilter.get();
        double gap = minGap.get();
        Predicate<Finding> keep = f -> (q == null || f.question() == q) && (a == null || f.attribute() == a)
                && (f.gap() == null || Math.abs(f.gap()) >= gap); // as the command line: tables have no gap
        shown.setPredicate(keep);
    }

    /** Shows the finding's table in the workspace (question and attribute of the pivot). */
    void open(Finding f) {
        if (main.questionProperty().get() == f.question() && main.attributeProperty().get() == f.attribute()) {
            return;
        }
        main.questionProperty().set(null);
        main.attributeProperty().set(f.attribute());
        main.questionProperty().set(f.question());
    }

    /** Opens the finding's table and adds its sentence, as a line of its own, to the user's note on that table. */
    void addToNotes(Finding f) {
        open(f);
        String line = main.text().get("notes.bullet") + sentence(f);
        String note = main.userNoteProperty().get() == null ? "" : main.userNoteProperty().get();
        if (!note.contains(line)) {
            main.userNoteProperty().set(note.isEmpty() || note.endsWith("\n") ? note + line : note + "\n" + line);
        }
    }

    String sentence(Finding f) {
        return FindingWriter.sentence(f, locale());
    }

    String method() {
        return result.get() == null ? "" : FindingWriter.method(result.get(), locale());
    }

    Locale locale() {
        return main.localeProperty().get();
    }

    /** A text of the findings bundle that follows the window's language. */
    StringBinding bind(String key, Object... args) {
        return javafx.beans.binding.Bindings.createStringBinding(() -> Messages.get(locale(), key, args),
                main.localeProperty());
    }

    MainViewModel main() {
        return main;
    }

    ObservableList<Finding> shown() {
        return shown;
    }

    ObservableList<Finding> all() {
        return all;
    }

    ObservableList<Question> questions() {
        return questions;
    }

    ObservableList<Question> attributes() {
        return attributes;
    }

    ObjectProperty<Question> questionFilterProperty() {
        return questionFilter;
    }

    ObjectProperty<Question> attributeFilterProperty() {
        return attributeFilter;
    }

    DoubleProperty minGapProperty() {
        return minGap;
    }

    BooleanProperty runningProperty() {
        return running;
    }

    DoubleProperty progressProperty() {
        return progress;
    }

    ObservableList<Question> questionChoices() {
        return questionChoices;
    }

    ObservableList<Question> attributeChoices() {
        return attributeChoices;
    }

    ObservableList<Question> scanQuestions() {
        return scanQuestions;
    }

    ObservableList<Question> scanAttributes() {
        return scanAttributes;
    }

    ObjectProperty<ScanResult> resultProperty() {
        return result;
    }
}
