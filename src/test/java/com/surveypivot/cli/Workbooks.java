package com.surveypivot.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test workbooks written and read with plain POI, independently of the app's reader. */
final class Workbooks {
    private Workbooks() {
    }

    /** Writes one sheet "data": a header line, then rows of strings and numbers (null = blank cell). */
    static Path write(String prefix, List<String> header, List<Object[]> rows) throws IOException {
        Path file = Files.createTempFile(prefix, ".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("data");
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                head.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                Object[] values = rows.get(r);
                for (int c = 0; c < values.length; c++) {
                    if (values[c] instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (values[c] != null) {
                        row.createCell(c).setCellValue(values[c].toString());
                    }
                }
            }
            book.write(out);
        }
        file.toFile().deleteOnExit();
        return file;
    }

    /** Every data row of the first sheet as header → displayed text ("" for a blank cell). */
    static List<Map<String, String>> read(Path file) throws IOException {
        DataFormatter format = new DataFormatter();
        List<Map<String, String>> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            Row head = sheet.getRow(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<String, String> values = new LinkedHashMap<>();
                for (Cell cell : head) {
                    Cell value = row == null ? null : row.getCell(cell.getColumnIndex());
                    values.put(cell.getStringCellValue(), value == null ? "" : format.formatCellValue(value).strip());
                }
                out.add(values);
            }
        }
        return out;
    }
}
