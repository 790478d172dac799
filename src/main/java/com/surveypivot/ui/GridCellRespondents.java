package com.surveypivot.ui;

import com.surveypivot.analysis.CellMembers;
import com.surveypivot.analysis.Crosstab;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.RespondentSet;
import java.util.Optional;

/**
 * Finds the respondents behind a cell of the grid: the grid row and cell are mapped back to the table's row (answer
 * or NET; a base cell is the whole column) and column (Total or segment), then {@link CellMembers} gives the set.
 * With the wider Total chosen, the Total column's respondents are everyone (in the filter) who answered the question.
 */
final class GridCellRespondents {
    private GridCellRespondents() {
    }

    static Optional<int[]> of(MainViewModel model, GridTable.Row row, int cell) {
        Crosstab table = model.crosstabProperty().get();
        GridTable grid = model.gridProperty().get();
        Question question = model.questionProperty().get();
        if (table == null || grid == null || question == null || cell < 0) {
            return Optional.empty();
        }
        int rowIndex = -1;
        for (int i = 0; i < grid.rows().size(); i++) {
            if (grid.rows().get(i) == row) {
                rowIndex = i;
            }
        }
        if (rowIndex < 0) {
            return Optional.empty();
        }
        int answers = table.rows().size();
        int tableRow;
        int tableColumn;
        if (model.transposedProperty().get()) {
            tableRow = rowIndex < answers ? rowIndex : -1;
            tableColumn = cell;
        } else {
            tableRow = cell < answers ? cell : -1;
            tableColumn = rowIndex;
        }
        if (tableColumn >= table.columns().size()) {
            return Optional.empty();
        }
        Optional<RespondentSet> set;
        if (tableColumn == 0 && table.by() != null
                && model.gridSettings().totalProperty().get() == GridFormat.TotalBase.ANSWERED) {
            Crosstab wide = model.questionOnlyTable();
            int wideRow = tableRow < 0 ? -1 : indexOf(wide, table.rows().get(tableRow).label());
            set = wide == null || (tableRow >= 0 && wideRow < 0) ? Optional.empty()
                    : CellMembers.of(model.tableOptions().spec(question, null), wide, wideRow, 0);
        } else {
            set = CellMembers.of(model.tableOptions().spec(question, model.attributeProperty().get()), table,
                    tableRow, tableColumn);
        }
        return set.map(GridCellRespondents::indices);
    }

    private static int indexOf(Crosstab table, String label) {
        for (int i = 0; i < table.rows().size(); i++) {
            if (table.rows().get(i).label().equals(label)) {
                return i;
            }
        }
        return -1;
    }

    static int[] indices(RespondentSet set) {
        int[] out = new int[set.count()];
        int[] at = {0};
        set.forEach(r -> out[at[0]++] = r);
        return out;
    }
}
