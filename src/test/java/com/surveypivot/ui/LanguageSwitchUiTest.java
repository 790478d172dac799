package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Language > 日本語 / English switches every text at once: menus, labels, grid and notes. */
class LanguageSwitchUiTest extends SampleWindowFixture {
    @Start
    void start(Stage stage) {
        openSample(stage);
    }

    @AfterEach
    void english() {
        com.surveypivot.i18n.Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void switchesBetweenJapaneseAndEnglish(FxRobot robot) throws Exception {
        UiTestSupport.awaitSurvey(view.model());
        assertEquals("Total", view.grid().table().rows().get(0).label());
        List<String> englishNotes = List.copyOf(view.model().notes());
        assertEquals("Break down by", zoneLabel(robot));

        robot.clickOn("Language").clickOn("日本語");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Locale.JAPANESE, view.model().localeProperty().get());
        assertEquals("分析軸", zoneLabel(robot));
        assertEquals("全体", view.grid().table().rows().get(0).label());
        assertEquals("件数", robot.lookup("#countsToggle").queryLabeled().getText());
        robot.lookup("ファイル(F)").query();
        assertNotEquals(englishNotes, view.model().notes(), "notes rewritten in Japanese");

        robot.clickOn("言語(L)").clickOn("English");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Break down by", zoneLabel(robot));
        assertEquals("Total", view.grid().table().rows().get(0).label());
        assertEquals(englishNotes, view.model().notes());
    }

    private static String zoneLabel(FxRobot robot) {
        return robot.lookup("#attributeZone .zone-label").queryAs(Labeled.class).getText();
    }
}
