package com.surveypivot.io.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes the same respondents as {@link SurveyExportGenerator} (same columns, seed and draws) as an SPSS .sav file,
 * laid out as SPSS would hold such a survey: answer-label columns as numeric codes with value labels, numbers and
 * 0/1 ticks as numbers, date-times as SPSS DATETIME, ids and free text as strings (UTF-8, at most 255 bytes),
 * bytecode-compressed. A first pass over the draws finds each column's kind, labels and string width.
 */
public final class SavExportGenerator {
    /** A text column with at most this many distinct answers becomes labelled codes. */
    private static final int MAX_LABELS = 60;
    private static final double SYSMIS = -Double.MAX_VALUE;

    private final int respondents;
    private final long seed;

    public SavExportGenerator(int respondents, long seed) {
        this.respondents = respondents;
        this.seed = seed;
    }

    public Path fileIn(Path dir) {
        return dir.resolve("survey-export-" + respondents + "x" + BenchColumns.COUNT + "-seed" + seed + "-v"
                + SurveyExportGenerator.VERSION + ".sav");
    }

    public Path ensure(Path dir) throws IOException {
        Path file = fileIn(dir);
        if (Files.isRegularFile(file) && Files.size(file) > 0) {
            return file;
        }
        Files.createDirectories(dir);
        Path part = dir.resolve(file.getFileName() + ".part");
        write(part);
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }

    /** One column's kind as found by the first pass. */
    private static final class Kind {
        boolean text;
        boolean date;
        int maxBytes;
        final Map<String, Integer> labels = new LinkedHashMap<>();
        boolean tooMany;

        boolean labelled() {
            return text && !tooMany;
        }

        int width() {
            return Math.max(8, Math.min(255, (maxBytes + 7) / 8 * 8));
        }

        int slots() {
            return text && tooMany ? (width() + 7) / 8 : 1;
        }
    }

    public void write(Path file) throws IOException {
        List<BenchColumns.Column> columns = BenchColumns.all();
        List<Kind> kinds = new ArrayList<>();
        for (BenchColumns.Column c : columns) {
            Kind k = new Kind();
            k.date = c.dateTime();
            kinds.add(k);
        }
        SplittableRandom random = new SplittableRandom(seed);
        BenchColumns.Respondent respondent = new BenchColumns.Respondent();
        for (int r = 0; r < respondents; r++) {
            respondent.next(r, random);
            for (int c = 0; c < columns.size(); c++) {
                Object v = columns.get(c).value(respondent, random);
                if (v instanceof String s) {
                    Kind k = kinds.get(c);
                    k.text = true;
                    k.maxBytes = Math.max(k.maxBytes, s.getBytes(StandardCharsets.UTF_8).length);
                    if (!k.tooMany && !k.labels.containsKey(s)) {
                        if (k.labels.size() >= MAX_LABELS) {
                            k.tooMany = true;
                        } else {
                            k.labels.put(s, k.labels.size() + 1);
                        }
                    }
                }
            }
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            dictionary(out, columns, kinds);
            data(out, columns, kinds);
        }
    }

