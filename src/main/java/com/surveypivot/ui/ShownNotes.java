package com.surveypivot.ui;

import com.surveypivot.notes.Note;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The notes of the view shown (the table's generated notes, or the map's quadrant notes while the map is shown), and
 * the key of the user's note kept for that table or map.
 */
final class ShownNotes {
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ObservableList<Note> generatedNotes = FXCollections.observableArrayList();
    private final ObservableList<Note> shownNotes = FXCollections.observableArrayList();
    private ReadOnlyObjectProperty<Survey> survey;
    private ObjectProperty<MainViewModel.ChartView> chartView;
    private SegmentMapViewModel map;
    private ObjectProperty<Question> question;
    private ObjectProperty<Question> attribute;
    private NoteBook noteBook;

    /** Follows the view shown, the map and the generated notes (once, when the main view model is built). */
    void follow(ReadOnlyObjectProperty<Survey> survey, ObjectProperty<MainViewModel.ChartView> chartView,
            SegmentMapViewModel map, ObjectProperty<Question> question, ObjectProperty<Question> attribute,
            NoteBook noteBook) {
        this.survey = survey;
        this.chartView = chartView;
        this.map = map;
        this.question = question;
        this.attribute = attribute;
        this.noteBook = noteBook;
        generatedNotes.addListener((ListChangeListener<Note>) c -> refreshShown());
        map.notes().addListener((ListChangeListener<Note>) c -> refreshShown());
        chartView.addListener((obs, old, v) -> {
            refreshShown();
            refreshKey();
        });
        map.dataProperty().addListener((obs, old, d) -> refreshKey());
    }

    /** Switches the user's note to the one kept for the table or the map shown. */
    void refreshKey() {
        String key;
        if (survey.get() == null) {
            key = "";
        } else if (chartView.get() == MainViewModel.ChartView.MAP) {
            String mapKey = map.noteKey();
            key = mapKey.isEmpty() ? "" : survey.get().title() + "\u0000" + mapKey;
        } else {
            Question q = question.get();
            Question a = attribute.get();
            key = q == null ? "" : survey.get().title() + "\u0000" + q.id() + "\u0000" + (a == null ? "" : a.id());
        }
        noteBook.switchTo(key);
    }

    private void refreshShown() {
        shownNotes.setAll(chartView.get() == MainViewModel.ChartView.MAP ? map.notes() : generatedNotes);
    }

    /** Shows the notes of a computed table. */
    void setGenerated(java.util.List<Note> generated) {
        generatedNotes.setAll(generated);
        notes.setAll(generated.stream().map(Note::text).toList());
    }

    ObservableList<String> notes() {
        return notes;
    }

    ObservableList<Note> generated() {
        return generatedNotes;
    }

    ObservableList<Note> shown() {
        return shownNotes;
    }
}
