package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.survey.Survey;
import java.util.Random;
import javafx.scene.Node;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Data tab's cells fill themselves from their row only while on screen: after scrolling down and sideways (cells
 * taken off the scene and put back), every cell on screen shows its respondent's answer, and the row numbers match.
 */
class DataScrollUiTest extends SampleWindowFixture {

    @Start
    void start(Stage stage) {
        openSample(stage);
    }

    @Test
    void everyCellOnScreenShowsItsRowsAnswerAfterScrolling(FxRobot robot) throws Exception {
        Survey sample = UiTestSupport.awaitSurvey(model);
        robot.interact(() -> view.views().getSelectionModel().select(view.dataTab()));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Integer> data = robot.lookup("#dataTable").queryTableView();
        assertEquals(sample.respondents(), data.getItems().size());
        Random random = new Random(3);
        int checked = 0;
        for (int step = 0; step < 12; step++) {
            int row = random.nextInt(data.getItems().size());
            int column = step % 3 == 2 ? 0 : random.nextInt(data.getColumns().size());
            robot.interact(() -> {
                data.scrollTo(row);
                data.scrollToColumnIndex(column);
            });
            WaitForAsyncUtils.waitForFxEvents();
            checked += checkCells(data);
        }
        assertTrue(checked > 200, "cells checked: " + checked);
        double width = data.getColumns().stream().mapToDouble(c -> c.getWidth()).sum();
        assertTrue(width > 2 * data.getWidth(), "columns wider than the tab: " + width + " / " + data.getWidth());
    }

    /** Checks the cells whose column is in view: each follows its row, with its respondent's answer. */
    @SuppressWarnings("unchecked")
    private static int checkCells(TableView<Integer> data) {
        double scrolled = data.lookupAll(".scroll-bar").stream().filter(n -> n instanceof ScrollBar b
                && b.getOrientation() == Orientation.HORIZONTAL).mapToDouble(n -> ((ScrollBar) n).getValue())
                .findFirst().orElse(0);
        int checked = 0;
        for (Node node : data.lookupAll(".table-cell")) {
            TableCell<Integer, ?> cell = (TableCell<Integer, ?>) node;
            TableRow<Integer> row = cell.getTableRow();
            if (row == null || !row.isVisible() || row.getIndex() < 0 || row.getIndex() >= data.getItems().size()) {
                continue;
            }
            int at = data.getVisibleLeafIndex(cell.getTableColumn());
            double start = 0;
            for (int c = 0; c < at; c++) {
                start += data.getVisibleLeafColumn(c).getWidth();
            }
            double end = start + cell.getTableColumn().getWidth();
            if (end <= scrolled || start >= scrolled + data.getWidth()) {
                continue; // out of view
            }
            assertEquals(row.getIndex(), cell.getIndex(), "the cell follows its row, column " + at);
            int respondent = data.getItems().get(row.getIndex());
            String expected = at == 0 ? Integer.toString(respondent + 1)
                    : DataTabUiTest.cellText(data, cell.getTableColumn(), row.getIndex());
            assertEquals(expected, cell.getText(), "row " + row.getIndex() + ", column " + at);
            checked++;
        }
        return checked;
    }
}
