package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import com.sun.javafx.tk.Toolkit;
import com.surveypivot.survey.Survey;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.control.DialogPane;
import javafx.scene.image.Image;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import javafx.util.Pair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Files dropped on the window from outside: a survey workbook opens; a file that is not a survey, or several files,
 * give one line and the open survey stays. The platform's drag is replaced by the events it delivers (DRAG_OVER,
 * DRAG_DROPPED) with a dragboard holding the files, as a desktop file manager's drop gives them.
 */
class FileDropUiTest extends SampleWindowFixture {
    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        openSample(stage);
    }

    @Test
    void aDroppedWorkbookOpens(FxRobot robot) throws Exception {
        Survey sample = UiTestSupport.awaitSurvey(model);
        Path workbook = folder.resolve("mass_survey.xlsx");
        try (var in = FileDropUiTest.class.getResourceAsStream("/io/mass_survey.xlsx")) {
            Files.copy(in, workbook);
        }
        DragEvent[] over = new DragEvent[1];
        boolean[] dropped = new boolean[1];
        robot.interact(() -> {
            Dragboard board = board(List.of(workbook.toFile()));
            over[0] = fire(board, DragEvent.DRAG_OVER);
            DragEvent drop = fire(board, DragEvent.DRAG_DROPPED);
            dropped[0] = drop.isDropCompleted();
        });
        assertTrue(over[0].isAccepted(), "a file from outside is accepted");
        assertEquals(TransferMode.COPY, over[0].getAcceptedTransferMode());
        assertTrue(dropped[0]);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.surveyProperty().get() != sample
                && !model.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        Survey opened = model.surveyProperty().get();
        // MASS::survey has 237 students (R: nrow(MASS::survey))
        assertEquals(237, opened.respondents());
        assertEquals(workbook, model.fileProperty().get());
        assertFalse(robot.lookup("#errorDialog").tryQuery().isPresent());
    }

    @Test
    void aDroppedNonSurveyFileOrSeveralFilesGiveOneLine(FxRobot robot) throws Exception {
        Survey sample = UiTestSupport.awaitSurvey(model);
        Path text = folder.resolve("minutes.pdf");
        Files.writeString(text, "%PDF-1.4 not a survey\n", StandardCharsets.UTF_8);
        robot.interact(() -> fire(board(List.of(text.toFile())), DragEvent.DRAG_DROPPED));
        String message = oneLineError(robot);
        assertTrue(message.contains("minutes.pdf"), message);
        assertSame(sample, model.surveyProperty().get(), "the survey stays open");

        boolean[] dropped = {true};
        robot.interact(() -> dropped[0] = fire(board(List.of(text.toFile(), text.toFile())), DragEvent.DRAG_DROPPED)
                .isDropCompleted());
        assertFalse(dropped[0]);
        oneLineError(robot);
        assertSame(sample, model.surveyProperty().get());
    }

    private String oneLineError(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#errorDialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#errorDialog").queryAs(DialogPane.class);
        String message = dialog.getContentText();
        assertFalse(message.isBlank());
        assertFalse(message.contains("\n"), "one line: " + message);
        assertFalse(message.contains("Exception"), message);
        robot.interact(() -> dialog.getScene().getWindow().hide());
        WaitForAsyncUtils.waitForFxEvents();
        return message;
    }

    private static Dragboard board(List<File> files) {
        Dragboard board = DragboardHelper.createDragboard(new FileManagerDrop(Toolkit.getToolkit()
                .createLocalClipboard()));
        ClipboardContent content = new ClipboardContent();
        content.putFiles(files);
        board.setContent(content);
        return board;
    }

    /** An event from outside the app (no gesture source) at the window's middle. */
    private DragEvent fire(Dragboard board, javafx.event.EventType<DragEvent> type) {
        double x = view.getWidth() / 2;
        double y = view.getHeight() / 2;
        DragEvent event = new DragEvent(view, view, type, board, x, y, x, y, TransferMode.COPY, null, null, null);
        DragEvent[] delivered = {event};
        view.addEventFilter(type, e -> delivered[0] = e);
        Event.fireEvent(view, event);
        return delivered[0];
    }

    /** The dragboard of a drop from a file manager: the files, offered for copying or moving. */
    private record FileManagerDrop(TKClipboard local) implements TKClipboard {
        @Override
        public void setSecurityContext(java.security.AccessControlContext context) {
            local.setSecurityContext(context);
        }

        @Override
        public java.util.Set<DataFormat> getContentTypes() {
            return local.getContentTypes();
        }

        @Override
        @SafeVarargs
        public final boolean putContent(Pair<DataFormat, Object>... content) {
            return local.putContent(content);
        }

        @Override
        public Object getContent(DataFormat format) {
            return local.getContent(format);
        }

        @Override
        public boolean hasContent(DataFormat format) {
            return local.hasContent(format);
        }

        @Override
        public java.util.Set<TransferMode> getTransferModes() {
            return java.util.EnumSet.of(TransferMode.COPY, TransferMode.MOVE);
        }

        @Override
        public void setDragView(Image image) {
        }

        @Override
        public void setDragViewOffsetX(double offsetX) {
        }

        @Override
        public void setDragViewOffsetY(double offsetY) {
        }

        @Override
        public Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }
}
