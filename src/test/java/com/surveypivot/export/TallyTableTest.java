package com.surveypivot.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.surveypivot.analysis.CellOptions;
import com.surveypivot.analysis.TableSpec;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GT book lays each question out as a simple tally (answers down the rows with count and %, the Total on top, the
 * automatic boxes after the answers), checked against a plain loop over the respondents.
 */
class TallyTableTest {
    @TempDir
    Path folder;

    @Test
    void gtSheetsListTheAnswersDownWithCountsAndPercentsOfTheBase() throws Exception {
        Survey survey = ExportFixtures.sample();
        Question q3 = ExportFixtures.question(survey, "Q3");
        TableSpec template = TableSpec.of(q3).withOptions(CellOptions.defaults().withAutoNets(true));
        List<ExportTable> tables = SurveyBook.tables(survey, template, null, Locale.JAPANESE, ExportProgress.NONE);
        Path file = folder.resolve("gt.xlsx");
        XlsxBook.write(tables, survey.title(), file, null, Locale.JAPANESE, ExportProgress.NONE);

        int answered = 0;
        int[] counts = new int[q3.categoryCount()];
        for (int r = 0; r < q3.respondentCount(); r++) {
            if (q3.code(r) >= 0) {
                answered++;
                counts[q3.code(r)]++;
            }
        }
        try (XSSFWorkbook book = new XSSFWorkbook(file.toFile())) {
            XSSFSheet sheet = null;
            for (int s = 1; s < book.getNumberOfSheets(); s++) {
                if (book.getSheetAt(s).getSheetName().endsWith(" Q3")) {
                    sheet = book.getSheetAt(s);
                }
            }
            Row total = rowOf(sheet, "全体");
            assertEquals(answered, total.getCell(TallyTable.COUNT).getNumericCellValue());
            assertEquals(1.0, total.getCell(TallyTable.PERCENT).getNumericCellValue());
            for (int c = 0; c < q3.categoryCount(); c++) {
                Row row = sheet.getRow(total.getRowNum() + 1 + c);
                assertEquals(q3.categories().get(c), row.getCell(TallyTable.ANSWER).getStringCellValue());
                assertEquals(counts[c], row.getCell(TallyTable.COUNT).getNumericCellValue(), 1e-9);
                assertEquals(CellType.NUMERIC, row.getCell(TallyTable.PERCENT).getCellType(), "% as a number");
                assertEquals((double) counts[c] / answered, row.getCell(TallyTable.PERCENT).getNumericCellValue(),
                        1e-12);
            }
            // the top-2 box of the 5-point scale after the answers: its two first answers together
            Row top = sheet.getRow(total.getRowNum() + 1 + q3.categoryCount());
            assertEquals("NET：TOP2（上位2段階）", top.getCell(TallyTable.ANSWER).getStringCellValue());
            assertEquals(counts[0] + counts[1], top.getCell(TallyTable.COUNT).getNumericCellValue(), 1e-9);
        }
    }

    private static Row rowOf(XSSFSheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label);
    }
}
