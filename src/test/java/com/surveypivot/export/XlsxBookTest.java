package com.surveypivot.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.analysis.CellOptions;
import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.CrosstabEngine;
import com.surveypivot.analysis.TableSpec;
import com.surveypivot.chart.ChartPalette;
import com.surveypivot.io.ReadOptions;
import com.surveypivot.io.ReadProgress;
import com.surveypivot.io.SurveyReader;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.Survey;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.STOrientation;

/**
 * The Excel table book read back with POI: the cells hold the numbers of a plain loop over the respondents (and of
 * R for mass_survey), % as numbers with a % format, and the native chart holds the band chart's order, values and
 * colours, in cells of the sheet.
 */
class XlsxBookTest {
    @TempDir
    Path folder;

    @Test
    void sampleTableCellsAndChartMatchALoopOverTheRespondents() throws Exception {
        Survey survey = ExportFixtures.sample();
        Question q2 = ExportFixtures.question(survey, "Q2");
        Question industry = ExportFixtures.question(survey, "業種");
        TableSpec spec = TableSpec.of(q2, industry).withOptions(CellOptions.defaults());
        Crosstab table = CrosstabEngine.compute(spec);
        Path file = folder.resolve("book.xlsx");
        XlsxBook.write(List.of(ExportTable.of(spec, table, null, Locale.ENGLISH)), survey.title(), file, null,
                Locale.ENGLISH, ExportProgress.NONE);

        long[][] counts = ExportFixtures.loopCounts(q2, industry);
        try (XSSFWorkbook book = new XSSFWorkbook(file.toFile())) {
            ExportFixtures.assertNoFormulas(book);
            XSSFSheet index = book.getSheetAt(0);
            assertEquals("Index", index.getSheetName());
            assertEquals("'001 Q2'!A1", index.getRow(3).getCell(1).getHyperlink().getAddress());
            XSSFSheet sheet = book.getSheetAt(1);
            assertEquals("001 Q2", sheet.getSheetName());
            int header = ExportFixtures.rowOf(sheet, "") ;
            for (int a = 0; a < q2.categoryCount(); a++) {
                assertEquals(q2.categories().get(a), sheet.getRow(header).getCell(TableSheet.FIRST_ANSWER + a)
                        .getStringCellValue());
            }
            for (int bar = 0; bar < counts.length; bar++) {
                String label = bar == 0 ? "Total" : industry.categories().get(bar - 1) + " (" + (char) ('A' + bar - 1)
                        + ")";
                int row = ExportFixtures.rowOf(sheet, label);
                assertTrue(row > header, label);
                long base = ExportFixtures.sum(counts[bar]);
                assertEquals(base, ExportFixtures.number(sheet, row, TableSheet.BASE), label);
                for (int a = 0; a < q2.categoryCount(); a++) {
                    assertEquals(counts[bar][a], ExportFixtures.number(sheet, row, TableSheet.FIRST_ANSWER + a));
                    assertEquals((double) counts[bar][a] / base,
                            ExportFixtures.number(sheet, row + 1, TableSheet.FIRST_ANSWER + a), 1e-12);
                    assertEquals("0.0%", sheet.getRow(row + 1).getCell(TableSheet.FIRST_ANSWER + a).getCellStyle()
                            .getDataFormatString());
                }
            }

            XSSFChart chart = sheet.getDrawingPatriarch().getCharts().get(0);
            XDDFBarChartData bars = (XDDFBarChartData) chart.getChartSeries().get(0);
            assertEquals(BarDirection.BAR, bars.getBarDirection());
            assertEquals(BarGrouping.PERCENT_STACKED, bars.getBarGrouping());
            assertEquals(STOrientation.MAX_MIN,
                    chart.getCTChart().getPlotArea().getCatAxArray(0).getScaling().getOrientation().getVal(),
                    "the first category (Total) on top");
            List<String> colours = ChartPalette.forAnswers(q2.categories(), q2.type() == QuestionType.SCALE,
                    q2.isOrdered());
            assertEquals(q2.categoryCount(), bars.getSeriesCount());
            for (int a = 0; a < q2.categoryCount(); a++) {
                XDDFBarChartData.Series series = (XDDFBarChartData.Series) bars.getSeries(a);
                assertEquals(q2.categories().get(a),
                        series.getCTBarSer().getTx().getStrRef().getStrCache().getPtArray(0).getV());
                assertEquals(colours.get(a).substring(1), HexFormat.of().withUpperCase().formatHex(
                        series.getCTBarSer().getSpPr().getSolidFill().getSrgbClr().getVal()));
                CellReference[] cells = new AreaReference(series.getValuesData().getDataRangeReference(),
                        SpreadsheetVersion.EXCEL2007).getAllReferencedCells();
                CellReference[] labels = new AreaReference(series.getCategoryData().getDataRangeReference(),
                        SpreadsheetVersion.EXCEL2007).getAllReferencedCells();
                assertEquals(counts.length, cells.length);
                for (int bar = 0; bar < counts.length; bar++) {
                    String category = bar == 0 ? "Total" : industry.categories().get(bar - 1);
                    long base = ExportFixtures.sum(counts[bar]);
                    String shown = (String) series.getCategoryData().getPointAt(bar);
                    assertEquals(category + " (n=" + String.format(Locale.ENGLISH, "%,d", base) + ")", shown);
                    assertEquals(shown, sheet.getRow(labels[bar].getRow()).getCell(labels[bar].getCol())
                            .getStringCellValue());
                    double expected = (double) counts[bar][a] / base;
                    assertEquals(expected, series.getValuesData().getPointAt(bar).doubleValue(), 1e-12);
                    assertEquals(expected, ExportFixtures.number(sheet, cells[bar].getRow(), cells[bar].getCol()),
                            1e-12);
                }
            }
        }
    }

