package com.surveypivot.export;

import com.surveypivot.analysis.ColumnGroup;
import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.TableColumn;
import com.surveypivot.analysis.TableRow;
import com.surveypivot.chart.BandChartModel;
import com.surveypivot.i18n.Messages;
import com.surveypivot.survey.Question;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * One table of a table book on its sheet, in the orientation of Japanese crosstab books (表側 = the Total and the
 * segments, 表頭 = the answers; a table without a break-down as a simple tally, answers down: {@link TallyTable}): the title, the break-down, the base, the filter and the weight; a header row (n, the
 * answers, NETs set apart with a border and colour, the mean); per bar (Total, then each group's categories under
 * the group's name) a count row, a % row (numbers with a "0.0%" format, never text) and, where a cell of the bar is
 * significant, a row of ▲/▼ marks and column letters; a legend of the marks; then the native chart and, under it,
 * the chart's data.
 */
final class TableSheet {
    /** Column of the labels, of the row kind (n, %, sig.), of the base; answers start after. */
    static final int LABEL = 0;
    static final int KIND = 1;
    static final int BASE = 2;
    static final int FIRST_ANSWER = 3;

    /** Width of an answer column, in characters (a Japanese character takes two). */
    static final int ANSWER_WIDTH = 12;

    private final XSSFSheet sheet;
    private final BookStyles styles;
    private final Locale locale;
    private int next;

    TableSheet(XSSFSheet sheet, BookStyles styles, Locale locale) {
        this.sheet = sheet;
        this.styles = styles;
        this.locale = locale;
    }

    /** Writes the table, its chart and the chart's data; returns the row of the chart's data header. */
    int write(ExportTable export, BandChartModel chart) {
        Crosstab table = export.table();
        text(row(next++), LABEL, chart.title(), styles.title);
        String by = export.byLine(chart, locale);
        if (!by.isEmpty()) {
            text(row(next++), LABEL, by, styles.info);
        }
        text(row(next++), LABEL, Messages.get(locale, table.by() == null ? "book.base.total" : "book.base",
                table.total().unweightedBase()), styles.info);
        text(row(next++), LABEL, export.filter().isEmpty() ? Messages.get(locale, "book.filter.none")
                : Messages.get(locale, "book.filter", export.filter()), styles.info);
        text(row(next++), LABEL, export.weight().isEmpty() ? Messages.get(locale, "book.weight.none")
                : Messages.get(locale, "book.weight", export.weight()), styles.info);
        if (!export.userNote().isEmpty()) {
            text(row(next++), LABEL, Messages.get(locale, "book.userNote", export.userNote()), styles.info);
        }
        next++;
        // a simple tally (GT) lists the answers down the rows; a crosstab has them across
        boolean tally = TallyTable.applies(table);
        boolean stats = !tally && table.rows().stream().anyMatch(TableRow::hasStatistics);
        if (tally) {
            next = TallyTable.write(sheet, styles, locale, table, next);
        } else {
            crosstab(table, stats);
        }
        next++;
        if (stats) {
            text(row(next++), LABEL, Messages.get(locale, "book.legend.sig", level(table.options().level()),
                    level(table.options().strictLevel()), table.options().minBase()), styles.info);
        }
        if (hasSmallBase(table)) {
            text(row(next++), LABEL, Messages.get(locale, "book.legend.small", table.options().smallBase()),
                    styles.info);
        }
        next++;
        BandSeries data = BandSeries.of(chart);
        int chartTop = next;
        int chartRows = Math.max(14, (int) Math.ceil(data.categories().size() * (data.stacked() ? 1.6 : 0.4
                * Math.max(1, data.series().size()))) + 6);
        next += chartRows + 1;
        int dataRow = chartData(data);
        drawChart(data, chartTop, chartRows, dataRow, chart.title());
        if (!tally) {
            widths(table.rows().size());
        }
        printOnePageWide(sheet);
        return dataRow;
    }

    /** The header and, per bar (Total, then each group's categories), its count, % and marks rows. */
    private void crosstab(Crosstab table, boolean stats) {
        header(table);
        bar(table, 0, stats);
        for (ColumnGroup group : table.groups()) {
            if (table.groups().size() > 1) {
                text(row(next), LABEL, group.outer() != null ? group.name() + " × " + title(group.attribute())
                        : title(group.attribute()), styles.group);
                row(next++).setHeightInPoints(16);
            }
            for (int c = group.from(); c < group.to(); c++) {
                bar(table, c, stats);
            }
        }
        if (table.groups().isEmpty()) {
            for (int c = 1; c < table.columns().size(); c++) {
                bar(table, c, stats);
            }
        }
    }

    private void header(Crosstab table) {
        XSSFRow header = row(next++);
        int lines = 2;
        for (TableRow row : table.rows()) {
            lines = Math.max(lines, (int) Math.ceil(displayWidth(row.label()) / (double) (ANSWER_WIDTH - 1)));
        }
        header.setHeightInPoints(Math.min(8, lines) * 13 + 4);
        text(header, LABEL, "", styles.header);
        text(header, KIND, "", styles.header);
        text(header, BASE, Messages.get(locale, "book.header.base"), styles.header);
        for (int r = 0; r < table.rows().size(); r++) {
            TableRow row = table.rows().get(r);
            text(header, FIRST_ANSWER + r, row.net() ? Messages.get(locale, "book.header.net", row.label())
                    : row.label(), row.net() ? styles.netHeader : styles.header);
        }
        if (hasMeans(table)) {
            text(header, FIRST_ANSWER + table.rows().size(), Messages.get(locale, "book.header.mean"),
                    styles.header);
        }
    }

    /** The count row, the % row and (with statistics) the marks row of one column of the crosstab. */
    private void bar(Crosstab table, int c, boolean stats) {
        TableColumn column = table.columns().get(c);
        XSSFRow counts = row(next++);
        XSSFRow percents = row(next++);
        String label = column.total() ? Messages.get(locale, "chart.total") : column.label();
        if (stats && column.letter() != null) {
            label = label + " (" + column.letter() + ")";
        }
        if (table.smallBase(c)) {
            label = label + " *";
        }
        text(counts, LABEL, label, styles.label);
        text(counts, KIND, Messages.get(locale, "book.row.count"), styles.kind);
        text(percents, KIND, Messages.get(locale, "book.row.percent"), styles.kind);
        number(counts, BASE, column.unweightedBase(), styles.count);
        List<TableRow> rows = table.rows();
        for (int r = 0; r < rows.size(); r++) {
            TableRow row = rows.get(r);
            number(counts, FIRST_ANSWER + r, row.count(c), styles.count(table.weighted(), row.net()));
            number(percents, FIRST_ANSWER + r, row.percent(c) / 100, row.net() ? styles.netPercent : styles.percent);
        }
        if (hasMeans(table) && column.mean() != null) {
            number(counts, FIRST_ANSWER + rows.size(), column.mean().mean(), styles.mean);
        }
        if (stats) {
            XSSFRow marks = null;
            for (int r = 0; r < rows.size(); r++) {
                String mark = mark(table, r, c);
                if (!mark.isEmpty()) {
                    if (marks == null) {
                        marks = row(next++);
                        text(marks, KIND, Messages.get(locale, "book.row.sig"), styles.kind);
                    }
                    text(marks, FIRST_ANSWER + r, mark, styles.sig);
                }
            }
        }
    }

    /** "▲ AB": the residual's arrow and the letters of the columns the cell is significantly above. */
    static String mark(Crosstab table, int row, int column) {
        int arrow = table.residualMark(row, column);
        String letters = table.rows().get(row).letter(column);
        String head = arrow > 0 ? "▲" : arrow < 0 ? "▼" : "";
        return (head + (head.isEmpty() || letters.isEmpty() ? "" : " ") + letters).strip();
    }

    /** The chart's data under the chart: categories down, one column per series (fractions, "0.0%"). */
    private int chartData(BandSeries data) {
        int top = next;
        XSSFRow header = row(next++);
        text(header, LABEL, Messages.get(locale, "book.chartData"), styles.header);
        for (int s = 0; s < data.series().size(); s++) {
            text(header, 1 + s, data.series().get(s).name(), styles.header);
        }
        for (int k = 0; k < data.categories().size(); k++) {
            XSSFRow line = row(next++);
            text(line, LABEL, data.categories().get(k), styles.plain);
            for (int s = 0; s < data.series().size(); s++) {
                number(line, 1 + s, data.series().get(s).values()[k], styles.percent);
            }
        }
        return top;
    }

    private void drawChart(BandSeries data, int top, int rows, int dataRow, String title) {
        int width = Math.max(10, Math.min(16, FIRST_ANSWER + data.series().size()));
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, top, width, top + rows));
        chart.setTitleText(SafeText.of(title));
        chart.setTitleOverlay(false);
        int n = data.categories().size();
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(dataRow + 1, dataRow + n, LABEL, LABEL));
        NativeChart.draw(chart, data, new NativeChart.Sources() {
            @Override
            public XDDFDataSource<String> categories() {
                return categories;
            }

            @Override
            public XDDFNumericalDataSource<Double> values(int series) {
                return XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                        new CellRangeAddress(dataRow + 1, dataRow + n, 1 + series, 1 + series));
            }

            @Override
            public CellReference title(int series) {
                return new CellReference(sheet.getSheetName(), dataRow, 1 + series, true, true);
            }
        });
    }

    private void widths(int answers) {
        sheet.setColumnWidth(LABEL, 28 * 256);
        sheet.setColumnWidth(KIND, 7 * 256);
        sheet.setColumnWidth(BASE, 9 * 256);
        for (int a = 0; a <= answers; a++) {
            sheet.setColumnWidth(FIRST_ANSWER + a, ANSWER_WIDTH * 256);
        }
    }

    /** Landscape, one page wide (as many pages down as it takes), as table books are printed. */
    static void printOnePageWide(XSSFSheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    /** A question as tables title it: "Q2 text", or the text alone when it starts with the id. */
    static String title(Question question) {
        String id = question.id();
        String text = question.text();
        return text.isEmpty() || text.equals(id) ? id : text.startsWith(id) ? text : id + " " + text;
    }

    /** Width in half-width characters: CJK and other wide characters count two. */
    static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += cp >= 0x1100 ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    private static boolean hasMeans(Crosstab table) {
        return table.columns().stream().anyMatch(c -> c.mean() != null);
    }

    private static boolean hasSmallBase(Crosstab table) {
        for (int c = 0; c < table.columns().size(); c++) {
            if (table.smallBase(c)) {
                return true;
            }
        }
        return false;
    }

    private static String level(double level) {
        return java.math.BigDecimal.valueOf(level * 100).stripTrailingZeros().toPlainString();
    }

    private XSSFRow row(int index) {
        XSSFRow row = sheet.getRow(index);
        return row == null ? sheet.createRow(index) : row;
    }

    /** A text cell; survey text that could read as a formula gets a leading apostrophe. */
    static void text(XSSFRow row, int column, String value, CellStyle style) {
        XSSFCell cell = row.createCell(column);
        cell.setCellValue(SafeText.of(value));
        cell.setCellStyle(style);
    }

    /** A numeric cell; a value that cannot be computed (NaN) leaves the cell empty. */
    static void number(XSSFRow row, int column, double value, CellStyle style) {
        XSSFCell cell = row.createCell(column);
        if (Double.isFinite(value)) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }
}
