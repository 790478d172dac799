package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.TableRow;
import com.surveypivot.export.SurveyBook;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File > Export writes the table on screen as an Excel table book, and the whole survey as a GT book. */
class ExportMenuUiTest extends SampleWindowFixture {
    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        openSample(stage);
    }

    @Test
    void exportsTheCurrentTableAndTheWholeSurveyThroughTheMenu(FxRobot robot) throws Exception {
        UiTestSupport.awaitSurvey(view.model());
        UiTestSupport.pick(robot, "Q1", "#useAsAttribute");
        UiTestSupport.pick(robot, "Q2", "#useAsQuestion");
        FakeFileDialogs dialogs = new FakeFileDialogs(null, null);
        view.setFileDialogs(dialogs);
        Path book = folder.resolve("q2.xlsx");
        dialogs.exportTarget = book;

        openExportItem(robot, "#menuExportXlsx");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#statusText").queryLabeled().getText().contains("q2.xlsx"));
        assertEquals("Q2_by_Q1.xlsx", dialogs.offeredExportName);
        Crosstab shown = model.crosstabProperty().get();
        try (XSSFWorkbook workbook = new XSSFWorkbook(book.toFile())) {
            org.apache.poi.xssf.usermodel.XSSFSheet sheet = workbook.getSheetAt(1);
            Row total = null;
            for (Row row : sheet) {
                if (row.getCell(0) != null && row.getCell(0).toString().startsWith("Total")) {
                    total = row;
                    break;
                }
            }
            assertTrue(total != null, "a Total row");
            assertEquals(shown.total().unweightedBase(), total.getCell(2).getNumericCellValue());
            for (int r = 0; r < shown.rows().size(); r++) {
                TableRow row = shown.rows().get(r);
                assertEquals(row.count(0), total.getCell(3 + r).getNumericCellValue(), 1e-9, row.label());
                assertEquals(row.percent(0) / 100, sheet.getRow(total.getRowNum() + 1).getCell(3 + r)
                        .getNumericCellValue(), 1e-12, row.label());
            }
            assertEquals(1, sheet.getDrawingPatriarch().getCharts().size(), "a native chart");
        }

        Path gt = folder.resolve("gt.xlsx");
        dialogs.exportTarget = gt;
        openExportItem(robot, "#menuExportWhole");
        robot.clickOn("#wholeGt");
        robot.clickOn("OK");
        try {
            // the book is moved into place in one step when it is complete
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> java.nio.file.Files.exists(gt));
        } catch (java.util.concurrent.TimeoutException e) {
            StringBuilder windows = new StringBuilder();
            for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
                windows.append(w).append(' ').append(w.isShowing()).append(' ')
                        .append(w.getScene() == null ? "" : w.getScene().getRoot().getId()).append('\n');
                if (w.getScene() != null) {
                    robot.from(w.getScene().getRoot()).lookup(".label").queryAll().forEach(n ->
                            windows.append("   ").append(((javafx.scene.control.Labeled) n).getText()).append('\n'));
                }
            }
            throw new AssertionError("no book written; status: " + robot.lookup("#statusText").queryLabeled().getText() + "\n"
                    + windows, e);
        }
        assertEquals("GT.xlsx", dialogs.offeredExportName);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#wholeSurveyProgress").match(
                (javafx.scene.Node n) -> n.getScene() != null && n.getScene().getWindow().isShowing()).tryQuery()
                .isEmpty());
        int questions = SurveyBook.questions(model.surveyProperty().get(),
                model.tableOptions().spec(model.questionProperty().get(), null), null).size();
        try (XSSFWorkbook workbook = new XSSFWorkbook(gt.toFile())) {
            assertEquals(1 + questions, workbook.getNumberOfSheets());
        }

        // with the segment map shown, PowerPoint gets the map as a picture on its slide
        robot.clickOn("2-question map");
        WaitForAsyncUtils.waitForFxEvents();
        Path map = folder.resolve("map.pptx");
        dialogs.exportTarget = map;
        openExportItem(robot, "#menuExportPptx");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#statusText").queryLabeled().getText().contains("map.pptx"));
        try (org.apache.poi.xslf.usermodel.XMLSlideShow deck = new org.apache.poi.xslf.usermodel.XMLSlideShow(
                java.nio.file.Files.newInputStream(map))) {
            assertEquals(1, deck.getSlides().size());
            assertEquals(1, deck.getPictureData().size(), "the map as a picture");
        }
    }

    /** File > Export > the item; menu nodes of popups closed before are left out of the look-up. */
    static void openExportItem(FxRobot robot, String item) throws Exception {
        robot.clickOn(showing(robot, "#menuFile"));
        robot.clickOn(showing(robot, "#menuExport"));
        // into the submenu sideways first: a diagonal path over the File menu's lower items would close it
        robot.moveTo(showing(robot, "#menuExportXlsx"));
        robot.clickOn(showing(robot, item));
    }

    /** The node that the query finds in a showing window, once there is one (menus open asynchronously). */
    private static javafx.scene.Node showing(FxRobot robot, String query) throws Exception {
        java.util.function.Predicate<javafx.scene.Node> shown = n -> n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing() && n.isVisible();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).match(shown).tryQuery()
                .isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).match(shown).query();
    }
}
