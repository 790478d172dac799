package com.surveypivot.cli;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.TableColumn;
import com.surveypivot.analysis.TableRow;
import com.surveypivot.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code crosstab --format csv} (the default): a byte-order mark (so that Excel in Japan reads UTF-8), a header
 * line, one line per answer with the count and the % (unrounded) for each column, Total first, then a base line
 * with each column's n. Lines end with CRLF, as RFC 4180 and Excel expect.
 */
final class CrosstabCsv {
    static final String BOM = "\uFEFF";

    private CrosstabCsv() {
    }

    static String of(Crosstab table) {
        StringBuilder out = new StringBuilder(BOM);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            List<String> header = new ArrayList<>();
            header.add(Messages.get("cli.csv.answer"));
            for (TableColumn column : table.columns()) {
                String label = column.total() ? Messages.get("cli.csv.total") : column.label();
                header.add(Messages.get("cli.csv.count", label));
                header.add(Messages.get("cli.csv.percent", label));
            }
            csv.printRecord(header);
            for (TableRow row : table.rows()) {
                List<String> line = new ArrayList<>();
                line.add(row.label());
                for (int c = 0; c < table.columns().size(); c++) {
                    line.add(count(row.count(c), table.weighted()));
                    line.add(number(row.percent(c)));
                }
                csv.printRecord(line);
            }
            List<String> base = new ArrayList<>();
            base.add(Messages.get("cli.csv.base"));
            for (TableColumn column : table.columns()) {
                base.add(table.weighted() ? number(column.base()) : Integer.toString(column.unweightedBase()));
                base.add("");
            }
            csv.printRecord(base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String count(double value, boolean weighted) {
        return weighted ? number(value) : Long.toString(Math.round(value));
    }

    /** Plain decimal (no exponent); empty where the value cannot be computed. */
    private static String number(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() : "";
    }
}
