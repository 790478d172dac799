package com.surveypivot.io;

import java.util.List;

/**
 * A sheet as read: its header texts and one {@link RawColumn} per column, for {@code rows} respondents
 * (blank rows already dropped).
 *
 * @param headerRow  the 1-based first header row
 * @param headerRows how many header rows (2 for SurveyMonkey, 3 for Qualtrics, else 1)
 * @param headerKind the layout the header rows told ({@link HeaderRows#SURVEYMONKEY}, {@link HeaderRows#QUALTRICS},
 *                   {@link HeaderRows#CODES_AND_TEXTS}), or null for one plain header row
 * @param codebook   the workbook's codebook sheet, or {@link Codebook#EMPTY}
 */
record RawTable(String sheet, int headerRow, int headerRows, String headerKind, int rows, List<RawColumn> columns,
        Codebook codebook) {

    RawTable withCodebook(Codebook newCodebook) {
        return new RawTable(sheet, headerRow, headerRows, headerKind, rows, columns, newCodebook);
    }
}
