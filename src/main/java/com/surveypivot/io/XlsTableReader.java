package com.surveypivot.io;

import java.io.IOException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Reads the legacy .xls format through POI's HSSF user model (these files are at most 65,536 rows). */
final class XlsTableReader {

    RawTable read(POIFSFileSystem fs, String fileName, ReadOptions options, ReadProgress progress,
            ReadWarnings warnings) throws SurveyReadException, IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), false)) {
            ReadCancel.check();
            Sheet sheet = pick(workbook, options.sheet());
            RawTable table = table(sheet, options.headerRow(), progress, warnings);
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                Sheet other = workbook.getSheetAt(i);
                if (other != sheet && Codebook.isCodebookSheet(other.getSheetName())) {
                    table = table.withCodebook(codebook(other));
                    break;
                }
            }
            progress.progress(1.0);
            return table;
        }
    }

    private static RawTable table(Sheet sheet, Integer headerRow, ReadProgress progress, ReadWarnings warnings)
            throws SurveyReadException {
        TableBuilder builder = new TableBuilder(sheet.getSheetName(), headerRow, null, warnings);
        int last = Math.max(1, sheet.getLastRowNum() + 1);
        int seen = 0;
        for (Row row : sheet) {
            if (++seen % 256 == 0) {
                ReadCancel.check();
                progress.progress(Math.min(1.0, row.getRowNum() / (double) last));
            }
            builder.startRow(row.getRowNum() + 1);
            for (Cell cell : row) {
                add(builder, cell);
            }
            builder.endRow();
        }
        return builder.finish();
    }

    /** The codebook sheet; an empty one is no codebook. */
    private static Codebook codebook(Sheet sheet) {
        try {
            return Codebook.from(table(sheet, null, ReadProgress.NONE, null));
        } catch (SurveyReadException e) {
            return Codebook.EMPTY;
        }
    }

    private static Sheet pick(HSSFWorkbook workbook, String wanted) throws SurveyReadException {
        if (wanted != null) {
            Sheet sheet = workbook.getSheet(wanted);
            if (sheet == null) {
                StringBuilder names = new StringBuilder();
                for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                    names.append(i == 0 ? "" : ", ").append(workbook.getSheetName(i));
                }
                throw new SurveyReadException("io.error.unknownSheet", wanted, names.toString());
            }
            return sheet;
        }
        Sheet best = workbook.getSheetAt(0);
        long bestArea = -1;
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            Sheet s = workbook.getSheetAt(i);
            if (Codebook.isCodebookSheet(s.getSheetName()) && workbook.getNumberOfSheets() > 1) {
                continue;
            }
            long columns = 0;
            for (Row row : s) {
                columns = Math.max(columns, row.getLastCellNum());
            }
            long area = (long) s.getPhysicalNumberOfRows() * columns;
            if (area > bestArea) {
                bestArea = area;
                best = s;
            }
        }
        return best;
    }

    private static void add(TableBuilder builder, Cell cell) {
        int column = cell.getColumnIndex();
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        switch (type) {
            case STRING -> builder.textCell(column, cell.getRichStringCellValue().getString());
            case NUMERIC -> {
                boolean date = DateUtil.isCellDateFormatted(cell);
                double v = cell.getNumericCellValue();
                if (date && cell.getSheet().getWorkbook() instanceof HSSFWorkbook wb
                        && wb.getInternalWorkbook().isUsing1904DateWindowing()) {
                    v += 1462;
                }
                builder.numberCell(column, v, date);
            }
            case BOOLEAN -> builder.textCell(column, cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            default -> {
                // blanks and error values are no answer
            }
        }
    }
}
