package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.export.SafeText;
import com.surveypivot.io.SurveyReader;
import com.surveypivot.project.SavedEntry;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File &gt; Export of two selected report entries (of three) as an Excel book and a PowerPoint deck, checked cell by
 * cell and chart part by chart part against counts made with a plain loop over the respondents; a formula-like entry
 * name stays text; the survey file's bytes are unchanged.
 */
class OutlineExportUiTest extends SampleWindowFixture {
    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        openSample(stage);
    }

    @Test
    void exportsTheSelectedEntriesAsABookAndADeck(FxRobot robot) throws Exception {
        UiTestSupport.awaitSurvey(model);
        Path data = folder.resolve("survey.xlsx");
        try (InputStream in = SurveyReader.class.getResourceAsStream(SurveyReader.SAMPLE_RESOURCE)) {
            Files.copy(in, data);
        }
        byte[] before = sha256(data);
        robot.interact(() -> model.open(data));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> data.equals(model.fileProperty().get())
                && !model.loadingProperty().get());
        Survey survey = UiTestSupport.awaitSurvey(model);

        UiTestSupport.pick(robot, "役職", "#useAsAttribute");
        UiTestSupport.pick(robot, "Q2", "#useAsQuestion");
        addCurrent(robot);
        UiTestSupport.pick(robot, "業種", "#useAsAttribute");
        addCurrent(robot);
        UiTestSupport.pick(robot, "Q3", "#useAsQuestion");
        addCurrent(robot);
        SavedEntry first = model.outline().entries().get(0);
        robot.interact(() -> model.outline().update(first.withName("=SUM(A1)")));

        // the first and the third entry selected (Ctrl+click does not open an entry)
        robot.clickOn(cell(robot, 0));
        robot.press(KeyCode.SHORTCUT).clickOn(cell(robot, 2)).release(KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, view.outlinePane().selectedEntries().size());

        FakeFileDialogs dialogs = new FakeFileDialogs(null, null);
        view.setFileDialogs(dialogs);
        Path book = folder.resolve("report.xlsx");
        dialogs.exportTarget = book;
        ExportMenuUiTest.openExportItem(robot, "#menuExportXlsx");
        robot.clickOn("#scopeSelected");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(book));
        Question role = question(survey, "役職");
        Question industry = question(survey, "業種");
        Question q2 = question(survey, "Q2");
        Question q3 = question(survey, "Q3");
        try (XSSFWorkbook workbook = new XSSFWorkbook(book.toFile())) {
            assertEquals(3, workbook.getNumberOfSheets(), "the index and two tables");
            checkSheet(workbook.getSheetAt(1), "=SUM(A1)", q2, role);
            checkSheet(workbook.getSheetAt(2), model.outline().entries().get(2).name(), q3, industry);
        }

        Path deck = folder.resolve("report.pptx");
        dialogs.exportTarget = deck;
        ExportMenuUiTest.openExportItem(robot, "#menuExportPptx");
        robot.clickOn("#scopeSelected");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(deck));
        try (org.apache.poi.xslf.usermodel.XMLSlideShow slides = new org.apache.poi.xslf.usermodel.XMLSlideShow(
                Files.newInputStream(deck))) {
            assertEquals(2, slides.getSlides().size());
            checkChart(slides.getSlides().get(0), "=SUM(A1)", q2, role);
            checkChart(slides.getSlides().get(1), model.outline().entries().get(2).name(), q3, industry);
        }

        // CSV of the two selected entries: one file each in the chosen folder, named from the entries
        Path csvs = Files.createDirectory(folder.resolve("csv"));
        dialogs.folder = csvs;
        ExportMenuUiTest.openExportItem(robot, "#menuExportCsv");
        robot.clickOn("#scopeSelected");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fileCount(csvs) == 2);
        String csv = Files.readString(csvs.resolve("01_=SUM(A1).csv"));
        assertTrue(csv.startsWith("\uFEFF"), "UTF-8 with a byte-order mark");
        assertTrue(Files.exists(csvs.resolve("02_" + OutlineFiles.safe(model.outline().entries().get(2).name())
                + ".csv")));

        // with notes in the speaker notes, and the map kept too: a deck of all four entries, the map as a picture
        ExportMenuUiTest.openExportItem(robot, "#menuSpeakerNotes");
        robot.clickOn("#mapTab");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.map().modelProperty().get() != null);
        robot.press(KeyCode.SHORTCUT).type(KeyCode.D).release(KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, model.outline().size());
        Path all = folder.resolve("all.pptx");
        dialogs.exportTarget = all;
        ExportMenuUiTest.openExportItem(robot, "#menuExportPptx");
        robot.clickOn("#scopeAll");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(all));
        try (org.apache.poi.xslf.usermodel.XMLSlideShow slides = new org.apache.poi.xslf.usermodel.XMLSlideShow(
                Files.newInputStream(all))) {
            assertEquals(4, slides.getSlides().size());
            assertTrue(slides.getSlides().get(0).getNotes() != null, "the notes in the speaker notes");
            assertEquals(1, slides.getPictureData().size(), "the map as a picture");
        }

        // chart images of all entries (PNG 2x) into a folder, one per entry, named from the entries
        Path images = Files.createDirectory(folder.resolve("images"));
        dialogs.folder = images;
        ExportMenuUiTest.openExportItem(robot, "#menuExportImages");
        robot.clickOn("#scopeAll");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fileCount(images) == 4);
        java.awt.image.BufferedImage picture = javax.imageio.ImageIO.read(images.resolve("01_=SUM(A1).png").toFile());
        assertEquals(2 * (int) ChartPicture.WIDTH, picture.getWidth());
        assertTrue(Files.exists(images.resolve("04_" + OutlineFiles.safe(model.outline().entries().get(3).name())
                + ".png")));
        assertArrayEquals(before, sha256(data), "the survey file is never written");
    }

    private static long fileCount(Path folder) throws java.io.IOException {
        try (var files = Files.list(folder)) {
            return files.filter(f -> !f.getFileName().toString().startsWith(".")).count();
        }
    }

    /** Each segment's counts, base and % of its base, against a plain loop over the respondents. */
    private static void checkSheet(XSSFSheet sheet, String title, Question q, Question by) {
        boolean titled = false;
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING
                    && first.getStringCellValue().equals(SafeText.of(title))) {
                titled = true;
            }
            for (Cell cell : row) {
                assertTrue(cell.getCellType() != CellType.FORMULA, "no formula in " + cell.getAddress());
            }
        }
        assertTrue(titled, "the entry's name as the sheet's title, as text: " + title);
        for (int a = 0; a < by.categoryCount(); a++) {
            int[] counts = counts(q, by, a);
            int base = java.util.Arrays.stream(counts).sum();
            Row row = rowOf(sheet, by.categories().get(a));
            assertEquals(base, row.getCell(2).getNumericCellValue(), 1e-9, by.categories().get(a) + " base");
            Row percents = sheet.getRow(row.getRowNum() + 1);
            for (int c = 0; c < q.categoryCount(); c++) {
                assertEquals(counts[c], row.getCell(3 + c).getNumericCellValue(), 1e-9);
                assertEquals((double) counts[c] / base, percents.getCell(3 + c).getNumericCellValue(), 1e-12);
            }
        }
    }

    /** The native chart's series: one per answer, a value per segment (share of its base), "(n=…)" in the categories. */
    private static void checkChart(org.apache.poi.xslf.usermodel.XSLFSlide slide, String title, Question q,
            Question by) throws Exception {
        StringBuilder text = new StringBuilder();
        slide.getShapes().forEach(s -> {
            if (s instanceof org.apache.poi.xslf.usermodel.XSLFTextShape t) {
                text.append(t.getText()).append('\n');
            }
        });
        assertTrue(text.toString().startsWith(SafeText.of(title) + "\n"), text.toString());
        var chart = slide.getRelations().stream().filter(r -> r instanceof org.apache.poi.xslf.usermodel.XSLFChart)
                .map(r -> (org.apache.poi.xslf.usermodel.XSLFChart) r).findFirst().orElseThrow();
        var series = chart.getChartSeries().get(0);
        assertEquals(q.categoryCount(), series.getSeriesCount());
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int s = 0; s < series.getSeriesCount(); s++) {
            var one = series.getSeries(s);
            String name = chart.getWorkbook().getSheetAt(0).getRow(0).getCell(s + 1).getStringCellValue();
            int c = q.categories().indexOf(name);
            assertTrue(c >= 0 && seen.add(c), "series " + name);
            for (int a = 0; a < by.categoryCount(); a++) {
                int[] counts = counts(q, by, a);
                int base = java.util.Arrays.stream(counts).sum();
                int point = pointOf(one.getCategoryData(), by.categories().get(a));
                String category = String.valueOf(one.getCategoryData().getPointAt(point));
                assertTrue(category.contains("n=" + base) || category.contains("n=" + String.format("%,d", base)),
                        category);
                assertEquals((double) counts[c] / base, one.getValuesData().getPointAt(point).doubleValue(), 1e-9);
            }
        }
    }

    private static int pointOf(org.apache.poi.xddf.usermodel.chart.XDDFDataSource<?> categories, String label) {
        for (int i = 0; i < categories.getPointCount(); i++) {
            if (String.valueOf(categories.getPointAt(i)).startsWith(label)) {
                return i;
            }
        }
        throw new AssertionError("no category " + label);
    }

    /** Respondents of one attribute category by their answer to the question (both answered), a plain loop. */
    private static int[] counts(Question q, Question by, int a) {
        int[] counts = new int[q.categoryCount()];
        for (int r = 0; r < q.respondentCount(); r++) {
            if (by.code(r) == a && q.code(r) >= 0) {
                counts[q.code(r)]++;
            }
        }
        return counts;
    }

    private static Row rowOf(XSSFSheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            // a segment's row is labelled with its column letter: "部長クラス (B)"
            if (first != null && first.getCellType() == CellType.STRING && (first.getStringCellValue().equals(label)
                    || first.getStringCellValue().startsWith(label + " ("))) {
                return row;
            }
        }
        StringBuilder dump = new StringBuilder();
        for (Row row : sheet) {
            dump.append(row.getRowNum()).append(':');
            for (Cell cell : row) {
                dump.append(cell).append(" | ");
            }
            dump.append('\n');
        }
        throw new AssertionError("no row " + label + " on " + sheet.getSheetName() + "\n" + dump);
    }

    private static Question question(Survey survey, String id) {
        return survey.questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    private void addCurrent(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.computing()
                && model.crosstabProperty().get() != null);
        int size = model.outline().size();
        if (size == 0) {
            // the outline is hidden until the first entry: Ctrl+D adds it and shows the list
            robot.press(KeyCode.SHORTCUT).type(KeyCode.D).release(KeyCode.SHORTCUT);
        } else {
            robot.clickOn("#outlineAdd");
        }
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.outline().size() == size + 1);
    }

    @SuppressWarnings("unchecked")
    private static Node cell(FxRobot robot, int index) {
        return robot.lookup("#outlineList .list-cell").match(n -> ((ListCell<SavedEntry>) n).getIndex() == index
                && ((ListCell<SavedEntry>) n).getItem() != null && n.isVisible() && n.getParent().isVisible())
                .query();
    }

    private static byte[] sha256(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }
}
