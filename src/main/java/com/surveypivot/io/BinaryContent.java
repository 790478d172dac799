package com.surveypivot.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells a binary file (an image, an archive, random bytes) from delimited text before a CSV parse would decode it:
 * text in UTF-8, Shift_JIS/CP932 or UTF-16 with a byte order mark holds no NUL bytes and few other control
 * characters in its first kilobytes.
 */
final class BinaryContent {
    private static final int SAMPLE = 8192;

    private BinaryContent() {
    }

    static boolean looksBinary(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SAMPLE);
        }
        int n = head.length;
        if (n >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
            return false;
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        return control > n / 100;
    }
}
