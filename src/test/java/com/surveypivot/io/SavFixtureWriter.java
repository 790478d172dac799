package com.surveypivot.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Makes the SPSS fixtures that haven cannot write (test code, deterministic): multi-response set records (7/7) and a
 * weight variable added to a haven file, and a small uncompressed file in Windows-31J written from scratch, in the
 * record layout of the PSPP system-file documentation.
 */
public final class SavFixtureWriter {
    private SavFixtureWriter() {
    }

    /** A copy of {@code source} whose header declares {@code weightVariable} as the weight (for the window's tests). */
    public static Path withWeight(Path source, Path target, String weightVariable) throws IOException {
        return withSetsAndWeight(source, target, "", StandardCharsets.UTF_8, weightVariable);
    }

    /** A copy of {@code source} with {@code mrSets} (7/7 text) inserted before the dictionary's end and a weight. */
    static Path withSetsAndWeight(Path source, Path target, String mrSets, Charset charset, String weightVariable)
            throws IOException {
        byte[] file = Files.readAllBytes(source);
        SavBytes in = new SavBytes(new java.io.ByteArrayInputStream(file), file.length);
        SavDictionary dict = SavDictionary.read(in);
        int end = (int) in.position() - 8;          // the 999 record and its filler
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(file, 0, end);
        byte[] text = mrSets.getBytes(charset);
        out.write(ints(7, 7, 1, text.length));
        out.write(text);
        out.write(file, end, file.length - end);
        byte[] result = out.toByteArray();
        if (weightVariable != null) {
            int slot = dict.variables.stream().filter(v -> v.name.equals(weightVariable)).findFirst()
                    .orElseThrow().slot + 1;
            ByteBuffer.wrap(result, 76, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(slot);
        }
        Files.write(target, result);
        return target;
    }

    /**
     * An uncompressed .sav in Windows-31J (character code 932 in 7/3 and "windows-31j" in 7/20): variables id
     * (numeric), 地域 (numeric, Japanese value labels), 満足度 (scale 1–5 with 9 = わからない user-missing) and
     * 自由回答 (string A24), for the rows given as {id, region code, satisfaction code, text}.
     */
    static Path windows31j(Path target, List<Object[]> rows) throws IOException {
        Charset cs = Charset.forName("windows-31j");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] header = new byte[176];
        ByteBuffer h = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
        h.put("$FL2".getBytes(StandardCharsets.US_ASCII));
        h.put(pad("@(#) SPSS DATA FILE SurveyPivot test fixture", 60, StandardCharsets.US_ASCII));
        h.putInt(2).putInt(6).putInt(0).putInt(0).putInt(rows.size()).putDouble(100);
        h.put(pad("03 Dec 26", 9, StandardCharsets.US_ASCII)).put(pad("12:00:00", 8, StandardCharsets.US_ASCII));
        h.put(pad("Windows-31J fixture", 64, StandardCharsets.US_ASCII)).put(new byte[3]);
        out.write(header);
        numeric(out, "ID", null, 0, null);
        numeric(out, "REGION", "地域".getBytes(cs), 0, null);
        numeric(out, "SAT", "満足度".getBytes(cs), 1, new double[] {9});
        // string A24: one record and two continuations
        out.write(ints(2, 24, 1, 0, (1 << 16) | (24 << 8), (1 << 16) | (24 << 8)));
        out.write(pad("FREE", 8, StandardCharsets.US_ASCII));
        byte[] label = "自由回答".getBytes(cs);
        out.write(ints(label.length));
        out.write(pad(label, (label.length + 3) / 4 * 4));
        for (int i = 0; i < 2; i++) {
            out.write(ints(2, -1, 0, 0, 0, 0));
            out.write(pad("", 8, StandardCharsets.US_ASCII));
        }
        valueLabels(out, cs, 2, new double[] {1, 2, 3}, new String[] {"東京", "大阪", "名古屋"});
        valueLabels(out, cs, 3, new double[] {1, 2, 3, 4, 5, 9},
                new String[] {"不満", "やや不満", "どちらともいえない", "やや満足", "満足", "わからない"});
        out.write(ints(7, 3, 4, 8, 21, 0, 0, -1, 1, 1, 2, 932));
        byte[] names = "ID=id\tREGION=地域\tSAT=満足度\tFREE=自由回答".getBytes(cs);
        out.write(ints(7, 13, 1, names.length));
        out.write(names);
        byte[] enc = "windows-31j".getBytes(StandardCharsets.US_ASCII);
        out.write(ints(7, 20, 1, enc.length));
        out.write(enc);
        out.write(ints(999, 0));
        for (Object[] row : rows) {
            ByteBuffer b = ByteBuffer.allocate(48).order(ByteOrder.LITTLE_ENDIAN);
            b.putDouble(((Number) row[0]).doubleValue());
            b.putDouble(row[1] == null ? -Double.MAX_VALUE : ((Number) row[1]).doubleValue());
            b.putDouble(row[2] == null ? -Double.MAX_VALUE : ((Number) row[2]).doubleValue());
            b.put(pad(((String) row[3]).getBytes(cs), 24));
            out.write(b.array());
        }
        Files.write(target, out.toByteArray());
        return target;
    }

    private static void numeric(ByteArrayOutputStream out, String name, byte[] label, int missing, double[] codes)
            throws IOException {
        int format = (5 << 16) | (8 << 8);
        out.write(ints(2, 0, label == null ? 0 : 1, missing, format, format));
        out.write(pad(name, 8, StandardCharsets.US_ASCII));
        if (label != null) {
            out.write(ints(label.length));
            out.write(pad(label, (label.length + 3) / 4 * 4));
        }
        for (int i = 0; i < missing; i++) {
            out.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putDouble(codes[i]).array());
        }
    }

    private static void valueLabels(ByteArrayOutputStream out, Charset cs, int slot, double[] values,
            String[] labels) throws IOException {
        out.write(ints(3, values.length));
        for (int i = 0; i < values.length; i++) {
            out.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putDouble(values[i]).array());
            byte[] l = labels[i].getBytes(cs);
            byte[] rec = new byte[(l.length + 1 + 7) / 8 * 8];
            rec[0] = (byte) l.length;
            System.arraycopy(l, 0, rec, 1, l.length);
            out.write(rec);
        }
        out.write(ints(4, 1, slot));
    }

    private static byte[] ints(int... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int v : values) {
            b.putInt(v);
        }
        return b.array();
    }

    private static byte[] pad(String s, int n, Charset cs) {
        return pad(s.getBytes(cs), n);
    }

    private static byte[] pad(byte[] b, int n) {
        byte[] out = new byte[n];
        java.util.Arrays.fill(out, (byte) ' ');
        System.arraycopy(b, 0, out, 0, Math.min(n, b.length));
        return out;
    }
}
