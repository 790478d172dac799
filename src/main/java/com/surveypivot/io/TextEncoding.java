package com.surveypivot.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells the encoding of a text file from its content: a byte order mark (UTF-8, UTF-16 LE/BE), else UTF-8 when
 * the first {@value #SAMPLE_BYTES} bytes are UTF-8 (or nearly: a few stray bytes among many valid multi-byte
 * characters, as files passed between programs get), else Windows-31J (Shift_JIS as Japanese Excel writes it) when the
 * bytes read as Japanese text there, else UTF-8 with its stray bytes replaced.
 */
final class TextEncoding {
    static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    static final int SAMPLE_BYTES = 8 << 20;
    /** Valid multi-byte UTF-8 characters needed per invalid byte to call a file UTF-8 with stray bytes. */
    static final int VALID_PER_INVALID = 8;

    private TextEncoding() {
    }

    static Charset detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SAMPLE_BYTES);
        }
        return detect(head, head.length);
    }

    static Charset detect(byte[] b, int n) {
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        long valid = 0;
        long invalid = 0;
        int i = 0;
        while (i < n) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int extra = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            if (extra < 0) {
                invalid++;
                i++;
                continue;
            }
            if (i + extra >= n) {
                break; // cut off by the sample's end
            }
            boolean ok = true;
            for (int k = 1; k <= extra; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                valid++;
                i += extra + 1;
            } else {
                invalid++;
                i++;
            }
        }
        if (invalid == 0 || valid >= VALID_PER_INVALID * invalid) {
            return StandardCharsets.UTF_8;
        }
        return japaneseText(b, n) ? WINDOWS_31J : StandardCharsets.UTF_8;
    }

    /**
     * Whether the bytes read as Japanese text in Windows-31J: at least one two-byte character, and no more bytes that
     * fit no character than two-byte characters. Text that is plain ASCII apart from a few stray bytes is not (it
     * stays UTF-8, its stray bytes shown as U+FFFD and counted, rather than turned into half-width katakana).
     */
    static boolean japaneseText(byte[] b, int n) {
        long pairs = 0;
        long stray = 0;
        int i = 0;
        while (i < n) {
            int c = b[i] & 0xFF;
            boolean lead = (c >= 0x81 && c <= 0x9F) || (c >= 0xE0 && c <= 0xFC);
            if (lead && i + 1 < n) {
                int t = b[i + 1] & 0xFF;
                if ((t >= 0x40 && t <= 0x7E) || (t >= 0x80 && t <= 0xFC)) {
                    pairs++;
                    i += 2;
                    continue;
                }
            }
            if (c == 0x80 || c == 0xA0 || c >= 0xFD || lead) {
                stray++;
            }
            i++;
        }
        return pairs > 0 && pairs >= stray;
    }
}
