package com.surveypivot.ui;

import java.util.List;

/**
 * One answer of the answers list.
 *
 * @param respondent the respondent's row index
 * @param label      how the respondent is shown (their id, or the row number)
 * @param values     the chosen attribute columns' answers, in column order
 * @param codes      the codes assigned, joined with "; "
 * @param text       the answer
 */
record TextAnswerRow(int respondent, String label, List<String> values, String codes, String text) {
    TextAnswerRow {
        values = List.copyOf(values);
    }
}