    @Test
    void massSurveyBookMatchesRAndLeavesTheSourceAlone() throws Exception {
        Path source = ExportFixtures.copy("mass_survey.xlsx", folder);
        String before = ExportFixtures.sha256(source);
        Survey survey = SurveyReader.read(source, ReadOptions.defaults(), ReadProgress.NONE);
        TableSpec spec = TableSpec.of(ExportFixtures.question(survey, "Smoke"),
                ExportFixtures.question(survey, "Exer")).withOptions(CellOptions.defaults().withStatistics(false));
        Crosstab table = CrosstabEngine.compute(spec);
        Path file = folder.resolve("smoke.xlsx");
        XlsxBook.write(List.of(ExportTable.of(spec, table, null, Locale.ENGLISH)), survey.title(), file, source,
                Locale.ENGLISH, ExportProgress.NONE);

        List<CSVRecord> reference = ExportFixtures.reference("svy_01");
        assertTrue(reference.size() > 10);
        try (XSSFWorkbook book = new XSSFWorkbook(file.toFile())) {
            XSSFSheet sheet = book.getSheetAt(1);
            int header = ExportFixtures.rowOf(sheet, "");
            List<String> answers = table.rows().stream().map(r -> r.label()).toList();
            for (CSVRecord r : reference) {
                String column = r.get("col_kind").equals("total") ? "Total" : r.get("col_label");
                int row = ExportFixtures.rowOf(sheet, column);
                int col = TableSheet.FIRST_ANSWER + answers.indexOf(r.get("row_label"));
                assertEquals(r.get("row_label"), sheet.getRow(header).getCell(col).getStringCellValue());
                assertEquals(Double.parseDouble(r.get("col_base")), ExportFixtures.number(sheet, row,
                        TableSheet.BASE), r.toString());
                assertEquals(Double.parseDouble(r.get("count")), ExportFixtures.number(sheet, row, col));
                assertEquals(Double.parseDouble(r.get("col_pct")) / 100, ExportFixtures.number(sheet, row + 1, col),
                        1e-12);
            }
        }
        assertEquals(before, ExportFixtures.sha256(source), "the survey file is unchanged");
    }

