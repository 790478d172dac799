package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.chart.BandChartModel;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.Survey;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Survey edits through the real window: rename, categories, merge into a set, undo/redo, another sheet. */
class SurveyEditsUiTest extends SampleWindowFixture {
    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        openSample(stage);
    }

    /**
     * A two-sheet workbook. Sheet 回答, ten respondents ("." blank):
     * <pre>
     *  部署:  営業 営業 開発 開発 開発 総務 総務 営業 開発 総務
     *  メール: 1    0    1    1    .    0    1    0    .    1
     *  年代:  20代 30代 20代 40代 30代 20代 30代 40代 20代 30代
     *  電話:  0    0    1    0    .    1    1    0    .    0
     * </pre>
     * The two tick columns are apart, so the reader leaves them as single questions. Merged: メール ticked by 5
     * (r0 r2 r3 r6 r9), 電話 by 3 (r2 r5 r6); r4 and r8 are blank in both, so the base is 8.
     * Sheet 別シート holds a different survey (満足度 and 性別, six respondents).
     */
    Path workbook() throws Exception {
        Path file = folder.resolve("two-sheets.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet answers = book.createSheet("回答");
            String[] dept = {"営業", "営業", "開発", "開発", "開発", "総務", "総務", "営業", "開発", "総務"};
            String[] mail = {"1", "0", "1", "1", null, "0", "1", "0", null, "1"};
            String[] age = {"20代", "30代", "20代", "40代", "30代", "20代", "30代", "40代", "20代", "30代"};
            String[] phone = {"0", "0", "1", "0", null, "1", "1", "0", null, "0"};
            Row header = answers.createRow(0);
            String[] heads = {"部署", "連絡手段_メール", "年代", "連絡手段_電話"};
            for (int c = 0; c < heads.length; c++) {
                header.createCell(c).setCellValue(heads[c]);
            }
            for (int r = 0; r < dept.length; r++) {
                Row row = answers.createRow(r + 1);
                row.createCell(0).setCellValue(dept[r]);
                if (mail[r] != null) {
                    row.createCell(1).setCellValue(Double.parseDouble(mail[r]));
                }
                row.createCell(2).setCellValue(age[r]);
                if (phone[r] != null) {
                    row.createCell(3).setCellValue(Double.parseDouble(phone[r]));
                }
            }
            Sheet other = book.createSheet("別シート");
            String[] sat = {"満足", "不満", "満足", "どちらでもない", "満足", "不満"};
            String[] sex = {"男性", "女性", "女性", "男性", "女性", "男性"};
            Row h2 = other.createRow(0);
            h2.createCell(0).setCellValue("満足度");
            h2.createCell(1).setCellValue("性別");
            for (int r = 0; r < sat.length; r++) {
                Row row = other.createRow(r + 1);
                row.createCell(0).setCellValue(sat[r]);
                row.createCell(1).setCellValue(sex[r]);
            }
            book.write(out);
        }
        return file;
    }

    private Survey open(Path file) throws Exception {
        Survey before = model.surveyProperty().get();
        robot().interact(() -> model.open(file));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.surveyProperty().get() != before
                && !model.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return model.surveyProperty().get();
    }

    private static FxRobot robot() {
        return new FxRobot();
    }

    @SuppressWarnings("unchecked")
    private static ListCell<Question> cell(FxRobot robot, String id) {
        return (ListCell<Question>) robot.lookup("#questionList .list-cell").match(node -> {
            Question q = ((ListCell<Question>) node).getItem();
            return q != null && q.id().equals(id);
        }).query();
    }

    private static void select(FxRobot robot, String id) {
        robot.doubleClickOn("#questionSearch");
        robot.eraseText(30);
        robot.write(id);
        robot.clickOn(cell(robot, id));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void renameThroughTheContextMenuShowsInListAndChartThenUndoRestores(FxRobot robot) throws Exception {
        UiTestSupport.awaitSurvey(model);
        Question shown = model.questionProperty().get();
        Survey original = model.surveyProperty().get();
        select(robot, shown.id());
        // Monocle does not raise context-menu requests from a right click: show the list's menu as it would
        ListView<Question> list = robot.lookup("#questionList").queryListView();
        robot.interact(() -> list.getContextMenu().show(list, javafx.geometry.Side.RIGHT, 0, 0));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#contextRename");
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn("#renameText").eraseText(200).write("連携の状況（改名）");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("連携の状況（改名）", model.questionProperty().get().text());
        assertEquals(shown.id() + " 連携の状況（改名）", view.chart().getModel().title());
        robot.doubleClickOn("#questionSearch").eraseText(30);
        assertTrue(cell(robot, shown.id()).getText() == null
                && robot.lookup("#questionList .list-cell .label").queryAll().stream()
                        .anyMatch(n -> ((javafx.scene.control.Label) n).getText().contains("連携の状況（改名）")),
                "the list shows the new text");

        robot.clickOn("#questionList");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(original, model.surveyProperty().get(), "undo gives back the survey as loaded");
        assertEquals(shown.text(), model.questionProperty().get().text());
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("連携の状況（改名）", model.questionProperty().get().text());
    }

    @Test
    void reorderingCategoriesReordersTheLegendAndSegments(FxRobot robot) throws Exception {
        UiTestSupport.awaitSurvey(model);
        Question shown = model.questionProperty().get();
        List<String> before = view.chart().getModel().legend().stream().map(BandChartModel.LegendEntry::label)
                .toList();
        assertEquals(shown.categories(), before.subList(0, shown.categoryCount()));
        double firstPercent = view.chart().getModel().bars().get(0).segments().get(0).percent();
        select(robot, shown.id());
        robot.clickOn("#menuEdit").clickOn("#menuCategories");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> rows = robot.lookup("#categoryList").queryListView();
        robot.interact(() -> rows.getSelectionModel().select(0));
        robot.clickOn("#categoryDown");
        robot.doubleClickOn("#categoryLabel").eraseText(100).write("一番目");
        WaitForAsyncUtils.waitForFxEvents();
        Node dialog = robot.lookup("#categoryDialog").query();
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = dialog.snapshot(null, null));
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image[0], null), "png",
                Path.of("target", "category-dialog.png").toFile());
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        List<String> after = view.chart().getModel().legend().stream().map(BandChartModel.LegendEntry::label)
                .toList();
        assertEquals(before.get(1), after.get(0));
        assertEquals("一番目", after.get(1));
        BandChartModel.Bar total = view.chart().getModel().bars().get(0);
        assertEquals("一番目", total.segments().get(1).label());
        assertEquals(firstPercent, total.segments().get(1).percent(), 1e-9, "the answers moved with their label");
        robot.clickOn("#menuEdit").clickOn("#menuUndo");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, view.chart().getModel().legend().stream().map(BandChartModel.LegendEntry::label)
                .toList());
    }

    @Test
    void mergesTwoTickColumnsIntoAMultiChartAndUndoes(FxRobot robot) throws Exception {
        UiTestSupport.awaitSurvey(model);
        Survey loaded = open(workbook());
        Question mail = loaded.questions().stream().filter(q -> q.text().contains("メール")).findFirst()
                .orElseThrow();
        Question phone = loaded.questions().stream().filter(q -> q.text().contains("電話")).findFirst()
                .orElseThrow();
        assertNotEquals(QuestionType.MULTI, mail.type());
        robot.interact(() -> {
            ListView<Question> list = robot.lookup("#questionList").queryListView();
            list.getSelectionModel().clearSelection();
            list.getSelectionModel().select(mail);
            list.getSelectionModel().select(phone);
        });
        robot.clickOn("#menuEdit").clickOn("#menuMerge");
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn("#mergeName").eraseText(50).write("連絡手段");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        Question set = model.questionProperty().get();
        assertEquals(QuestionType.MULTI, set.type());
        assertEquals("連絡手段", set.text());
        assertEquals(8, set.answered().count(), "two respondents blank in both columns are out of the base");
        assertEquals(5, set.count(0));
        assertEquals(3, set.count(1));
        BandChartModel chart = view.chart().getModel();
        assertEquals(BandChartModel.Layout.GROUPED, chart.layout(), "a multi-response chart");
        assertFalse(model.questions().contains(mail));

        robot.clickOn("#menuEdit").clickOn("#menuUndo");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(loaded, model.surveyProperty().get());
        assertTrue(model.questions().stream().anyMatch(q -> q.id().equals(mail.id())));
    }

    @Test
    void choosesAnotherSheet(FxRobot robot) throws Exception {
        UiTestSupport.awaitSurvey(model);
        Survey first = open(workbook());
        assertEquals("回答", first.sheet());
        robot.clickOn("#menuFile").clickOn("#menuChooseSheet");
        WaitForAsyncUtils.waitForFxEvents();
        // the dialog's own choice box (the main window has combo boxes of its own)
        robot.clickOn(robot.lookup("#sheetDialog .combo-box").queryAs(Node.class));
        robot.clickOn("別シート");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.surveyProperty().get() != first
                && !model.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        Survey second = model.surveyProperty().get();
        assertEquals("別シート", second.sheet());
        assertEquals(6, second.respondents());
        assertTrue(second.find("満足度").isPresent());
        Node list = robot.lookup("#questionList").query();
        assertEquals(second.crossableQuestions().size(), ((ListView<?>) list).getItems().size());
    }
}
