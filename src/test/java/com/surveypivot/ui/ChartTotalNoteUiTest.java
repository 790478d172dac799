package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import com.surveypivot.workspace.PivotCommand;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * With the grid's Total set to everyone who answered the question, the chart says so under its base line, with both
 * bases counted again here (window and saved image); with the table's Total it says nothing more.
 */
class ChartTotalNoteUiTest extends SampleWindowFixture {
    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        openSample(stage);
    }

    @Test
    void theChartStatesTheGridsWiderTotal(FxRobot robot) throws Exception {
        Survey s = UiTestSupport.awaitSurvey(model);
        Question q3 = s.find("Q3").orElseThrow();
        Question size = s.find("従業員規模").orElseThrow();
        robot.interact(() -> {
            model.workspace().execute(new PivotCommand.SetQuestion("Q3"));
            model.workspace().execute(new PivotCommand.SetAttribute("従業員規模"));
        });
        WorkspaceUiTest.settle();
        int answered = 0;
        int both = 0;
        for (int r = 0; r < s.respondents(); r++) {
            answered += q3.answered().contains(r) ? 1 : 0;
            both += q3.answered().contains(r) && size.answered().contains(r) ? 1 : 0;
        }
        List<String> before = view.chart().getModel().notes();
        assertTrue(before.stream().noneMatch(n -> n.contains("grid")), before.toString());

        robot.clickOn("#gridOptions").clickOn("Total: Everyone Who Answered the Question");
        WorkspaceUiTest.settle();
        String expected = String.format("The grid's Total: everyone who answered Q3 (n=%,d), with or without an answer"
                + " to 従業員規模; the Total bar here: respondents who answered both (n=%,d)", answered, both);
        List<String> notes = view.chart().getModel().notes();
        assertEquals(expected, notes.get(1), notes.toString());
        assertEquals(before.get(0), notes.get(0), "after the base line");
        assertEquals(both, view.chart().getModel().bars().get(0).base(), "the Total bar stays the table's");
        assertTrue(view.chart().texts().stream().anyMatch(t -> t.getText().equals(expected)), "drawn in the window");
        Path svg = folder.resolve("q3.svg");
        robot.interact(() -> {
            try {
                model.saveChartImage(svg, ImageFormat.SVG);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        String saved = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(saved.contains("everyone who answered Q3"), "in the saved image");

        robot.clickOn("#gridOptions").clickOn("Total: Respondents in the Table");
        WorkspaceUiTest.settle();
        assertEquals(before, view.chart().getModel().notes());
    }
}
