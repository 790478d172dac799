package com.surveypivot.cli;

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
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code crosstab --format csv} (the default): a byte-order mark (so that Excel in Japan reads UTF-8), a header
 * line with a count and a % column per table column (Total first; in a banner of several groups a column is named
 * {@code group: label}; the % is column %, or with {@code --cells row|table} row % or table % as
 * {@link CellPercents} defines them, and the header says which), one line per answer with the count and the %
 * (unrounded), then the NET rows (label {@code name (NET: a|b)}), then the base line with each column's
 * unweighted n. A multi-response question with {@code --multi-base answering|mentions} adds a percent base line
 * (what its % are of); a weighted table adds a weighted base line and an effective base line (Kish (Σw)²/Σw²); a
 * scale or number question adds mean and SD lines (in the count cells). With statistics every answer or NET line
 * is followed by a letters line (the letters of the columns its cell is significantly above, upper case at the
 * stricter level, lower case at the looser, in the % cells), and a last line gives each column's letter. Lines
 * end with CRLF, as RFC 4180 and Excel expect.
 */
final class CrosstabCsv {
    static final String BOM = "\uFEFF";

    private CrosstabCsv() {
    }

    static String of(Crosstab table) {
        return of(table, CrosstabOptions.Cells.col);
    }

    static String of(Crosstab table, CrosstabOptions.Cells cells) {
        CellPercents.Kind kind = cells == CrosstabOptions.Cells.row ? CellPercents.Kind.ROW
                : cells == CrosstabOptions.Cells.table ? CellPercents.Kind.TABLE : CellPercents.Kind.COLUMN;
        String percentKey = switch (kind) {
            case ROW -> "cli.csv.rowPercent";
            case TABLE -> "cli.csv.tablePercent";
            default -> "cli.csv.percent";
        };
        StringBuilder out = new StringBuilder(BOM);
        List<TableColumn> columns = table.columns();
        boolean banner = table.groups().size() > 1;
        boolean stats = table.rows().stream().anyMatch(TableRow::hasStatistics);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            List<String> header = new ArrayList<>();
            header.add(Messages.get("cli.csv.answer"));
            for (TableColumn column : columns) {
                String label = column.total() ? Messages.get("cli.csv.total")
                        : banner && column.group() != null ? Messages.get("cli.csv.groupColumn", column.group(),
                                column.label())
                        : column.label();
                header.add(Messages.get("cli.csv.count", label));
                header.add(Messages.get(percentKey, label));
            }
            csv.printRecord(header);
            for (int r = 0; r < table.rows().size(); r++) {
                TableRow row = table.rows().get(r);
                double[] percents = CellPercents.of(table, r, kind);
                List<String> line = new ArrayList<>();
                line.add(row.net() && !row.members().isEmpty()
                        ? Messages.get("cli.csv.net", row.label(), String.join("|", row.members())) : row.label());
                for (int c = 0; c < columns.size(); c++) {
                    line.add(count(row.count(c), table.weighted()));
                    line.add(number(percents[c]));
                }
                csv.printRecord(line);
                if (stats && row.hasStatistics()) {
                    List<String> letters = new ArrayList<>();
                    letters.add(Messages.get("cli.csv.letters", row.label()));
                    for (int c = 0; c < columns.size(); c++) {
                        letters.add("");
                        letters.add(c == 0 ? "" : row.letter(c));
                    }
                    csv.printRecord(letters);
                }
            }
            csv.printRecord(columnLine("cli.csv.base", columns, c -> Integer.toString(c.unweightedBase())));
            if (table.question().isMulti()
                    && table.options().multiBase() != com.surveypivot.analysis.CellOptions.MultiBase.RESPONDENTS) {
                csv.printRecord(columnLine("cli.csv.percentBase", columns,
                        c -> count(c.percentBase(), table.weighted())));
            }
            if (table.weighted()) {
                csv.printRecord(columnLine("cli.csv.weightedBase", columns, c -> number(c.weightedBase())));
                csv.printRecord(columnLine("cli.csv.effectiveBase", columns, c -> number(c.effectiveBase())));
            }
            QuestionType type = table.question().type();
            if (type == QuestionType.SCALE || type == QuestionType.NUMBER) {
                csv.printRecord(columnLine("cli.csv.mean", columns, c -> mean(c.mean(), MeanScore::mean)));
                csv.printRecord(columnLine("cli.csv.sd", columns, c -> mean(c.mean(), MeanScore::sd)));
            }
            if (stats) {
                csv.printRecord(columnLine("cli.csv.letter", columns, c -> c.letter() == null ? "" : c.letter()));
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
