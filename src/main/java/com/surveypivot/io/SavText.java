package com.surveypivot.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small helpers for an SPSS file's bytes: integers in a record, the text encoding, name=value lists. */
final class SavText {
    private SavText() {
    }

    static int int32(byte[] b, int off, boolean big) {
        if (off + 4 > b.length) {
            return 0;
        }
        return big ? (b[off] & 0xff) << 24 | (b[off + 1] & 0xff) << 16 | (b[off + 2] & 0xff) << 8 | (b[off + 3] & 0xff)
                : (b[off + 3] & 0xff) << 24 | (b[off + 2] & 0xff) << 16 | (b[off + 1] & 0xff) << 8 | (b[off] & 0xff);
    }

    static long int64(byte[] b, int off, boolean big) {
        long a = int32(b, off, big) & 0xffffffffL;
        long c = int32(b, off + 4, big) & 0xffffffffL;
        return big ? (a << 32) | c : (c << 32) | a;
    }

    static int[] ints(byte[] b, boolean big) {
        int[] out = new int[b.length / 4];
        for (int i = 0; i < out.length; i++) {
            out[i] = int32(b, i * 4, big);
        }
        return out;
    }

    /** A string value's bytes as a map key (ISO-8859-1 keeps every byte), trailing blanks dropped. */
    static String rawKey(byte[] value, int width) {
        int end = Math.min(value.length, Math.max(width, 0) == 0 ? value.length : width);
        while (end > 0 && (value[end - 1] == ' ' || value[end - 1] == 0)) {
            end--;
        }
        return new String(value, 0, end, StandardCharsets.ISO_8859_1);
    }

    /**
     * The file's text encoding: the encoding record (7/20) when present (Shift_JIS and its aliases read as
     * Windows-31J, its superset), else the code page of the integer info record (7/3: 932 Windows-31J, 125x, 936,
     * 949, 950, 20932; 2 and 3, "7/8-bit ASCII", as windows-1252), else UTF-8.
     */
    static Charset charset(String encodingName, int characterCode) {
        if (encodingName != null && !encodingName.isBlank()) {
            String name = encodingName.strip().toLowerCase(Locale.ROOT);
            if (name.equals("shift_jis") || name.equals("sjis") || name.equals("cp932") || name.equals("ms932")) {
                name = "windows-31j";
            }
            try {
                return Charset.forName(name);
            } catch (RuntimeException e) {
                // unknown name: fall back to the code page
            }
        }
        return switch (characterCode) {
            case 932 -> Charset.forName("windows-31j");
            case 936 -> Charset.forName("GBK");
            case 949 -> Charset.forName("x-windows-949");
            case 950 -> Charset.forName("Big5");
            case 1250, 1251, 1252, 1253, 1254, 1255, 1256, 1257, 1258 -> Charset.forName("windows-" + characterCode);
            case 2, 3 -> Charset.forName("windows-1252");
            case 20932 -> Charset.forName("EUC-JP");
            default -> StandardCharsets.UTF_8;
        };
    }

    /** Decodes bytes with trailing blanks and NULs removed. */
    static String decode(byte[] b, int off, int len, Charset charset) {
        int end = off + len;
        while (end > off && (b[end - 1] == ' ' || b[end - 1] == 0)) {
            end--;
        }
        return new String(b, off, end - off, charset);
    }

    static String decode(byte[] b, Charset charset) {
        return b == null ? null : decode(b, 0, b.length, charset);
    }

    /** {@code name=value} entries separated by {@code separator} (long names, very long string widths). */
    static List<String[]> pairs(byte[] data, Charset charset, char separator) {
        List<String[]> out = new ArrayList<>();
        if (data == null) {
            return out;
        }
        for (String entry : new String(data, charset).split(String.valueOf(separator), -1)) {
            int eq = entry.indexOf('=');
            if (eq > 0) {
                out.add(new String[] {entry.substring(0, eq).strip(), entry.substring(eq + 1)});
            }
        }
        return out;
    }
}
