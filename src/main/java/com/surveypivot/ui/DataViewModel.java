package com.surveypivot.ui;

import com.surveypivot.analysis.Filter;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.RespondentSet;
import com.surveypivot.survey.Survey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Data tab's state: which respondents are listed (everyone the table's filter keeps, or the respondents behind
 * a grid cell), which columns are shown (every question by default; the user hides some) and, for reading free
 * text, a text question whose answers are listed first with only the respondents who wrote something.
 */
public final class DataViewModel {
    private final MainViewModel model;
    private final DeskText text;
    private final ObservableList<Integer> rows = FXCollections.observableArrayList();
    private final ObservableList<RespondentColumns.Column> shownColumns = FXCollections.observableArrayList();
    private final ObservableList<Question> textQuestions = FXCollections.observableArrayList();
    private final ObjectProperty<Question> verbatim = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper("");
    private final Set<String> hidden = new HashSet<>();
    private RespondentColumns columns;
    private int[] cell;
    private String cellText = "";

    public DataViewModel(MainViewModel model) {
        this.model = model;
        this.text = new DeskText(model.localeProperty());
        model.surveyProperty().addListener((obs, old, s) -> reset(s));
        model.tableOptions().filterConditions().addListener(
                (javafx.collections.MapChangeListener<Question, List<String>>) c -> showFilter());
        verbatim.addListener((obs, old, q) -> {
            refreshColumns();
            refreshRows();
        });
        model.localeProperty().addListener((obs, old, l) -> refreshSource());
        reset(model.surveyProperty().get());
    }

    private void reset(Survey survey) {
        cell = null;
        hidden.clear();
        verbatim.set(null);
        columns = survey == null ? null : RespondentColumns.of(survey);
        textQuestions.setAll(survey == null ? List.of() : survey.questions().stream()
                .filter(q -> q.type() == QuestionType.TEXT).toList());
        refreshColumns();
        refreshRows();
    }

    /** Lists everyone the table's filter keeps (after a cell was shown). */
    public void showFilter() {
        cell = null;
        refreshRows();
    }

    /** Lists the respondents behind a grid cell. */
    public boolean showCell(GridTable.Row row, int cellIndex) {
        GridTable grid = model.gridProperty().get();
        var found = model.respondentsOfCell(row, cellIndex);
        if (found.isEmpty() || grid == null) {
            return false;
        }
        cell = found.get();
        cellText = row.displayLabel() + " × " + grid.headers().get(cellIndex);
        refreshRows();
        return true;
    }

    /** Shows or hides a column. */
    public void setShown(RespondentColumns.Column column, boolean shown) {
        if (shown) {
            hidden.remove(column.header());
        } else {
            hidden.add(column.header());
        }
        refreshColumns();
    }

    public boolean isShown(RespondentColumns.Column column) {
        return !hidden.contains(column.header());
    }

    private void refreshColumns() {
        if (columns == null) {
            shownColumns.clear();
            return;
        }
        List<RespondentColumns.Column> shown = new ArrayList<>();
        Question v = verbatim.get();
        if (v != null && columns.column(v.id()) != null) {
            shown.add(columns.column(v.id()));
        }
        for (RespondentColumns.Column c : columns.columns()) {
            if (!hidden.contains(c.header()) && (v == null || !c.header().equals(v.id()))) {
                shown.add(c);
            }
        }
        shownColumns.setAll(shown);
    }

    private void refreshRows() {
        Survey survey = model.surveyProperty().get();
        if (survey == null) {
            rows.clear();
            refreshSource();
            return;
        }
        int n = survey.respondents();
        RespondentSet keep;
        if (cell != null) {
            keep = new RespondentSet(n);
            for (int r : cell) {
                keep.add(r);
            }
        } else {
            Filter filter = model.tableOptions().filter();
            keep = filter == null ? RespondentSet.all(n) : filter.select(n);
        }
        Question v = verbatim.get();
        if (v != null) {
            keep = keep.and(v.answered());
        }
        Integer[] list = new Integer[keep.count()];
        int[] at = {0};
        keep.forEach(r -> list[at[0]++] = r);
        rows.setAll(list);
        refreshSource();
    }

    private void refreshSource() {
        if (model.surveyProperty().get() == null) {
            source.set("");
        } else if (cell != null) {
            source.set(text.get("desk.data.cell", cellText, rows.size()));
        } else if (model.tableOptions().filter() != null) {
            source.set(text.get("desk.data.filtered", rows.size()));
        } else {
            source.set(text.get("desk.data.all", rows.size()));
        }
    }

    /** Respondent indices (0-based rows of the file's table) listed now. */
    public ObservableList<Integer> rows() {
        return rows;
    }

    public ObservableList<RespondentColumns.Column> shownColumns() {
        return shownColumns;
    }

    /** Every column, shown or not (for the column chooser). */
    public List<RespondentColumns.Column> allColumns() {
        return columns == null ? List.of() : columns.columns();
    }

    public ObservableList<Question> textQuestions() {
        return textQuestions;
    }

    public ObjectProperty<Question> verbatimProperty() {
        return verbatim;
    }

    /** What is listed, in words, with the number of rows. */
    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** Whether the rows are a cell's respondents (not the filter's). */
    public boolean showingCell() {
        return cell != null;
    }

    DeskText text() {
        return text;
    }
}
