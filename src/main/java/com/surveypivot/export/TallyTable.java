package com.surveypivot.export;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.TableRow;
import com.surveypivot.i18n.Messages;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A question's simple tally as a GT book (単純集計表) shows it: the answers down the rows, each with its count and
 * its % of the base (a number with a "0.0%" format), the Total (base, 100%) on top, NETs set apart after the answers,
 * and the mean under them when the question has scores.
 */
final class TallyTable {
    /** Columns: the answer, its count, its %. */
    static final int ANSWER = 0;
    static final int COUNT = 1;
    static final int PERCENT = 2;

    private TallyTable() {
    }

    /** Whether a table is a simple tally (no break-down: the Total column only). */
    static boolean applies(Crosstab table) {
        return table.by() == null && table.columns().size() == 1;
    }

    /** Writes the tally from row {@code next}; returns the next free row. */
    static int write(XSSFSheet sheet, BookStyles styles, Locale locale, Crosstab table, int next) {
        XSSFRow header = row(sheet, next++);
        TableSheet.text(header, ANSWER, "", styles.header);
        TableSheet.text(header, COUNT, Messages.get(locale, "book.row.count"), styles.header);
        TableSheet.text(header, PERCENT, Messages.get(locale, "book.row.percent"), styles.header);
        XSSFRow total = row(sheet, next++);
        TableSheet.text(total, ANSWER, Messages.get(locale, "chart.total"), styles.label);
        TableSheet.number(total, COUNT, table.total().unweightedBase(), styles.count);
        TableSheet.number(total, PERCENT, 1.0, styles.percent);
        List<TableRow> rows = table.rows();
        for (TableRow answer : rows) {
            XSSFRow line = row(sheet, next++);
            TableSheet.text(line, ANSWER, answer.net() ? Messages.get(locale, "book.header.net", answer.label())
                    : answer.label(), answer.net() ? styles.netHeader : styles.label);
            TableSheet.number(line, COUNT, answer.count(0), styles.count(table.weighted(), answer.net()));
            TableSheet.number(line, PERCENT, answer.percent(0) / 100, answer.net() ? styles.netPercent
                    : styles.percent);
        }
        if (table.total().mean() != null) {
            XSSFRow mean = row(sheet, next++);
            TableSheet.text(mean, ANSWER, Messages.get(locale, "book.header.mean"), styles.label);
            TableSheet.number(mean, COUNT, table.total().mean().mean(), styles.mean);
        }
        sheet.setColumnWidth(ANSWER, 48 * 256);
        sheet.setColumnWidth(COUNT, 10 * 256);
        sheet.setColumnWidth(PERCENT, 10 * 256);
        return next;
    }

    private static XSSFRow row(XSSFSheet sheet, int index) {
        XSSFRow row = sheet.getRow(index);
        return row == null ? sheet.createRow(index) : row;
    }
}
