package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Data tab through the window: a double click on a grid cell of Q3 by 従業員規模 lists exactly the respondents
 * counted in it (checked against a loop over the answers), the listed rows follow the filter, and a text question
 * lists only those who wrote an answer, its answers first.
 */
class DataTabUiTest extends SampleWindowFixture {

    @Start
    void start(Stage stage) {
        openSample(stage);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCellsRespondentsTheFilterAndTextAnswers(FxRobot robot) throws Exception {
        Survey sample = UiTestSupport.awaitSurvey(model);
        Question q3 = sample.find("Q3").orElseThrow();
        Question size = sample.find("従業員規模").orElseThrow();
        Question industry = sample.find("業種").orElseThrow();
        Question q5 = sample.find("Q5").orElseThrow();
        robot.interact(() -> {
            model.tableOptions().autoNetsProperty().set(false);
            model.attributeProperty().set(size);
            model.questionProperty().set(q3);
        });
        WaitForAsyncUtils.waitForFxEvents();

        // the second segment's row, the second answer's column
        GridTable.Row row = view.grid().getItems().get(2);
        String segment = row.label();
        String answer = q3.categories().get(1);
        robot.doubleClickOn(cell(view.grid(), 2, 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("dataTab", view.views().getSelectionModel().getSelectedItem().getId(), "the Data tab opens");

        List<Integer> expected = new ArrayList<>();
        for (int r = 0; r < sample.respondents(); r++) {
            if (q3.code(r) == 1 && size.code(r) == size.indexOf(segment)) {
                expected.add(r);
            }
        }
        TableView<Integer> data = robot.lookup("#dataTable").queryTableView();
        assertEquals(expected, data.getItems(), "the respondents of the cell, in file order");
        assertEquals(expected.size(), model.crosstabProperty().get().rows().get(1).count(2), 1e-9,
                "as many as the cell counts");
        TableColumn<Integer, String> q3Column = column(data, "Q3");
        TableColumn<Integer, String> sizeColumn = column(data, "従業員規模");
        for (int i = 0; i < data.getItems().size(); i++) {
            assertEquals(answer, cellText(data, q3Column, i));
            assertEquals(segment, cellText(data, sizeColumn, i));
        }
        assertTrue(robot.lookup("#dataSource").queryLabeled().getText().endsWith(": " + expected.size()),
                robot.lookup("#dataSource").queryLabeled().getText());
        assertTrue(robot.lookup("#dataTable .table-cell").queryAll().stream().anyMatch(n -> n instanceof TableCell<?, ?> c
                && answer.equals(c.getText())), "the answers are drawn in the table");

        // back to everyone in the filter, and the filter followed
        robot.clickOn("#dataShowFilter");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(sample.respondents(), data.getItems().size());
        robot.interact(() -> model.tableOptions().setFiltered(industry, "製造", true));
        WaitForAsyncUtils.waitForFxEvents();
        int manufacturing = 0;
        for (int r = 0; r < sample.respondents(); r++) {
            manufacturing += industry.code(r) == industry.indexOf("製造") ? 1 : 0;
        }
        assertEquals(manufacturing, data.getItems().size());
        assertTrue(data.getItems().stream().allMatch(r -> industry.code(r) == industry.indexOf("製造")));

        // the free-text question: only those who wrote something, its answers first
        robot.interact(() -> model.tableOptions().clearFilter());
        robot.interact(() -> view.data().verbatimProperty().set(q5));
        WaitForAsyncUtils.waitForFxEvents();
        long wrote = q5.texts().stream().filter(t -> t != null && !t.isBlank()).count();
        assertEquals(wrote, data.getItems().size());
        assertEquals("Q5", data.getColumns().get(1).getText());
        for (int i = 0; i < data.getItems().size(); i++) {
            assertEquals(q5.texts().get(data.getItems().get(i)), cellText(data, data.getColumns().get(1), i));
        }
    }

    @SuppressWarnings("unchecked")
    private static TableColumn<Integer, String> column(TableView<Integer> table, String header) {
        return (TableColumn<Integer, String>) table.getColumns().stream().filter(c -> header.equals(c.getText()))
                .findFirst().orElseThrow();
    }

    static Node cell(CrosstabGrid grid, int row, int column) {
        return grid.lookupAll(".table-cell").stream().filter(n -> n instanceof TableCell<?, ?> c
                && c.getIndex() == row && c.getTableColumn() == grid.getColumns().get(column)).findFirst()
                .orElseThrow();
    }

    /** The text the Data tab's column shows for row {@code i} (cells take it from the column, not a value factory). */
    static String cellText(TableView<Integer> data, TableColumn<Integer, ?> column, int i) {
        return ((RespondentColumns.Column) column.getUserData()).value(data.getItems().get(i));
    }
}
