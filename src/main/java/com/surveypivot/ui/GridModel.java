package com.surveypivot.ui;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.CrosstabEngine;
import com.surveypivot.survey.Question;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/** The grid shown of the table: its layout (counts, transposed, grid settings) and the grid made from the table. */
final class GridModel {
    private final UiText text;
    private final ObjectProperty<Question> question;
    private final TableOptionsModel tableOptions;
    private final ReadOnlyObjectWrapper<GridTable> grid = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty showCounts = new SimpleBooleanProperty(false);
    private final BooleanProperty transposed = new SimpleBooleanProperty(false);
    private final GridSettings gridSettings = new GridSettings();
    private Crosstab answeredTotal;

    GridModel(UiText text, ObjectProperty<Question> question, TableOptionsModel tableOptions) {
        this.text = text;
        this.question = question;
        this.tableOptions = tableOptions;
    }

    /** Makes the grid of a table (none for no table). */
    void refresh(Crosstab table) {
        answeredTotal = null;
        grid.set(table == null ? null : gridSettings.grid(table, showCounts.get(), transposed.get(),
                () -> answeredTotal = questionOnlyTable(), text));
    }

    /** The question's table whose Total the grid shows instead of the table's; null when it shows the table's. */
    Crosstab answeredTotal() {
        return answeredTotal;
    }

    /** The current question's table without an attribute (same filter, weight, options); null if it fails. */
    Crosstab questionOnlyTable() {
        Question q = question.get();
        try {
            return q == null ? null : CrosstabEngine.compute(tableOptions.spec(q, null));
        } catch (RuntimeException e) {
            return null;
        }
    }

    ReadOnlyObjectProperty<GridTable> grid() {
        return grid.getReadOnlyProperty();
    }

    BooleanProperty showCounts() {
        return showCounts;
    }

    BooleanProperty transposed() {
        return transposed;
    }

    GridSettings settings() {
        return gridSettings;
    }
}
