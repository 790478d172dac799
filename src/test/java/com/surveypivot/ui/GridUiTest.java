package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The grid through the window, on the sample's Q3 (5-point worry scale) by 従業員規模 (company size): a click on an
 * answer's header sorts the segments by it, the copied grid (Ctrl+C, read back from the clipboard) parses into the
 * right % and bases with the segments' letters, and the decimals follow the Cells menu. Expected numbers are
 * counted here from the respondents' codes.
 */
class GridUiTest extends SampleWindowFixture {
    private Question q3;
    private Question size;
    private int[][] count;
    private int[] base;

    @Start
    void start(Stage stage) {
        openSample(stage);
    }

    private void showQ3BySize(FxRobot robot) throws Exception {
        Survey sample = UiTestSupport.awaitSurvey(model);
        q3 = sample.find("Q3").orElseThrow();
        size = sample.find("従業員規模").orElseThrow();
        robot.interact(() -> {
            model.tableOptions().autoNetsProperty().set(false);
            model.attributeProperty().set(size);
            model.questionProperty().set(q3);
        });
        WaitForAsyncUtils.waitForFxEvents();
        count = new int[size.categoryCount()][q3.categoryCount()];
        base = new int[size.categoryCount()];
        for (int r = 0; r < sample.respondents(); r++) {
            if (q3.code(r) >= 0 && size.code(r) >= 0) {
                count[size.code(r)][q3.code(r)]++;
                base[size.code(r)]++;
            }
        }
    }

    private double percent(int segment, int answer) {
        return 100.0 * count[segment][answer] / base[segment];
    }

    @Test
    void clickingAnAnswersHeaderSortsTheSegmentsByIt(FxRobot robot) throws Exception {
        showQ3BySize(robot);
        String answer = q3.categories().get(0);
        Node header = robot.lookup(".crosstab-grid .column-header .grid-header").match(n -> ((Label) n).getText()
                .equals(answer)).query();
        assertNotNull(header);

        robot.clickOn(header);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> expected = segmentsBy(0, Comparator.naturalOrder());
        assertEquals(expected, shownSegments(), "ascending by " + answer);
        assertEquals("Total", view.grid().getItems().get(0).label(), "the Total stays on top");

        robot.clickOn(header);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(segmentsBy(0, Comparator.reverseOrder()), shownSegments(), "descending");

        robot.clickOn(header);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(size.categories(), shownSegments(), "the table's own order again");
    }

    private List<String> segmentsBy(int answer, Comparator<Double> order) {
        List<Integer> segments = new ArrayList<>();
        for (int s = 0; s < size.categoryCount(); s++) {
            segments.add(s);
        }
        // the grid sorts by the shown (rounded) %; ties keep the table's order
        segments.sort(Comparator.comparing((Integer s) -> Math.round(percent(s, answer) * 10) / 10.0, order));
        return segments.stream().map(s -> size.categories().get(s)).toList();
    }

    private List<String> shownSegments() {
        return view.grid().getItems().stream().filter(r -> !r.total()).map(GridTable.Row::label).toList();
    }

    @Test
    void copiedGridParsesIntoItsValuesLettersAndBases(FxRobot robot) throws Exception {
        showQ3BySize(robot);
        AtomicReference<String> tsv = new AtomicReference<>();
        AtomicReference<String> html = new AtomicReference<>();
        robot.clickOn(cell(0, 1));
        robot.press(KeyCode.SHORTCUT).type(KeyCode.A).release(KeyCode.SHORTCUT);
        robot.press(KeyCode.SHORTCUT).type(KeyCode.C).release(KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            tsv.set(Clipboard.getSystemClipboard().getString());
            html.set(Clipboard.getSystemClipboard().getHtml());
        });
        assertNotNull(tsv.get(), "text on the clipboard");
        assertNotNull(html.get(), "HTML on the clipboard");
        assertTrue(html.get().contains("<table") && html.get().contains("<th>" + q3.categories().get(0) + "</th>"));

