package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.chart.BandChartModel;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The table options through the window, on the sample's Q3 (5-point worry scale) by 従業員規模 (company size, single
 * choice): significance letters and arrows, automatic NET columns, the ウェイト weight with its three bases, and
 * a filter picked from the filter menu. Expected numbers are computed here from the respondents' codes.
 */
class TableOptionsUiTest extends SampleWindowFixture {
    private static final double Z95 = 1.959963984540054;
    private static final double Z99 = 2.5758293035489004;

    @Start
    void start(Stage stage) {
        openSample(stage);
    }

    @Test
    void lettersArrowsNetsWeightsAndFilter(FxRobot robot) throws Exception {
        Survey sample = UiTestSupport.awaitSurvey(model);
        Question q3 = sample.find("Q3").orElseThrow();
        Question size = sample.find("従業員規模").orElseThrow();
        Question weight = sample.find("ウェイト").orElseThrow();
        Question position = sample.find("役職").orElseThrow();
        robot.interact(() -> {
            model.attributeProperty().set(size);
            model.questionProperty().set(q3);
        });
        WaitForAsyncUtils.waitForFxEvents();

        // ---- counts by hand: respondents who answered Q3 and 従業員規模
        int k = q3.categoryCount();
        int cols = size.categoryCount();
        double[][] count = new double[k][cols];
        double[] colTotal = new double[cols];
        double[] rowTotal = new double[k];
        double n = 0;
        for (int r = 0; r < sample.respondents(); r++) {
            if (q3.code(r) >= 0 && size.code(r) >= 0) {
                count[q3.code(r)][size.code(r)]++;
                colTotal[size.code(r)]++;
                rowTotal[q3.code(r)]++;
                n++;
            }
        }
        GridTable grid = view.grid().table();
        assertEquals(List.of("Total", "99人以下", "100〜999人", "1,000〜4,999人", "5,000人以上"),
                grid.rows().stream().map(GridTable.Row::label).toList());
        assertEquals(List.of("", "A", "B", "C", "D"), grid.rows().stream().map(GridTable.Row::letter).toList());
        String letters = "ABCD";
        for (int a = 0; a < k; a++) {
            for (int c = 0; c < cols; c++) {
                String cell = grid.rows().get(c + 1).cells().get(a);
                double p = count[a][c] / colTotal[c];
                assertTrue(cell.startsWith(String.format(Locale.ROOT, "%.1f", 100 * p)), cell);
                // adjusted standardised residual (O − E)/√(E(1 − R/N)(1 − C/N))
                double e = rowTotal[a] * colTotal[c] / n;
                double z = (count[a][c] - e) / Math.sqrt(e * (1 - rowTotal[a] / n) * (1 - colTotal[c] / n));
                assertEquals(z > Z95, cell.contains("▲"), "arrow up " + cell + " z=" + z);
                assertEquals(z < -Z95, cell.contains("▼"), "arrow down " + cell + " z=" + z);
                // pooled two-proportion z against every other column: its letter where this cell is above
                Set<Character> expected = new HashSet<>();
                for (int d = 0; d < cols; d++) {
                    double q = count[a][d] / colTotal[d];
                    double pooled = (count[a][c] + count[a][d]) / (colTotal[c] + colTotal[d]);
                    double zz = (p - q) / Math.sqrt(pooled * (1 - pooled) * (1 / colTotal[c] + 1 / colTotal[d]));
                    if (d != c && zz > Z95) {
                        expected.add(zz > Z99 ? letters.charAt(d) : Character.toLowerCase(letters.charAt(d)));
                    }
                }
                assertEquals(expected, lettersOf(cell), "letters of " + cell);
            }
        }
        // automatic NETs: top-2 and bottom-2 of the 5-point scale, after the answers, then n
        assertEquals(k + 3, grid.headers().size(), "answers, TOP2, BOTTOM2, n: " + grid.headers());
        String top2 = grid.rows().get(0).cells().get(k);
        assertTrue(top2.startsWith(String.format(Locale.ROOT, "%.1f", 100 * (rowTotal[0] + rowTotal[1]) / n)), top2);
        String bottom2 = grid.rows().get(0).cells().get(k + 1);
        assertTrue(bottom2.startsWith(String.format(Locale.ROOT, "%.1f", 100 * (rowTotal[3] + rowTotal[4]) / n)));
        assertFalse(robot.lookup("#gridLegend").queryLabeled().getText().isEmpty(), "the marks are explained");
        assertEquals(k, view.chart().getModel().bars().get(0).segments().size(), "no NETs in the band chart");

        robot.clickOn("#autoNetsToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(k + 1, view.grid().table().headers().size(), "NETs off");

        robot.clickOn("#significancePicker");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((javafx.scene.control.ListCell<?> cell) ->
                "Off".equals(cell.getText())).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        for (GridTable.Row row : view.grid().table().rows()) {
            for (String cell : row.cells()) {
                assertTrue(cell.matches("[0-9.]+"), "no marks with significance off: " + cell);
            }
        }

        // ---- weight
        robot.clickOn("#weightPicker");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((javafx.scene.control.ListCell<?> cell) ->
                "ウェイト".equals(cell.getText())).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(weight, model.tableOptions().weightProperty().get());
        double sw = 0;
        double sw2 = 0;
        double[] answerWeight = new double[k];
        double[] w = weight.numbers();
        for (int r = 0; r < sample.respondents(); r++) {
            if (q3.code(r) >= 0 && size.code(r) >= 0) {
                sw += w[r];
                sw2 += w[r] * w[r];
                answerWeight[q3.code(r)] += w[r];
            }
        }
        GridTable weighted = view.grid().table();
        assertEquals(List.of("n", "n (weighted)", "n (effective)"),
                weighted.headers().subList(k, k + 3));
        List<String> total = weighted.rows().get(0).cells();
        assertEquals(String.format(Locale.ROOT, "%.1f", 100 * answerWeight[0] / sw), total.get(0));
        assertEquals(Integer.toString((int) n), total.get(k));
        assertEquals(String.format(Locale.ROOT, "%.1f", sw), total.get(k + 1));
        assertEquals(String.format(Locale.ROOT, "%.1f", sw * sw / sw2), total.get(k + 2));
        BandChartModel.Bar totalBar = view.chart().getModel().bars().get(0);
        assertEquals(100 * answerWeight[0] / sw, totalBar.segments().get(0).percent(), 1e-9, "chart: weighted %");

        // ---- filter: 役職 = 部長クラス, through the filter menu
        robot.clickOn("#filterMenu");
        robot.clickOn(menuText(robot, QuestionListPane.title(position)));
        // along the submenu's row first, so that the pointer does not cross the other questions' submenus
        robot.clickOn(menuText(robot, "部長クラス"), org.testfx.robot.Motion.HORIZONTAL_FIRST);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !model.tableOptions().filterConditions().isEmpty());
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        int kept = 0;
        int managers = position.indexOf("部長クラス");
        for (int r = 0; r < sample.respondents(); r++) {
            if (q3.code(r) >= 0 && size.code(r) >= 0 && position.code(r) == managers) {
                kept++;
            }
        }
        GridTable filtered = view.grid().table();
        assertEquals(Integer.toString(kept), filtered.rows().get(0).cells().get(k));
        String status = robot.lookup("#statusFilter").queryLabeled().getText();
        assertTrue(status.contains("役職") && status.contains("部長クラス") && status.contains("n=" + kept), status);
    }

    /** The letters after a cell's value (and arrow). */
    private static Set<Character> lettersOf(String cell) {
        Set<Character> out = new HashSet<>();
        for (String part : cell.split(" ")) {
            if (part.matches("[A-Za-z]+")) {
                for (char ch : part.toCharArray()) {
                    out.add(ch);
                }
            }
        }
        return out;
    }

    /** A menu entry's label inside an open popup menu (not the same text elsewhere in the window). */
    private static Node menuText(FxRobot robot, String text) throws Exception {
        List<Node> found = new ArrayList<>();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
            found.clear();
            for (Node menu : robot.lookup(".context-menu").queryAll()) {
                found.addAll(robot.from(menu).lookup((Node node) -> node instanceof Labeled l
                        && text.equals(l.getText()) && node.isVisible() && node.getScene() != null
                        && node.getScene().getWindow() != null && node.getScene().getWindow().isShowing()).queryAll());
            }
            return !found.isEmpty();
        });
        return found.get(0);
    }
}