    private void dictionary(OutputStream out, List<BenchColumns.Column> columns, List<Kind> kinds) throws IOException {
        int slots = kinds.stream().mapToInt(Kind::slots).sum();
        ByteBuffer h = le(176);
        h.put("$FL2".getBytes(StandardCharsets.US_ASCII)).put(pad("@(#) SPSS DATA FILE SurveyPivot bench", 60));
        h.putInt(2).putInt(slots).putInt(1).putInt(0).putInt(respondents).putDouble(100);
        h.put(pad("01 Jun 24", 9)).put(pad("00:00:00", 8)).put(pad("", 64)).put(new byte[3]);
        out.write(h.array());
        StringBuilder longNames = new StringBuilder();
        int slot = 1;
        List<Integer> firstSlots = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            Kind k = kinds.get(c);
            String shortName = "V" + (c + 1);
            byte[] label = columns.get(c).header().getBytes(StandardCharsets.UTF_8);
            boolean string = k.text && k.tooMany;
            int width = string ? k.width() : 0;
            int format = string ? (1 << 16) | (width << 8) : k.date ? (22 << 16) | (20 << 8) : (5 << 16) | (8 << 8) | 2;
            out.write(ints(2, width, 1, 0, format, format));
            out.write(pad(shortName, 8));
            out.write(ints(label.length));
            out.write(java.util.Arrays.copyOf(label, (label.length + 3) / 4 * 4));
            for (int s = 1; s < k.slots(); s++) {
                out.write(ints(2, -1, 0, 0, 0, 0));
                out.write(pad("", 8));
            }
            firstSlots.add(slot);
            slot += k.slots();
            if (longNames.length() > 0) {
                longNames.append('\t');
            }
            longNames.append(shortName).append('=').append(columns.get(c).header().replace('=', '_')
                    .replace('\t', ' '));
        }
        for (int c = 0; c < columns.size(); c++) {
            Kind k = kinds.get(c);
            if (!k.labelled()) {
                continue;
            }
            out.write(ints(3, k.labels.size()));
            for (Map.Entry<String, Integer> e : k.labels.entrySet()) {
                out.write(le(8).putDouble(e.getValue()).array());
                byte[] l = e.getKey().getBytes(StandardCharsets.UTF_8);
                int len = Math.min(l.length, 120);
                byte[] rec = new byte[(len + 1 + 7) / 8 * 8];
                rec[0] = (byte) len;
                System.arraycopy(l, 0, rec, 1, len);
                out.write(rec);
            }
            out.write(ints(4, 1, firstSlots.get(c)));
        }
        byte[] names = longNames.toString().getBytes(StandardCharsets.UTF_8);
        out.write(ints(7, 13, 1, names.length));
        out.write(names);
        byte[] enc = "UTF-8".getBytes(StandardCharsets.US_ASCII);
        out.write(ints(7, 20, 1, enc.length));
        out.write(enc);
        out.write(ints(999, 0));
    }

    private void data(OutputStream out, List<BenchColumns.Column> columns, List<Kind> kinds) throws IOException {
        Compressor z = new Compressor(out);
        SplittableRandom random = new SplittableRandom(seed);
        BenchColumns.Respondent respondent = new BenchColumns.Respondent();
        for (int r = 0; r < respondents; r++) {
            respondent.next(r, random);
            for (int c = 0; c < columns.size(); c++) {
                Object v = columns.get(c).value(respondent, random);
                Kind k = kinds.get(c);
                if (k.text && k.tooMany) {
                    byte[] b = v == null ? new byte[0] : ((String) v).getBytes(StandardCharsets.UTF_8);
                    byte[] field = new byte[k.slots() * 8];
                    java.util.Arrays.fill(field, (byte) ' ');
                    System.arraycopy(b, 0, field, 0, Math.min(b.length, k.width()));
                    for (int s = 0; s < field.length; s += 8) {
                        z.string(field, s);
                    }
                } else if (v == null) {
                    z.number(SYSMIS);
                } else if (v instanceof String s) {
                    z.number(k.labels.get(s));
                } else {
                    double d = ((Number) v).doubleValue();
                    // Excel serial days → SPSS seconds since 1582-10-14
                    z.number(k.date ? (d - 25_569 + 141_428) * 86_400.0 : d);
                }
            }
        }
        z.finish();
    }

    /** SPSS bytecode compression (bias 100) into 8-command blocks. */
    private static final class Compressor {
        private final OutputStream out;
        private final byte[] commands = new byte[8];
        private final byte[] pending = new byte[64];
        private int count;
        private int pendingBytes;

        Compressor(OutputStream out) {
            this.out = out;
        }

        void number(double d) throws IOException {
            if (d == SYSMIS) {
                command(255, null, 0);
            } else if (d == Math.rint(d) && d >= -99 && d <= 151) {
                command((int) d + 100, null, 0);
            } else {
                command(253, le(8).putDouble(d).array(), 0);
            }
        }

        void string(byte[] field, int off) throws IOException {
            boolean blank = true;
            for (int i = 0; i < 8; i++) {
                blank &= field[off + i] == ' ';
            }
            command(blank ? 254 : 253, blank ? null : field, off);
        }

        private void command(int code, byte[] raw, int off) throws IOException {
            commands[count++] = (byte) code;
            if (raw != null) {
                System.arraycopy(raw, off, pending, pendingBytes, 8);
                pendingBytes += 8;
            }
            if (count == 8) {
                flush();
            }
        }

        private void flush() throws IOException {
            out.write(commands, 0, 8);
            out.write(pending, 0, pendingBytes);
            java.util.Arrays.fill(commands, (byte) 0);
            count = 0;
            pendingBytes = 0;
        }

        void finish() throws IOException {
            if (count > 0) {
                flush();
            }
        }
    }

    private static ByteBuffer le(int n) {
        return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] ints(int... values) {
        ByteBuffer b = le(values.length * 4);
        for (int v : values) {
            b.putInt(v);
        }
        return b.array();
    }

    private static byte[] pad(String s, int n) {
        byte[] out = new byte[n];
        java.util.Arrays.fill(out, (byte) ' ');
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, out, 0, Math.min(n, b.length));
        return out;
    }
}
