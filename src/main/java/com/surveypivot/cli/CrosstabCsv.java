package com.surveypivot.cli;

import com.surveypivot.analysis.CellPercents;
import com.surveypivot.analysis.Crosstab;
import com.surveypivot.export.CsvTable;

/** {@code crosstab --format csv} (the default): the table as {@link CsvTable} writes it, the % as {@code --cells}. */
final class CrosstabCsv {
    static final String BOM = CsvTable.BOM;

    private CrosstabCsv() {
    }

    static String of(Crosstab table) {
        return CsvTable.of(table);
    }

    static String of(Crosstab table, CrosstabOptions.Cells cells) {
        return CsvTable.of(table, kind(cells));
    }

    /** The engine's kind of % for {@code --cells}. */
    static CellPercents.Kind kind(CrosstabOptions.Cells cells) {
        return cells == CrosstabOptions.Cells.row ? CellPercents.Kind.ROW
                : cells == CrosstabOptions.Cells.table ? CellPercents.Kind.TABLE : CellPercents.Kind.COLUMN;
    }
}
