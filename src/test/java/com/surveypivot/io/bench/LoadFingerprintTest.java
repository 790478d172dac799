package com.surveypivot.io.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14's guard: the speed work must not change what a load produces. Each file's fingerprint (every question's
 * id, type, categories and their counts, plus a SHA-256 over the codes, numbers and texts) must equal the one made
 * by main before the work (stored under {@code com/surveypivot/io/fingerprints/}).
 */
class LoadFingerprintTest {

    @ParameterizedTest
    @ValueSource(strings = {"sample", "hobbies.xlsx", "mass_survey.xlsx"})
    void loadIsUnchangedBySpeedWork(String name) throws Exception {
        assertEquals(stored(name), LoadFingerprint.of(LoadFingerprint.load(name)), name);
    }

    private static String stored(String name) throws IOException {
        try (InputStream in = LoadFingerprintTest.class.getResourceAsStream(
                "/com/surveypivot/io/fingerprints/" + name + ".txt")) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
