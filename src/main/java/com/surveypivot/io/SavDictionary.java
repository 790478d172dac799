package com.surveypivot.io;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dictionary of an SPSS system file (.sav, or .zsav): file header, variable records, value labels and the
 * extension records SurveyPivot uses (integer info 7/3, display 7/11, long names 7/13, very long strings 7/14,
 * 64-bit case count 7/16, multi-response sets 7/7 and 7/19, encoding 7/20, long-string value labels 7/21). Other
 * records are skipped. Every count is checked against the bytes the file still holds before it is used.
 */
final class SavDictionary {
    static final int HEADER_BYTES = 176;

    String fileLabel = "";
    int compression;          // 0 none, 1 bytecode, 2 zlib (.zsav)
    int weightSlot;           // 1-based slot of the weight variable, 0 for none
    long cases = -1;
    double bias = 100;
    int caseSlots;            // 8-byte slots per case
    final List<SavVariable> variables = new ArrayList<>();
    final List<byte[]> multiSets = new ArrayList<>();
    byte[] longStringLabels;
    String encodingName;
    int characterCode;
    boolean bigEndian;
    long zheaderOffset = -1;
    long ztrailerOffset = -1;
    long ztrailerLength = -1;

    static SavDictionary read(SavBytes in) throws IOException {
        SavDictionary d = new SavDictionary();
        d.readHeader(in);
        d.readRecords(in);
        return d;
    }

    private void readHeader(SavBytes in) throws IOException {
        byte[] magic = in.bytes(4);
        String m = new String(magic, StandardCharsets.ISO_8859_1);
        if (!m.equals("$FL2") && !m.equals("$FL3")) {
            throw new SavFormatException("not an SPSS system file");
        }
        in.skip(60);
        byte[] layout = in.bytes(4);
        int little = (layout[0] & 0xff) | (layout[1] & 0xff) << 8 | (layout[2] & 0xff) << 16 | (layout[3] & 0xff) << 24;
        bigEndian = !(little == 2 || little == 3);
        in.bigEndian(bigEndian);
        in.int32();                       // nominal case size: not trusted, the variable records tell
        compression = in.int32();
        if (compression < 0 || compression > 2 || (compression == 2) != m.equals("$FL3")) {
            throw new SavFormatException("unknown compression " + compression);
        }
        weightSlot = in.int32();
        cases = in.int32();
        bias = in.float64();
        in.skip(17);
        fileLabel = new String(in.bytes(64), StandardCharsets.ISO_8859_1).strip();
        in.skip(3);
    }

    private void readRecords(SavBytes in) throws IOException {
        List<SavVariable> all = new ArrayList<>();
        Map<Integer, SavVariable> bySlot = new HashMap<>();
        List<int[]> display = new ArrayList<>();
        byte[] longNames = null;
        byte[] veryLong = null;
        while (true) {
            int type = in.int32();
            switch (type) {
                case 2 -> {
                    SavVariable v = variable(in, caseSlots);
                    caseSlots++;
                    if (v != null) {
                        all.add(v);
                        bySlot.put(v.slot, v);
                    }
                }
                case 3 -> valueLabels(in, bySlot);
                case 6 -> {
                    long lines = in.int32();
                    in.skip(lines * 80);
                }
                case 7 -> {
                    int subtype = in.int32();
                    long size = in.int32();
                    long count = in.int32();
                    if (size < 0 || count < 0) {
                        throw new SavFormatException("negative extension record size");
                    }
                    byte[] data = in.bytes(size * count);
                    switch (subtype) {
                        case 3 -> characterCode = count >= 8 ? SavText.int32(data, 28, in.isBigEndian()) : 0;
                        case 7, 19 -> multiSets.add(data);
                        case 11 -> display.add(SavText.ints(data, in.isBigEndian()));
                        case 13 -> longNames = data;
                        case 14 -> veryLong = data;
                        case 16 -> cases = count >= 2 ? SavText.int64(data, 8, in.isBigEndian()) : cases;
                        case 20 -> encodingName = new String(data, StandardCharsets.US_ASCII).strip();
                        case 21 -> longStringLabels = data;
                        default -> { }
                    }
                }
                case 999 -> {
                    in.int32();
                    finish(all, display, longNames, veryLong);
                    if (compression == 2) {
                        zheaderOffset = in.int64();
                        ztrailerOffset = in.int64();
                        ztrailerLength = in.int64();
                    }
                    return;
                }
                default -> throw new SavFormatException("unknown record type " + type);
            }
        }
    }

    private SavVariable variable(SavBytes in, int slot) throws IOException {
        int width = in.int32();
        int hasLabel = in.int32();
        int missingCount = in.int32();
        int print = in.int32();
        in.int32();
        String shortName = new String(in.bytes(8), StandardCharsets.ISO_8859_1).strip();
        byte[] label = null;
        if (hasLabel == 1) {
            long len = in.int32() & 0xffffffffL;
            label = in.bytes(len);
            in.skip((4 - len % 4) % 4);
        }
        if (missingCount < -3 || missingCount > 3 || missingCount == -1) {
            throw new SavFormatException("bad missing-value count " + missingCount);
        }
        int nMissing = Math.abs(missingCount);
        if (width < 0) {
            in.skip(8L * nMissing);
            return null;                   // continuation of a string
        }
        if (width > 255) {
            throw new SavFormatException("bad string width " + width);
        }
        SavVariable v = new SavVariable(slot, width, shortName, print);
        v.label = label;
        v.missingCount = missingCount;
        for (int i = 0; i < nMissing; i++) {
            if (width == 0) {
                v.missing[i] = in.float64();
            } else {
                v.missingStrings.add(in.bytes(8));
            }
        }
        if (width > 0 && missingCount < 0) {
            throw new SavFormatException("a string variable with a missing range");
        }
        return v;
    }

