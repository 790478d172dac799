package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.surveypivot.survey.Survey;
import com.surveypivot.workspace.ChartSettings;
import com.surveypivot.workspace.PivotCommand;
import java.util.List;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The user's note belongs to the table (question, banner, nest, segments, filters, weight), not just to the question
 * and first attribute: two tables of one question keep their own notes; restyling the chart keeps the note.
 */
class NotePerTableUiTest extends SampleWindowFixture {

    @Start
    void start(Stage stage) {
        openSample(stage);
    }

    @Test
    void twoTablesOfTheSameQuestionKeepTheirOwnNotes(FxRobot robot) throws Exception {
        Survey s = UiTestSupport.awaitSurvey(model);
        String size = s.find("従業員規模").orElseThrow().categories().get(3);
        TextInputControl note = robot.lookup("#userNote").queryTextInputControl();
        robot.clickOn("#userNote").write("all companies");
        assertEquals("all companies", model.userNoteProperty().get());

        // the same question and attribute, filtered: another table, another note
        robot.interact(() -> model.workspace().execute(new PivotCommand.SetFilter("従業員規模", List.of(size))));
        WorkspaceUiTest.settle();
        assertEquals("", note.getText());
        robot.clickOn("#userNote").write("large only");

        // chosen segments: a third table
        String function = s.find("Q1").orElseThrow().categories().get(0);
        robot.interact(() -> model.workspace().execute(new PivotCommand.SetSegments(List.of(function))));
        WorkspaceUiTest.settle();
        assertEquals("", note.getText());

        robot.interact(() -> model.workspace().execute(new PivotCommand.SetSegments(List.of())));
        WorkspaceUiTest.settle();
        assertEquals("large only", note.getText());
        // the chart's look is not the table: the note stays
        robot.interact(() -> model.workspace().execute(new PivotCommand.SetChart(
                withDecimals(model.workspace().state().chart(), 0))));
        WorkspaceUiTest.settle();
        assertEquals("large only", note.getText());

        robot.interact(() -> model.workspace().execute(new PivotCommand.RemoveFilter("従業員規模")));
        WorkspaceUiTest.settle();
        assertEquals("all companies", note.getText());
        assertEquals("all companies", model.userNoteProperty().get());
    }

    private static ChartSettings withDecimals(ChartSettings c, int decimals) {
        return new ChartSettings(c.kind(), decimals, c.reportLanguage(), c.sortBy());
    }
}