        List<String[]> lines = Arrays.stream(tsv.get().split("\n")).map(l -> l.split("\t", -1)).toList();
        assertEquals("Q3 部門間連携の悩みの度合い × 従業員規模", lines.get(0)[0]);
        String[] header = lines.get(1);
        assertEquals("従業員規模", header[0]);
        for (int a = 0; a < q3.categoryCount(); a++) {
            assertEquals(q3.categories().get(a), header[a + 1]);
        }
        assertEquals("n", header[q3.categoryCount() + 1]);
        GridTable grid = view.grid().table();
        int line = 2;
        for (GridTable.Row row : grid.rows()) {
            String[] values = lines.get(line++);
            assertEquals(row.displayLabel(), values[0]);
            int s = row.total() ? -1 : size.indexOf(row.label());
            int n = row.total() ? Arrays.stream(base).sum() : base[s];
            assertEquals(Integer.toString(n), values[q3.categoryCount() + 1], row.label() + " base");
            for (int a = 0; a < q3.categoryCount(); a++) {
                int answer = a;
                double expected = row.total() ? 100.0 * Arrays.stream(count).mapToInt(c -> c[answer]).sum() / n
                        : percent(s, a);
                assertEquals(String.format(Locale.ROOT, "%.1f", expected), values[a + 1], row.label() + " / " + a);
            }
            if (!row.letter().isEmpty()) {
                assertTrue(values[0].startsWith("(" + row.letter() + ") "), "the segment's letter: " + values[0]);
            }
            boolean marked = row.parts().stream().anyMatch(p -> !p.marks().isEmpty());
            if (marked) {
                String[] marks = lines.get(line++);
                assertEquals("", marks[0]);
                for (int a = 0; a < q3.categoryCount(); a++) {
                    assertEquals(row.parts().get(a).marks(), marks[a + 1]);
                    assertTrue(marks[a + 1].matches("[▲▼]?( ?[A-Za-z]+)?"), marks[a + 1]);
                }
            }
        }
        long letterRows = grid.rows().stream().filter(r -> !r.letter().isEmpty()).count();
        assertEquals(size.categoryCount(), letterRows, "every segment has its letter (95% letters are on)");
        assertTrue(lines.get(line)[0].startsWith("▲/▼"), "the legend under the table: " + lines.get(line)[0]);
    }

    @Test
    void aSelectionCopiesItsRowsAndColumnsWithLabelsAndHeaders(FxRobot robot) throws Exception {
        showQ3BySize(robot);
        AtomicReference<String> tsv = new AtomicReference<>();
        view.grid().setClipboard(content -> tsv.set(content.getString()));
        robot.clickOn(cell(1, 2));
        robot.press(KeyCode.SHIFT).clickOn(cell(2, 3)).release(KeyCode.SHIFT);
        robot.press(KeyCode.SHORTCUT).type(KeyCode.C).release(KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        String[] lines = tsv.get().split("\n");
        assertEquals("従業員規模\t" + q3.categories().get(1) + "\t" + q3.categories().get(2), lines[1]);
        GridTable.Row first = view.grid().getItems().get(1);
        String[] values = lines[2].split("\t", -1);
        assertEquals(first.displayLabel(), values[0]);
        int s = size.indexOf(first.label());
        assertEquals(String.format(Locale.ROOT, "%.1f", percent(s, 1)), values[1]);
        assertEquals(String.format(Locale.ROOT, "%.1f", percent(s, 2)), values[2]);
    }

    @Test
    void decimalsAndCountWithPercentFromTheCellsMenu(FxRobot robot) throws Exception {
        showQ3BySize(robot);
        robot.clickOn("#gridOptions").clickOn("2 Decimals");
        WaitForAsyncUtils.waitForFxEvents();
        GridTable.Row first = view.grid().table().rows().get(1);
        int s = size.indexOf(first.label());
        assertEquals(String.format(Locale.ROOT, "%.2f", percent(s, 0)), first.parts().get(0).value());

        robot.clickOn("#gridOptions").clickOn("Count and % Together");
        WaitForAsyncUtils.waitForFxEvents();
        first = view.grid().table().rows().get(1);
        assertEquals(Integer.toString(count[s][0]), first.parts().get(0).count());
        assertTrue(first.cells().get(0).startsWith(String.format(Locale.ROOT, "%.2f (%d)", percent(s, 0),
                count[s][0])), first.cells().get(0));

        robot.clickOn("#gridOptions").clickOn("Total: Everyone Who Answered the Question");
        WaitForAsyncUtils.waitForFxEvents();
        int answered = q3.answered().count();
        GridTable.Row total = view.grid().table().rows().get(0);
        assertEquals(Integer.toString(answered), total.cells().get(total.cells().size() - 1),
                "everyone who answered Q3");
        assertEquals(view.grid().table().totalNote(), robot.lookup("#gridTotalNote").queryLabeled().getText());
        assertTrue(view.grid().table().totalNote().contains("everyone who answered Q3"));
    }

    @Test
    void rowLabelsStayInViewWhileTheValuesScrollSideways(FxRobot robot) throws Exception {
        Survey sample = UiTestSupport.awaitSurvey(model);
        robot.interact(() -> {
            model.attributeProperty().set(sample.find("Q1").orElseThrow());
            model.questionProperty().set(sample.find("Q2").orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ScrollBar bar = view.grid().lookupAll(".scroll-bar").stream()
                .filter(n -> n instanceof javafx.scene.control.ScrollBar b
                        && b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL)
                .map(n -> (javafx.scene.control.ScrollBar) n).findFirst().orElseThrow();
        assertTrue(bar.getMax() > 50, "the values are wider than the grid: " + bar.getMax());
        double labelBefore = cell(1, 0).localToScene(0, 0).getX();
        double valueBefore = cell(1, 1).localToScene(0, 0).getX();
        robot.interact(() -> bar.setValue(bar.getMax()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(labelBefore, cell(1, 0).localToScene(0, 0).getX(), 1.0, "the label stays");
        assertEquals(valueBefore - bar.getMax(), cell(1, 1).localToScene(0, 0).getX(), 1.0, "the values move");
        Node corner = view.grid().lookupAll(".column-header").stream().filter(n -> n instanceof
                javafx.scene.control.skin.TableColumnHeader h && h.getTableColumn() == view.grid().getColumns()
                .get(0)).findFirst().orElseThrow();
        assertEquals(labelBefore, corner.localToScene(0, 0).getX(), 1.0, "the corner header stays");
    }

    /** The grid cell of a shown row and column (0 = the label column). */
    @SuppressWarnings("unchecked")
    private Node cell(int row, int column) {
        return view.grid().lookupAll(".table-cell").stream().filter(n -> n instanceof TableCell<?, ?> c
                && c.getIndex() == row && c.getTableColumn() == view.grid().getColumns().get(column)).findFirst()
                .orElseThrow();
    }
}
