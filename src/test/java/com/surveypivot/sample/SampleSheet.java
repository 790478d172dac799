package com.surveypivot.sample;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The data sheet of the committed sample survey read with plain POI usermodel, header row 2, data from row 3: each
 * respondent as a map from header text to cell text (blank cells absent). Test-only, independent of the app's reader.
 */
final class SampleSheet {

    static final String RESOURCE = "/com/surveypivot/sample/部門間連携に関する調査.xlsx";

    final List<String> headers = new ArrayList<>();
    final List<Map<String, String>> rows = new ArrayList<>();

    static SampleSheet committed() throws IOException {
        try (InputStream in = SampleSheet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("resource missing: " + RESOURCE);
            }
            try (Workbook workbook = WorkbookFactory.create(in)) {
                return new SampleSheet(workbook.getSheet("回答データ"));
            }
        }
    }

    private SampleSheet(Sheet sheet) {
        Row header = sheet.getRow(1);
        for (int c = 0; c < header.getLastCellNum(); c++) {
            headers.add(header.getCell(c).getStringCellValue());
        }
        for (int r = 2; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = row.getCell(c);
                if (cell == null || cell.getCellType() == CellType.BLANK) {
                    continue;
                }
                String text = cell.getCellType() == CellType.NUMERIC
                        ? (c == 1 ? cell.getLocalDateTimeCellValue().toString() : Double.toString(cell.getNumericCellValue()))
                        : cell.getStringCellValue();
                values.put(headers.get(c), text);
            }
            rows.add(values);
        }
    }
}
