package com.surveypivot.export;

import com.surveypivot.analysis.CellPercents;
import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.MeanScore;
import com.surveypivot.analysis.TableColumn;
import com.surveypivot.analysis.TableRow;
import com.surveypivot.i18n.Messages;
import com.surveypivot.survey.QuestionType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A crosstab as CSV, as {@code crosstab --format csv} prints it and {@code export --csv} and the window's File &gt;
 * Export &gt; CSV write it: a byte-order mark (so that Excel in Japan reads UTF-8), a header
 * line with a count and a % column per table column (Total first; in a banner of several groups a column is named
 * {@code group: label}; the % is column %, or with {@code --cells row|table} row % or table % as
 * {@link CellPercents} defines them, and the header says which), one line per answer with the count and the %
 * (unrounded), then the NET rows (label {@code name (NET: a|b)}), then the base line with each column's
 * unweighted n. A multi-response question with {@code --multi-base answering|mentions} adds a percent base line
 * (what its % are of); a weighted table adds a weighted base line and an effective base line (Kish (Σw)²/Σw²); a
 * scale or number question adds mean and SD lines (in the count cells). With statistics every answer or NET line
 * is followed by a letters line (the letters of the columns its cell is significantly above, upper case at the
 * stricter level, lower case at the looser, in the % cells), and a last line gives each column's letter. Lines
 * end with CRLF, as RFC 4180 and Excel expect. Every text from the survey (labels, NET names) goes through
 * {@link SafeText}: one that begins like a formula gets a leading apostrophe.
 */
public final class CsvTable {
    public static final String BOM = "\uFEFF";

    private CsvTable() {
    }

    /** The table with column %. */
    public static String of(Crosstab table) {
        return of(table, CellPercents.Kind.COLUMN);
    }

    /** Writes the table with column % to {@code file} (temporary file, then an atomic move). */
    public static void write(Crosstab table, Path file, Path source) throws ExportException {
        byte[] bytes = of(table).getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(file, source, out -> out.write(bytes));
    }

    /** The table with the given kind of %. */
    public static String of(Crosstab table, CellPercents.Kind kind) {
        String percentKey = switch (kind) {
            case ROW -> "book.csv.rowPercent";
            case TABLE -> "book.csv.tablePercent";
            default -> "book.csv.percent";
        };
        StringBuilder out = new StringBuilder(BOM);
        List<TableColumn> columns = table.columns();
        boolean banner = table.groups().size() > 1;
        boolean stats = table.rows().stream().anyMatch(TableRow::hasStatistics);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            List<String> header = new ArrayList<>();
            header.add(Messages.get("book.csv.answer"));
            for (TableColumn column : columns) {
                String label = column.total() ? Messages.get("book.csv.total")
                        : banner && column.group() != null ? Messages.get("book.csv.groupColumn", column.group(),
                                column.label())
                        : column.label();
                header.add(SafeText.of(Messages.get("book.csv.count", label)));
                header.add(SafeText.of(Messages.get(percentKey, label)));
            }
            csv.printRecord(header);
            for (int r = 0; r < table.rows().size(); r++) {
                TableRow row = table.rows().get(r);
                double[] percents = CellPercents.of(table, r, kind);
                List<String> line = new ArrayList<>();
                line.add(SafeText.of(row.net() && !row.members().isEmpty()
                        ? Messages.get("book.csv.net", row.label(), String.join("|", row.members())) : row.label()));
                for (int c = 0; c < columns.size(); c++) {
                    line.add(count(row.count(c), table.weighted()));
                    line.add(number(percents[c]));
                }
                csv.printRecord(line);
                if (stats && row.hasStatistics()) {
                    List<String> letters = new ArrayList<>();
                    letters.add(SafeText.of(Messages.get("book.csv.letters", row.label())));
                    for (int c = 0; c < columns.size(); c++) {
                        letters.add("");
                        letters.add(c == 0 ? "" : row.letter(c));
                    }
                    csv.printRecord(letters);
                }
            }
            csv.printRecord(columnLine("book.csv.base", columns, c -> Integer.toString(c.unweightedBase())));
            if (table.question().isMulti()
                    && table.options().multiBase() != com.surveypivot.analysis.CellOptions.MultiBase.RESPONDENTS) {
                csv.printRecord(columnLine("book.csv.percentBase", columns,
                        c -> count(c.percentBase(), table.weighted())));
            }
            if (table.weighted()) {
                csv.printRecord(columnLine("book.csv.weightedBase", columns, c -> number(c.weightedBase())));
                csv.printRecord(columnLine("book.csv.effectiveBase", columns, c -> number(c.effectiveBase())));
            }
            QuestionType type = table.question().type();
            if (type == QuestionType.SCALE || type == QuestionType.NUMBER) {
                csv.printRecord(columnLine("book.csv.mean", columns, c -> mean(c.mean(), MeanScore::mean)));
                csv.printRecord(columnLine("book.csv.sd", columns, c -> mean(c.mean(), MeanScore::sd)));
            }
            if (stats) {
                csv.printRecord(columnLine("book.csv.letter", columns, c -> c.letter() == null ? "" : c.letter()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A line with one value per column in its count cell and an empty % cell. */
    private static List<String> columnLine(String key, List<TableColumn> columns, Function<TableColumn, String> value) {
        List<String> line = new ArrayList<>();
        line.add(Messages.get(key));
        for (TableColumn column : columns) {
            line.add(value.apply(column));
            line.add("");
        }
        return line;
    }

    private static String mean(MeanScore mean, Function<MeanScore, Double> part) {
        return mean == null ? "" : number(part.apply(mean));
    }

    private static String count(double value, boolean weighted) {
        return weighted ? number(value) : Long.toString(Math.round(value));
    }

    /** Plain decimal (no exponent); empty where the value cannot be computed. */
    private static String number(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() : "";
    }
}
