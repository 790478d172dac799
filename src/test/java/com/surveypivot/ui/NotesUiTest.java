package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.chart.ChartImages;
import com.surveypivot.notes.Claim;
import com.surveypivot.notes.Note;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The notes pane: evidence on hover, inserting the generated notes (undoable), the note as a chart caption. */
class NotesUiTest extends SampleWindowFixture {
    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        openSample(stage);
    }

    @Test
    void sentenceShowsItsEvidenceOnHover(FxRobot robot) throws Exception {
        UiTestSupport.awaitSurvey(model);
        List<Note> notes = List.copyOf(model.generatedNotes());
        assertFalse(notes.isEmpty());
        int tested = -1;
        for (int i = 0; i < notes.size() && tested < 0; i++) {
            if (notes.get(i).claim().pValue() != null && notes.get(i).claim().segment() != null) {
                tested = i;
            }
        }
        assertTrue(tested >= 0, "a claim about a segment backed by a test");
        Claim claim = notes.get(tested).claim();
        int index = tested;
        ListCell<?> cell = robot.lookup("#generatedNotes .list-cell")
                .match((ListCell<?> c) -> c.getIndex() == index && c.getItem() != null).query();
        robot.moveTo(cell);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> cell.getTooltip() != null
                && cell.getTooltip().isShowing());
        String tip = cell.getTooltip().getText();
        assertTrue(tip.contains("Segment: " + claim.segment()), tip);
        if (claim.answer() != null) {
            assertTrue(tip.contains("Answer: " + claim.answer()), tip);
        }
        assertTrue(tip.contains(String.format(Locale.ROOT, "Value: %.1f%%", claim.value())), tip);
        assertTrue(tip.contains(String.format(Locale.ROOT, "Total: %.1f%%", claim.total())), tip);
        assertTrue(tip.contains(String.format(Locale.ENGLISH, "Base: n=%,d", claim.base())), tip);
        assertTrue(tip.contains("p = " + NotesPane.pValue(claim.pValue(), Locale.ENGLISH)), tip);
        assertTrue(tip.contains("Test: "), tip);
    }

    @Test
    void insertsTheNotesUndoablyAndCaptionsTheSavedChart(FxRobot robot) throws Exception {
        UiTestSupport.awaitSurvey(model);
        List<String> sentences = List.copyOf(model.notes());
        TextArea note = robot.lookup("#userNote").queryAs(TextArea.class);
        robot.clickOn(note).write("Draft:");
        robot.clickOn("#insertNotes");
        WaitForAsyncUtils.waitForFxEvents();
        String inserted = note.getText();
        assertTrue(inserted.startsWith("Draft:\n• "), inserted);
        for (String sentence : sentences) {
            assertTrue(inserted.contains("• " + sentence), "inserted: " + sentence);
        }
        assertEquals(inserted, model.userNoteProperty().get(), "kept with the table");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Draft:", note.getText(), "Ctrl+Z takes the inserted notes out");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(inserted, note.getText(), "and redo puts them back");

        // View > Caption Under Saved Chart: the note is drawn under the saved chart
        robot.clickOn("View").clickOn("Caption Under Saved Chart");
        assertTrue(model.captionUnderChartProperty().get());
        Path target = folder.resolve("captioned.png");
        view.setFileDialogs(new FakeFileDialogs(null, target));
        robot.clickOn("File").clickOn("Save Chart Image…");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#statusText").queryLabeled().getText().contains("captioned.png"));
        BufferedImage saved = ImageIO.read(target.toFile());
        BufferedImage chart = ChartImages.render(model.chartModelProperty().get(), 2);
        assertEquals(chart.getWidth(), saved.getWidth());
        assertTrue(saved.getHeight() > chart.getHeight() + 60, "room for the caption: " + saved.getHeight()
                + " vs " + chart.getHeight());
        // the caption band holds dark text pixels
        int dark = 0;
        for (int y = chart.getHeight() + 4; y < saved.getHeight(); y++) {
            for (int x = 0; x < saved.getWidth(); x++) {
                int rgb = saved.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                if (grey < 100) {
                    dark++;
                }
            }
        }
        assertTrue(dark > 200, "caption text drawn: " + dark + " dark pixels");
    }
}
