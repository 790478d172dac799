package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.chart.SegmentMapModel;
import com.surveypivot.notes.Note;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The segment map made complete through the real window on the sample: a NET of Q2's three "not / only partly"
 * answers (2–4) on X, named by the user, Q3's top-2 box on Y, by Q1 (job function, multi-response). Every point's
 * shares are checked against counts made here; the notes pane lists the map's quadrant sentences (English, then
 * Japanese) with their evidence; the user's map note is kept apart from the table's; the map follows the filter
 * and says it is unweighted; the measure picker re-translates when the language switches.
 */
class MapNetNotesUiTest extends SampleWindowFixture {
    private static final String SALES = "営業・営業企画";
    private static final String SITE = "サイト運営・管理";

    @Start
    void start(Stage stage) {
        openSample(stage);
    }

    @AfterEach
    void englishAgain() {
        com.surveypivot.i18n.Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    @SuppressWarnings("unchecked")
    void netMapNotesOwnNoteFilterAndLanguage(FxRobot robot) throws Exception {
        Survey sample = UiTestSupport.awaitSurvey(model);
        Question q1 = sample.find("Q1").orElseThrow();
        Question q2 = sample.find("Q2").orElseThrow();
        Question q3 = sample.find("Q3").orElseThrow();
        robot.clickOn("2-question map");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(q2, model.map().x().questionProperty().get());
        assertEquals(q3, model.map().y().questionProperty().get());

        // ---- X: tick answers 2–4 of Q2 in the NET dialog; the name follows the ticks, then the user's own
        robot.clickOn("#mapXNet");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#netAnswer1"); // the current measure (answer 1) comes ticked: untick it
        robot.clickOn("#netAnswer2").clickOn("#netAnswer3").clickOn("#netAnswer4");
        TextField netName = robot.lookup("#netName").queryAs(TextField.class);
        String defaultName = netName.getText();
        // the three answers joined by "+", each cut short ("連携マインドは…+限定的にしか連…+ほとんど連携で…")
        assertEquals(3, defaultName.split("\\+").length, defaultName);
        assertTrue(defaultName.startsWith("連携マインドは"), defaultName);
        assertTrue(defaultName.length() <= 30, defaultName);
        robot.clickOn(netName).push(KeyCode.END).eraseText(60).write("poor collaboration");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(1, 2, 3), model.map().x().measureProperty().get().answers());
        assertEquals("poor collaboration", robot.lookup("#mapXName").queryAs(TextField.class).getText());
        assertEquals("NET (poor collaboration)", buttonText(robot, "#mapXMeasure"));

        // ---- Y: the top-2 box of Q3 (default), renamed in its name field
        assertEquals("Top 2 (とても悩んでいる + 悩んでいる)", buttonText(robot, "#mapYMeasure"));
        robot.clickOn("#mapYName").push(KeyCode.END).eraseText(60).write("worried");
        WaitForAsyncUtils.waitForFxEvents();

        // ---- every point's shares, counted here over the respondents
        SegmentMapModel map = view.mapPane().map().getModel();
        assertNotNull(map);
        assertEquals(q1.categoryCount(), map.points().size());
        for (int c = 0; c < q1.categoryCount(); c++) {
            SegmentMapModel.MapPoint point = map.points().get(c);
            assertEquals(q1.categories().get(c), point.label());
            double[] x = share(q2, q1, c, Set.of(1, 2, 3), null);
            double[] y = share(q3, q1, c, Set.of(0, 1), null);
            assertEquals(100 * x[0] / x[1], point.x(), 1e-9, "x of " + point.label());
            assertEquals(100 * y[0] / y[1], point.y(), 1e-9, "y of " + point.label());
        }
        // the corner captions name the measures
        assertTrue(map.quadrants().highXLowY().contains("poor collaboration")
                && map.quadrants().highXLowY().contains("worried"), map.quadrants().toString());

        // ---- the notes pane lists the map's quadrant notes, with their evidence on hover
        assertEquals("Notes on this map", robot.lookup("#notesHeading").queryAs(Label.class).getText());
        List<Note> shown = List.copyOf(model.shownNotes());
        Note sales = find(shown, SALES + ": more \"poor collaboration\"");
        assertTrue(sales.text().contains("but less \"worried\""), sales.text());
        Note site = find(shown, SITE + ": less \"poor collaboration\"");
        assertTrue(site.text().contains("but more \"worried\""), site.text());
        int index = shown.indexOf(sales);
        robot.interact(() -> robot.lookup("#generatedNotes").queryListView().scrollTo(index));
        ListCell<?> cell = robot.lookup("#generatedNotes .list-cell")
                .match((ListCell<?> c) -> c.getIndex() == index && c.getItem() != null).query();
        robot.moveTo(cell);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> cell.getTooltip() != null
                && cell.getTooltip().isShowing());
        String tip = cell.getTooltip().getText();
        assertTrue(tip.contains("Segment: " + SALES), tip);
        double[] salesX = share(q2, q1, q1.indexOf(SALES), Set.of(1, 2, 3), null);
        assertTrue(tip.contains(String.format(Locale.ROOT, "Value: %.1f%%", 100 * salesX[0] / salesX[1])), tip);

