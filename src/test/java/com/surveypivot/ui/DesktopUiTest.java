package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.survey.Survey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's desktop manners through the real window, with its settings in a temporary folder: Exit after saving
 * a chart image ends the platform (the exit hook runs, the window's state is saved), the layout switch, the dark
 * theme, recent files, and dialogs and the weight picker in Japanese.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopUiTest {
    @TempDir
    static Path folder;
    private MainView view;
    private MainViewModel model;
    private Stage stage;

    @Start
    void start(Stage newStage) {
        stage = newStage;
        model = new MainViewModel(TaskExecutor.background());
        model.localeProperty().set(Locale.ENGLISH);
        view = new MainView(model, DesktopSettings.in(folder));
        SurveyPivotApp.show(stage, view);
        model.openSample();
    }

    @Test
    void exitAfterSavingAChartImageEndsThePlatform(FxRobot robot) throws Exception {
        UiTestSupport.awaitSurvey(model);
        Path image = folder.resolve("chart.png");
        view.setFileDialogs(new FakeFileDialogs(null, image));
        AtomicInteger exits = new AtomicInteger();
        AtomicReference<Boolean> implicitExit = new AtomicReference<>();
        view.setExitAction(() -> {
            implicitExit.set(Platform.isImplicitExit());
            exits.incrementAndGet();
        });
        robot.clickOn("File").clickOn("Save Chart Image…");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.isRegularFile(image)
                && robot.lookup("#statusText").queryLabeled().getText().contains("chart.png"));
        robot.clickOn("File").clickOn("Exit");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, exits.get(), "Exit ran the exit hook once");
        assertFalse(implicitExit.get(), "rendering turned implicit exit off, so closing windows alone would not end");
        String saved = Files.readString(folder.resolve("settings.properties"));
        assertTrue(saved.contains("window.width=" + stage.getWidth()), saved);
        assertTrue(saved.contains("split.side="), saved);
        // the real hook is Platform.exit (checked in a process of its own by ExitProcessTest); here the toolkit
        // stays for the other tests, so implicit exit is left off as rendering set it
    }

    @Test
    void layoutSwitchShowsTheChartTheGridOrBoth(FxRobot robot) throws Exception {
        UiTestSupport.awaitSurvey(model);
        // Ctrl+2, Ctrl+1, Ctrl+3: the shortcuts of View > Layout's items
        robot.press(KeyCode.SHORTCUT).type(KeyCode.DIGIT2).release(KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(view.side()), view.body().getItems());
        assertTrue(view.grid().getWidth() > 0.9 * view.body().getWidth(), "the grid takes the width");
        robot.press(KeyCode.SHORTCUT).type(KeyCode.DIGIT1).release(KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(view.views()), view.body().getItems());
        assertTrue(view.grid().getScene() == null, "the grid is out of the window");
        robot.press(KeyCode.SHORTCUT).type(KeyCode.DIGIT3).release(KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(view.views(), view.side()), view.body().getItems());
        assertEquals("BOTH", view.settings().get("layout", "?"), "the layout is remembered");
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) view.getTop();
        assertEquals(List.of("_File", "_Edit", "_View", "_Report", "_Language", "_Help"), bar.getMenus().stream()
                .map(javafx.scene.control.Menu::getText).toList(), "menus open with Alt and their first letter");
    }

    @Test
    void darkThemeChangesTheColours(FxRobot robot) throws Exception {
        UiTestSupport.awaitSurvey(model);
        Region questions = robot.lookup(".question-pane").query();
        Object light = questions.getBackground().getFills().get(0).getFill();
        robot.clickOn("View").clickOn("Theme").clickOn("Dark");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.getStylesheets().stream().anyMatch(s -> s.endsWith("surveypivot-dark.css")));
        Object dark = questions.getBackground().getFills().get(0).getFill();
        assertNotEquals(light, dark);
        assertEquals("0x2b2e33ff", dark.toString(), "the dark panel colour");
        robot.clickOn("View").clickOn("Theme").clickOn("Light");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(light, questions.getBackground().getFills().get(0).getFill());
    }

    @Test
    void openedFilesAreListedUnderOpenRecentAndReopenFromThere(FxRobot robot) throws Exception {
        Survey sample = UiTestSupport.awaitSurvey(model);
        Path workbook = folder.resolve("mass_survey.xlsx");
        try (var in = DesktopUiTest.class.getResourceAsStream("/io/mass_survey.xlsx")) {
            Files.copy(in, workbook, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        view.setFileDialogs(new FakeFileDialogs(workbook, null));
        robot.clickOn("File").clickOn("Open…");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.surveyProperty().get() != sample
                && !model.loadingProperty().get());
        assertEquals(workbook.toAbsolutePath(), DesktopSettings.in(folder).recentFiles().get(0), "saved at once");

        robot.interact(model::openSample);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.fileProperty().get() == null
                && !model.loadingProperty().get());
        robot.clickOn("File").clickOn("Open Recent").clickOn("mass_survey.xlsx  —  " + folder.toAbsolutePath());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> workbook.equals(model.fileProperty().get())
                && !model.loadingProperty().get());
        assertEquals("mass_survey", model.surveyProperty().get().title());
    }

    @Test
    void dialogsAndTheWeightPickerFollowJapanese(FxRobot robot) throws Exception {
        UiTestSupport.awaitSurvey(model);
        ComboBox<?> weight = robot.lookup("#weightPicker").queryComboBox();
        assertEquals("None", weight.getButtonCell().getText());
        robot.clickOn("Language").clickOn("日本語");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("なし", weight.getButtonCell().getText());

        AtomicReference<Alert> alert = new AtomicReference<>();
        robot.interact(() -> {
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, "?", ButtonType.OK, ButtonType.CANCEL);
            a.initOwner(stage);
            alert.set(a);
            a.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("キャンセル", ((Button) alert.get().getDialogPane().lookupButton(ButtonType.CANCEL)).getText());
        assertEquals("OK", ((Button) alert.get().getDialogPane().lookupButton(ButtonType.OK)).getText());
        robot.interact(() -> alert.get().close());
        robot.clickOn("言語(L)").clickOn("English");
    }
}
