package com.surveypivot.ui;

import com.surveypivot.analysis.Crosstab;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The grid's own settings beyond counts / % and the layout (which the view model keeps): count and % together,
 * decimals (0–2) and which Total is shown. Turns a table into the grid with them.
 */
public final class GridSettings {
    private final BooleanProperty countAndPercent = new SimpleBooleanProperty(false);
    private final IntegerProperty decimals = new SimpleIntegerProperty(1);
    private final ObjectProperty<GridFormat.TotalBase> total = new SimpleObjectProperty<>(GridFormat.TotalBase.TABLE);

    void addListener(InvalidationListener listener) {
        countAndPercent.addListener(listener);
        decimals.addListener(listener);
        total.addListener(listener);
    }

    /** The format of the grid with the view model's counts and layout switches. */
    GridFormat format(boolean counts, boolean transposed) {
        GridFormat.Content content = countAndPercent.get() ? GridFormat.Content.BOTH
                : counts ? GridFormat.Content.COUNT : GridFormat.Content.PERCENT;
        return new GridFormat(content, Math.max(0, Math.min(2, decimals.get())), transposed, total.get());
    }

    /**
     * The grid of a table.
     *
     * @param questionOnly the same table without an attribute (asked for only when the wider Total is chosen)
     */
    GridTable grid(Crosstab table, boolean counts, boolean transposed, Supplier<Crosstab> questionOnly, UiText text) {
        Crosstab shown = table;
        if (total.get() == GridFormat.TotalBase.ANSWERED && table.by() != null) {
            Crosstab wide = questionOnly.get();
            if (wide != null) {
                shown = GridTotals.withAnsweredTotal(table, wide);
            }
        }
        return GridTable.of(shown, format(counts, transposed), text);
    }

    public BooleanProperty countAndPercentProperty() {
        return countAndPercent;
    }

    public IntegerProperty decimalsProperty() {
        return decimals;
    }

    public ObjectProperty<GridFormat.TotalBase> totalProperty() {
        return total;
    }
}
