package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 12 through the real window on the sample: Edit > Weighting…, two attributes with typed targets, the report,
 * the weight column created and picked as the table's weight, and the grid's test line with the Rao–Scott test
 * equal to R's svychisq (src/test/resources/weighting/rao_scott.csv); unreachable targets get a clear line.
 */
class WeightingUiTest extends SampleWindowFixture {
    private static final String[] INDUSTRY = {"25", "20", "15", "10", "20", "10"};
    private static final String[] SIZE = {"30", "35", "20", "15"};

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        openSample(stage);
    }

    private void openDialog(FxRobot robot) {
        robot.clickOn("#menuEdit").clickOn("#menuWeighting");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(robot.lookup("#weightingDialog").tryQuery().orElse(null));
    }

    private static void addAttribute(FxRobot robot, Survey survey, String id) {
        ComboBox<Question> picker = robot.lookup("#weightingPicker").queryComboBox();
        robot.interact(() -> picker.setValue(survey.find(id).orElseThrow()));
        robot.clickOn("#weightingAdd");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types the first target with the keyboard; the others are set directly (typing each costs seconds). */
    private static void type(FxRobot robot, int attribute, String[] targets) {
        robot.doubleClickOn("#target-" + attribute + "-0").eraseText(6).write(targets[0]);
        for (int c = 1; c < targets.length; c++) {
            javafx.scene.control.TextField field = robot.lookup("#target-" + attribute + "-" + c)
                    .queryAs(javafx.scene.control.TextField.class);
            String value = targets[c];
            robot.interact(() -> field.setText(value));
        }
    }

    @Test
    void rakeTheSampleAndReadTheRaoScottTest(FxRobot robot) throws Exception {
        Survey sample = UiTestSupport.awaitSurvey(model);
        openDialog(robot);
        addAttribute(robot, sample, "業種");
        addAttribute(robot, sample, "従業員規模");
        type(robot, 0, INDUSTRY);
        type(robot, 1, SIZE);
        robot.clickOn("#weightingCompute");
        WaitForAsyncUtils.waitForFxEvents();
        TextArea report = robot.lookup("#weightingReport").queryAs(TextArea.class);
        assertTrue(report.getText().contains("収束") || report.getText().contains("Converged"), report.getText());
        assertTrue(report.getText().contains("25.00%"), report.getText());
        javafx.scene.Node pane = robot.lookup("#weightingDialog").query();
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = pane.snapshot(null, null));
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image[0], null), "png",
                Path.of("target", "weighting-dialog.png").toFile());
        robot.clickOn("#weightingCreate");
        WaitForAsyncUtils.waitForFxEvents();

        Question weight = model.tableOptions().weightProperty().get();
        assertNotNull(weight, "the new column is the table's weight");
        assertEquals("weight", weight.id());
        ComboBox<Question> picker = robot.lookup("#weightPicker").queryComboBox();
        assertTrue(picker.getItems().contains(weight), "the weight picker offers it");
        assertTrue(model.surveyProperty().get().find("weight").isPresent());

        Survey weighted = model.surveyProperty().get();
        robot.interact(() -> {
            model.attributeProperty().set(weighted.find("役職").orElseThrow());
            model.questionProperty().set(weighted.find("Q2").orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.crosstabProperty().get().weighted());
        String line = robot.lookup("#gridTestLine").queryAs(Label.class).getText();
        CSVRecord ref = reference();
        String expected = String.format(java.util.Locale.ROOT, "%.2f", Double.parseDouble(ref.get("statistic")));
        assertTrue(line.contains("Rao–Scott") && line.contains(expected + "、自由度 16")
                || line.contains(expected + ", df 16"), line + " / R: " + expected);

        // Undo (the pivot steps above are undone first, then the edit that made the column) removes the column
        int undos = 0;
        while (model.surveyProperty().get().find("weight").isPresent() && undos < 5) {
            robot.clickOn("#menuEdit").clickOn("#menuUndo");
            WaitForAsyncUtils.waitForFxEvents();
            undos++;
        }
        assertTrue(model.surveyProperty().get().find("weight").isEmpty());
        assertEquals(null, model.tableOptions().weightProperty().get(), "the removed column is no longer the weight");
        assertTrue(picker.getItems().stream().noneMatch(q -> q != null && q.id().equals("weight")));
        robot.clickOn("#menuEdit").clickOn("#menuRedo");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.surveyProperty().get().find("weight").isPresent(), "the column is back with Redo");
        assertTrue(picker.getItems().stream().anyMatch(q -> q != null && q.id().equals("weight")), "back with Redo");
    }

    private static CSVRecord reference() throws Exception {
        try (Reader reader = Files.newBufferedReader(Path.of("src/test/resources/weighting/rao_scott.csv"),
                StandardCharsets.UTF_8)) {
            List<CSVRecord> all = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).getRecords();
            return all.stream().filter(r -> r.get("case").equals("sample") && r.get("by").equals("役職")).findFirst()
                    .orElseThrow();
        }
    }

    @Test
    void targetsThatDoNotSumTo100AndTargetsFromCsv(FxRobot robot) throws Exception {
        Survey sample = UiTestSupport.awaitSurvey(model);
        openDialog(robot);
        addAttribute(robot, sample, "従業員規模");
        type(robot, 0, new String[] {"30", "35", "20", "5"});
        robot.clickOn("#weightingCompute");
        WaitForAsyncUtils.waitForFxEvents();
        TextArea report = robot.lookup("#weightingReport").queryAs(TextArea.class);
        assertTrue(report.getText().contains("90.00%"), report.getText());
        assertTrue(robot.lookup("#weightingCreate").queryButton().isDisabled());

        Path csv = Files.writeString(dir.resolve("targets.csv"), "attribute,answer,share\n"
                + "業種,製造,0.25\n業種,IT・通信,0.20\n業種,流通・小売,0.15\n業種,金融・保険,0.10\n業種,サービス,0.20\n"
                + "業種,その他,0.10\n", StandardCharsets.UTF_8);
        robot.interact(() -> findDialog(robot).loadTargets(csv));
        type(robot, 0, SIZE);
        robot.clickOn("#weightingCompute");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(report.getText().contains("20.00%\t20.00%") || report.getText().contains("20.00%"),
                report.getText());
        assertTrue(!robot.lookup("#weightingCreate").queryButton().isDisabled(), report.getText());
        robot.clickOn(robot.lookup(".button").match(n -> n instanceof javafx.scene.control.Button b
                && b.isCancelButton()).<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.surveyProperty().get().find("weight").isEmpty(), "cancel creates nothing");
    }

    private static WeightingDialog findDialog(FxRobot robot) {
        return (WeightingDialog) robot.lookup("#weightingDialog").query().getProperties().get(WeightingDialog.class);
    }
}
