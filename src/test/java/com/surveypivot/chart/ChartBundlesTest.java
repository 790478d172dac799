package com.surveypivot.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.surveypivot.i18n.Messages;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The chart and export bundles have the same keys in English and Japanese, and no empty texts. */
class ChartBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"chart", "export"})
    void englishAndJapaneseHaveTheSameKeys(String area) {
        ResourceBundle en = Messages.bundle(area, Locale.ENGLISH);
        ResourceBundle ja = Messages.bundle(area, Locale.JAPANESE);
        assertEquals(new TreeSet<>(en.keySet()), new TreeSet<>(ja.keySet()));
        for (String key : ja.keySet()) {
            assertFalse(ja.getString(key).isBlank(), key);
            assertFalse(en.getString(key).isBlank(), key);
        }
    }
}