    private static void valueLabels(SavBytes in, Map<Integer, SavVariable> bySlot) throws IOException {
        long count = in.int32() & 0xffffffffL;
        if (count * 16 > in.remaining()) {
            throw new SavFormatException(count + " value labels declared, more than the file holds");
        }
        byte[][] values = new byte[(int) count][];
        byte[][] labels = new byte[(int) count][];
        for (int i = 0; i < count; i++) {
            values[i] = in.bytes(8);
            int len = in.read();
            if (len < 0) {
                throw new SavFormatException("the file ends early");
            }
            labels[i] = in.bytes(len);
            in.skip((8 - (len + 1) % 8) % 8);
        }
        if (in.int32() != 4) {
            throw new SavFormatException("value labels without their variables");
        }
        long vars = in.int32() & 0xffffffffL;
        if (vars * 4 > in.remaining()) {
            throw new SavFormatException(vars + " labelled variables declared, more than the file holds");
        }
        for (int k = 0; k < vars; k++) {
            SavVariable v = bySlot.get(in.int32() - 1);
            if (v == null) {
                continue;
            }
            for (int i = 0; i < count; i++) {
                if (v.isNumeric()) {
                    v.numberLabels.put(in.slotDouble(values[i], 0), labels[i]);
                } else {
                    v.stringLabels.put(SavText.rawKey(values[i], v.width), labels[i]);
                }
            }
        }
    }

    private void finish(List<SavVariable> all, List<int[]> display, byte[] longNames, byte[] veryLong)
            throws SavFormatException {
        for (int[] entries : display) {
            int per = entries.length == all.size() * 3 ? 3 : entries.length == all.size() * 2 ? 2 : 0;
            for (int i = 0; per > 0 && i < all.size(); i++) {
                all.get(i).measure = entries[i * per];
            }
        }
        Map<String, SavVariable> byShort = new HashMap<>();
        for (SavVariable v : all) {
            byShort.put(v.shortName.toUpperCase(java.util.Locale.ROOT), v);
        }
        Charset charset = SavText.charset(encodingName, characterCode);
        for (String[] pair : SavText.pairs(longNames, charset, '\t')) {
            SavVariable v = byShort.get(pair[0].toUpperCase(java.util.Locale.ROOT));
            if (v != null && !pair[1].isBlank()) {
                v.name = pair[1];
            }
        }
        for (String[] pair : SavText.pairs(veryLong, charset, '\t')) {
            SavVariable v = byShort.get(pair[0].toUpperCase(java.util.Locale.ROOT));
            String digits = pair[1].replace("\0", "").strip();
            if (v != null && !v.isNumeric() && digits.matches("\\d{1,5}")) {
                v.longWidth = Integer.parseInt(digits);
                v.segments = (v.longWidth + 251) / 252;
            }
        }
        longStringLabels(byShort, all);
        for (int i = 0; i < all.size(); i++) {
            SavVariable v = all.get(i);
            variables.add(v);
            if (v.segments > 1) {
                int slots = v.slots;
                for (int s = 1; s < v.segments; s++) {
                    if (i + s >= all.size() || all.get(i + s).isNumeric()) {
                        throw new SavFormatException("a very long string lacks its segments");
                    }
                    slots += all.get(i + s).slots;
                }
                v.slots = slots;
                i += v.segments - 1;
            }
        }
        if (caseSlots == 0) {
            throw new SavFormatException("no variables");
        }
    }

    /**
     * Value labels of strings longer than 8 bytes (7/21): per variable its name, width and labels, each a value and
     * a label with their lengths. A record that breaks the form ends the parse (labels read so far are kept).
     */
    private void longStringLabels(Map<String, SavVariable> byShort, List<SavVariable> all) {
        if (longStringLabels == null) {
            return;
        }
        Map<String, SavVariable> byName = new HashMap<>();
        for (SavVariable v : all) {
            byName.put(v.name.toUpperCase(java.util.Locale.ROOT), v);
        }
        byte[] b = longStringLabels;
        Charset cs = charset();
        int at = 0;
        while (at + 4 <= b.length) {
            int nameLength = SavText.int32(b, at, bigEndian);
            if (nameLength < 0 || at + 4 + nameLength + 8 > b.length) {
                return;
            }
            String name = new String(b, at + 4, nameLength, cs).strip().toUpperCase(java.util.Locale.ROOT);
            at += 4 + nameLength;
            int width = SavText.int32(b, at, bigEndian);
            int count = SavText.int32(b, at + 4, bigEndian);
            at += 8;
            SavVariable v = byName.getOrDefault(name, byShort.get(name));
            for (int i = 0; i < count; i++) {
                if (at + 4 > b.length) {
                    return;
                }
                int valueLength = SavText.int32(b, at, bigEndian);
                if (valueLength < 0 || at + 4 + valueLength + 4 > b.length) {
                    return;
                }
                byte[] value = java.util.Arrays.copyOfRange(b, at + 4, at + 4 + valueLength);
                at += 4 + valueLength;
                int labelLength = SavText.int32(b, at, bigEndian);
                if (labelLength < 0 || at + 4 + labelLength > b.length) {
                    return;
                }
                byte[] label = java.util.Arrays.copyOfRange(b, at + 4, at + 4 + labelLength);
                at += 4 + labelLength;
                if (v != null && !v.isNumeric()) {
                    v.stringLabels.put(SavText.rawKey(value, Math.max(width, valueLength)), label);
                }
            }
        }
    }

    Charset charset() {
        return SavText.charset(encodingName, characterCode);
    }
}
