package com.surveypivot.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds small .xlsx fixtures with POI (tests only): rows of String, Number, LocalDateTime, Boolean or null. */
final class Fixtures {
    private Fixtures() {
    }

    /** One sheet per entry of {@code sheets} (name, rows), written to {@code file}. */
    static Path workbook(Path file, List<String> names, List<List<Object[]>> sheets) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy/mm/dd hh:mm"));
            for (int s = 0; s < names.size(); s++) {
                Sheet sheet = wb.createSheet(names.get(s));
                List<Object[]> rows = sheets.get(s);
                for (int r = 0; r < rows.size(); r++) {
                    Object[] values = rows.get(r);
                    if (values == null) {
                        continue;
                    }
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < values.length; c++) {
                        Object v = values[c];
                        if (v == null) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        if (v instanceof String text) {
                            cell.setCellValue(text);
                        } else if (v instanceof Number number) {
                            cell.setCellValue(number.doubleValue());
                        } else if (v instanceof Boolean bool) {
                            cell.setCellValue(bool);
                        } else if (v instanceof LocalDateTime time) {
                            cell.setCellValue(time);
                            cell.setCellStyle(dateStyle);
                        } else {
                            throw new IllegalArgumentException(v.toString());
                        }
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    static Path sheet(Path file, String name, List<Object[]> rows) throws IOException {
        return workbook(file, List.of(name), List.of(rows));
    }

    /** An .xlsx encrypted with the password "secret" (agile encryption), one sheet "data" with "Sex" in A1. */
    static Path encryptedWorkbook(Path file) throws IOException, GeneralSecurityException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = encryptor.getDataStream(fs)) {
                wb.createSheet("data").createRow(0).createCell(0).setCellValue("Sex");
                wb.write(out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    /** A progress listener that adds every fraction it is told to {@code seen} and never cancels. */
    static ReadProgress recordingInto(List<Double> seen) {
        return new ReadProgress() {
            @Override
            public void progress(double fraction) {
                seen.add(fraction);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }
}