        // ---- the user's own note on the map: Insert notes puts the map's sentences, kept apart from the table's
        TextArea note = robot.lookup("#userNote").queryAs(TextArea.class);
        robot.clickOn(note).write("Map: ");
        robot.clickOn("#insertNotes");
        WaitForAsyncUtils.waitForFxEvents();
        String mapNote = note.getText();
        assertTrue(mapNote.startsWith("Map: "), mapNote);
        assertTrue(mapNote.contains(sales.text()) && mapNote.contains(site.text()), mapNote);
        robot.clickOn("Band chart");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", note.getText(), "the table has a note of its own");
        assertFalse(model.shownNotes().stream().anyMatch(n -> n.text().startsWith(SALES + ": more")));
        robot.clickOn(note).write("Table note");
        robot.clickOn("2-question map");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(mapNote, note.getText(), "the map's note survives switching tabs");
        // the caption under the saved chart is the map's note when the map is shown
        robot.interact(() -> model.captionUnderChartProperty().set(true));
        ChartPicture picture = model.chartPicture();
        assertNotNull(picture.map());
        assertEquals(mapNote.strip(), picture.caption());
        robot.clickOn("Band chart");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Table note", note.getText());
        robot.clickOn("2-question map");
        WaitForAsyncUtils.waitForFxEvents();

        // ---- the filter restricts the map's respondents; a weight is not applied and the map says so
        Question position = sample.find("役職").orElseThrow();
        String kept = position.categories().get(0);
        robot.interact(() -> model.tableOptions().setFiltered(position, kept, true));
        WaitForAsyncUtils.waitForFxEvents();
        SegmentMapModel filtered = view.mapPane().map().getModel();
        for (SegmentMapModel.MapPoint point : filtered.points()) {
            int c = q1.indexOf(point.label());
            double[] x = share(q2, q1, c, Set.of(1, 2, 3), position.members(0));
            assertEquals(100 * x[0] / x[1], point.x(), 1e-9, "filtered x of " + point.label());
        }
        assertTrue(robot.lookup("#mapOptions").queryAs(Label.class).getText().contains(kept));
        Question weight = sample.find("ウェイト").orElseThrow();
        robot.interact(() -> model.tableOptions().weightProperty().set(weight));
        WaitForAsyncUtils.waitForFxEvents();
        Label options = robot.lookup("#mapOptions").queryAs(Label.class);
        assertTrue(options.isVisible() && options.getText().contains("Unweighted"), options.getText());
        robot.interact(() -> {
            model.tableOptions().weightProperty().set(null);
            model.tableOptions().clearFilter();
        });
        WaitForAsyncUtils.waitForFxEvents();

        // ---- Japanese: the picker, the notes and the heading re-translate at once
        robot.clickOn("Language").clickOn("日本語");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("上位2（とても悩んでいる＋悩んでいる）", buttonText(robot, "#mapYMeasure"));
        assertEquals("このマップの所見", robot.lookup("#notesHeading").queryAs(Label.class).getText());
        List<String> japanese = model.shownNotes().stream().map(Note::text).toList();
        assertTrue(japanese.stream().anyMatch(t -> t.startsWith(
                SALES + "：「poor collaboration」は多いが、「worried」は少ない")), japanese.toString());
        assertTrue(japanese.stream().anyMatch(t -> t.startsWith(
                SITE + "：「poor collaboration」は少ないが、「worried」は多い")), japanese.toString());
        robot.clickOn("#mapYMeasure");
        WaitForAsyncUtils.waitForFxEvents();
        ListCell<?> topTwo = robot.lookup(".combo-box-popup .list-cell")
                .match((ListCell<?> c) -> c.getIndex() == 0 && c.getItem() != null).query();
        assertEquals("上位2（とても悩んでいる＋悩んでいる）", topTwo.getText());
        robot.clickOn(topTwo);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(mapNote, note.getText(), "the map's note stays through the language switch");
    }

    private static String buttonText(FxRobot robot, String query) {
        ComboBox<?> box = robot.lookup(query).queryComboBox();
        return box.getButtonCell().getText();
    }

    private static Note find(List<Note> notes, String start) {
        return notes.stream().filter(n -> n.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no note starting " + start + " in " + notes));
    }

    /**
     * {respondents in segment c of the attribute who answered the question with one of {@code answers}, those in
     * segment c who answered it at all}, over the respondents in {@code keep} (null: everyone).
     */
    private static double[] share(Question question, Question attribute, int c, Set<Integer> answers,
            com.surveypivot.survey.RespondentSet keep) {
        double hits = 0;
        double base = 0;
        for (int r = 0; r < question.respondentCount(); r++) {
            if ((keep == null || keep.contains(r)) && attribute.members(c).contains(r) && question.code(r) >= 0) {
                base++;
                if (answers.contains(question.code(r))) {
                    hits++;
                }
            }
        }
        return new double[] {hits, base};
    }
}
