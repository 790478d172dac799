package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Every menu opens with Alt and its letter, in English and in Japanese ("ファイル(F)" as Windows programs write it). */
class MenuMnemonicsUiTest extends SampleWindowFixture {

    @Start
    void start(Stage stage) {
        openSample(stage);
    }

    @Test
    void altAndTheLetterOpenEachMenuInBothLanguages(FxRobot robot) throws Exception {
        UiTestSupport.awaitSurvey(model);
        MenuBar bar = (MenuBar) view.getTop();
        assertEquals(List.of("_File", "_Edit", "_View", "_Report", "_Language", "_Help"), titles(bar));
        assertOpensWithAlt(robot, bar, KeyCode.F, 0);

        robot.interact(() -> model.localeProperty().set(Locale.JAPANESE));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("ファイル(_F)", "編集(_E)", "表示(_V)", "レポート(_R)", "言語(_L)", "ヘルプ(_H)"), titles(bar));
        KeyCode[] letters = {KeyCode.F, KeyCode.E, KeyCode.V, KeyCode.R, KeyCode.L, KeyCode.H};
        for (int i = 0; i < letters.length; i++) {
            assertOpensWithAlt(robot, bar, letters[i], i);
        }
        // shown without the underscore: "ファイル(F)"
        assertTrue(robot.lookup("ファイル(F)").tryQuery().isPresent());
    }

    private static List<String> titles(MenuBar bar) {
        return bar.getMenus().stream().map(Menu::getText).toList();
    }

    private static void assertOpensWithAlt(FxRobot robot, MenuBar bar, KeyCode letter, int index) {
        robot.press(KeyCode.ALT).type(letter).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        Menu menu = bar.getMenus().get(index);
        assertTrue(menu.isShowing(), "Alt+" + letter + " opens " + menu.getText());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        if (menu.isShowing()) {
            robot.interact(menu::hide);
        }
    }
}