    @Test
    void writingOverTheSourceIsRefusedAndLeavesItAlone() throws Exception {
        Path source = ExportFixtures.copy("mass_survey.xlsx", folder);
        String before = ExportFixtures.sha256(source);
        Survey survey = SurveyReader.read(source, ReadOptions.defaults(), ReadProgress.NONE);
        TableSpec spec = TableSpec.of(ExportFixtures.question(survey, "Smoke"));
        ExportTable table = ExportTable.of(spec, CrosstabEngine.compute(spec), null, Locale.ENGLISH);
        ExportException e = org.junit.jupiter.api.Assertions.assertThrows(ExportException.class,
                () -> XlsxBook.write(List.of(table), "t", source, source, Locale.ENGLISH, ExportProgress.NONE));
        assertEquals("book.error.source", e.key());
        assertEquals(before, ExportFixtures.sha256(source));
        try (var files = java.nio.file.Files.list(folder)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void wholeSurveyBookReportsProgressAndCancelsWithoutLeavingAFile() throws Exception {
        Survey survey = ExportFixtures.sample();
        TableSpec template = TableSpec.of(ExportFixtures.question(survey, "Q2"), ExportFixtures.question(survey,
                "業種"));
        List<Long> steps = new java.util.ArrayList<>();
        List<ExportTable> tables = SurveyBook.tables(survey, template, null, Locale.ENGLISH, new ExportProgress() {
            @Override
            public void step(long done, long total) {
                steps.add(done);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        List<Question> expected = SurveyBook.questions(survey, template, null);
        assertEquals(expected.size(), tables.size());
        assertTrue(expected.stream().noneMatch(q -> q.id().equals("業種")), "the break-down is not a row of itself");
        assertEquals((long) tables.size(), steps.get(steps.size() - 1));

        Path file = folder.resolve("gt.xlsx");
        int[] written = {0};
        ExportProgress cancelAfterTwo = new ExportProgress() {
            @Override
            public void step(long done, long total) {
                written[0] = (int) done;
            }

            @Override
            public boolean cancelled() {
                return written[0] >= 2;
            }
        };
        org.junit.jupiter.api.Assertions.assertThrows(ExportCancelledException.class, () -> XlsxBook.write(tables,
                survey.title(), file, null, Locale.ENGLISH, cancelAfterTwo));
        assertEquals(2, written[0]);
        try (var files = java.nio.file.Files.list(folder)) {
            assertEquals(0, files.count(), "no book and no temporary file");
        }
    }

    @Test
    void sheetNamesAreValidAndDistinct() {
        java.util.Set<String> used = new java.util.HashSet<>();
        assertEquals("a_b_c", XlsxBook.sheetName("a[b]c", used));
        assertEquals("A_B_C (2)", XlsxBook.sheetName("A:B?C", used), "Excel compares names without case");
        assertEquals("x".repeat(31), XlsxBook.sheetName("x".repeat(40), used));
        assertEquals("x".repeat(27) + " (2)", XlsxBook.sheetName("x".repeat(40), used));
    }

    @Test
    void aSavedEntrysTitleAndNoteAreOnItsSheetAsText() throws Exception {
        Survey survey = ExportFixtures.sample();
        TableSpec spec = TableSpec.of(ExportFixtures.question(survey, "Q2"), ExportFixtures.question(survey, "業種"));
        ExportTable table = ExportTable.of(spec, CrosstabEngine.compute(spec), null, Locale.ENGLISH)
                .withUserNote("=1+1 大企業ほど連携が進む").withTitle("=SUM(A1) 連携状況");
        Path file = folder.resolve("entry.xlsx");
        XlsxBook.write(List.of(table), survey.title(), file, null, Locale.ENGLISH, ExportProgress.NONE);
        try (XSSFWorkbook book = new XSSFWorkbook(file.toFile())) {
            ExportFixtures.assertNoFormulas(book);
            Sheet sheet = book.getSheetAt(1);
            assertTrue(ExportFixtures.rowOf(sheet, "Note: =1+1 大企業ほど連携が進む") >= 0, "the user's note");
            assertTrue(ExportFixtures.rowOf(sheet, "'=SUM(A1) 連携状況") >= 0
                    || ExportFixtures.rowOf(sheet, "=SUM(A1) 連携状況") >= 0, "the entry's name as the title");
        }
    }
}
