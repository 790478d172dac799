package com.surveypivot.export;

import com.surveypivot.chart.BandChartModel;
import com.surveypivot.i18n.Messages;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An Excel table book (.xlsx): an index sheet with a link to every table, then one sheet per table as
 * {@link TableSheet} lays it out, each with a native, editable chart. No cell holds a formula; every text from the
 * survey goes through {@link SafeText}. Written to a temporary file in the target's folder, then moved over it.
 */
public final class XlsxBook {
    /** Excel's limit on a sheet name's length. */
    static final int SHEET_NAME_MAX = 31;

    private XlsxBook() {
    }

    /**
     * Writes the tables as a book.
     *
     * @param title    what the index sheet's heading names (the survey's title)
     * @param source   the survey file the user opened (never written), or null
     * @param progress told after each table; asked between tables whether to stop
     * @throws ExportException a translated one-line message; {@link ExportCancelledException} when cancelled
     */
    public static void write(List<ExportTable> tables, String title, Path file, Path source, Locale locale,
            ExportProgress progress) throws ExportException {
        AtomicFile.write(file, source, out -> {
            try (XSSFWorkbook book = new XSSFWorkbook()) {
                fill(book, tables, title, locale, progress);
                book.write(out);
            }
        });
    }

    static void fill(XSSFWorkbook book, List<ExportTable> tables, String title, Locale locale,
            ExportProgress progress) throws ExportCancelledException {
        BookStyles styles = new BookStyles(book);
        Set<String> names = new HashSet<>();
        XSSFSheet index = book.createSheet(sheetName(Messages.get(locale, "book.sheet.index"), names));
        XSSFRow heading = index.createRow(0);
        TableSheet.text(heading, 0, Messages.get(locale, "book.index.title", title), styles.title);
        XSSFRow header = index.createRow(2);
        String[] columns = {"book.index.number", "book.index.sheet", "book.index.question", "book.index.by",
            "book.index.base"};
        for (int c = 0; c < columns.length; c++) {
            TableSheet.text(header, c, Messages.get(locale, columns[c]), styles.header);
        }
        for (int t = 0; t < tables.size(); t++) {
            progress.check();
            ExportTable table = tables.get(t);
            BandChartModel chart = table.chart(locale);
            String name = sheetName(String.format(Locale.ROOT, "%03d %s", t + 1,
                    table.table().question().id()), names);
            XSSFSheet sheet = book.createSheet(name);
            new TableSheet(sheet, styles, locale).write(table, chart);
            indexLine(book, index, styles, t, name, table, chart);
            progress.step(t + 1, tables.size());
        }
        index.setColumnWidth(0, 6 * 256);
        index.setColumnWidth(1, 14 * 256);
        index.setColumnWidth(2, 60 * 256);
        index.setColumnWidth(3, 30 * 256);
        index.setColumnWidth(4, 10 * 256);
        index.createFreezePane(0, 3);
        TableSheet.printOnePageWide(index);
    }

    private static void indexLine(XSSFWorkbook book, XSSFSheet index, BookStyles styles, int t, String sheetName,
            ExportTable table, BandChartModel chart) {
        XSSFRow line = index.createRow(3 + t);
        TableSheet.number(line, 0, t + 1, styles.count);
        TableSheet.text(line, 1, sheetName, styles.link);
        XSSFHyperlink link = book.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress("'" + sheetName + "'!A1");
        XSSFCell cell = line.getCell(1);
        cell.setHyperlink(link);
        TableSheet.text(line, 2, chart.title(), styles.plain);
        TableSheet.text(line, 3, table.table().by() == null ? "" : TableSheet.title(table.table().by()),
                styles.plain);
        TableSheet.number(line, 4, table.table().total().unweightedBase(), styles.count);
    }

    /**
     * A sheet name Excel accepts: no {@code [ ] : * ? / \} or apostrophes, at most 31 characters, not "History",
     * different from the names already used (compared without case, as Excel does).
     */
    static String sheetName(String wanted, Set<String> used) {
        String clean = wanted.replaceAll("[\\[\\]:*?/\\\\']", "_").strip();
        if (clean.isEmpty() || clean.equalsIgnoreCase("History")) {
            clean = "Table";
        }
        String name = cut(clean, SHEET_NAME_MAX);
        for (int i = 2; used.contains(name.toLowerCase(Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            name = cut(clean, SHEET_NAME_MAX - suffix.length()) + suffix;
        }
        used.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    private static String cut(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text
                : text.substring(0, text.offsetByCodePoints(0, max));
    }
}
