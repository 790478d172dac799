package com.surveypivot.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded mutations of good survey files (tests only): byte flips and truncation of any file; inside an .xlsx
 * package, XML mutations of one part (spans deleted or repeated, deep nesting, numbers made huge or invalid, junk
 * cells, renamed tags, a DOCTYPE, long text) before it is zipped again; in a CSV, structure mutations (quotes,
 * delimiters, line breaks, invalid bytes, NUL, repeated lines, a very long field). The same seed gives the same files.
 */
final class MutationFuzzer {
    /** A good file to mutate: its bytes and its extension. */
    record Seed(String extension, byte[] bytes) {
    }

    /** A mutant: what was done (for the failure message), its extension and bytes. */
    record Mutant(String description, String extension, byte[] bytes) {
    }

    private static final String[] NUMBERS = {"1E15", "-1E308", "1e999", "99999999999", "NaN", "", "4294967296",
        "-1", "0.0000001", "2958466", "16385"};

    private final List<Seed> seeds;

    MutationFuzzer(List<Seed> seeds) {
        this.seeds = List.copyOf(seeds);
    }

    /** The mutant number {@code iteration} of the run with {@code seed}. */
    Mutant mutant(long seed, int iteration) throws IOException {
        Random random = new Random(seed * 1_000_003L + iteration);
        Seed base = seeds.get(random.nextInt(seeds.size()));
        byte[] bytes = base.bytes();
        StringBuilder what = new StringBuilder(base.extension());
        int count = 1 + random.nextInt(3);
        for (int m = 0; m < count; m++) {
            int kind = random.nextInt(10);
            if (kind < 2) {
                bytes = flip(bytes, random, what);
            } else if (kind < 3) {
                int length = random.nextInt(Math.max(1, bytes.length));
                what.append(" truncate@").append(length);
                bytes = Arrays.copyOf(bytes, length);
            } else if ("xlsx".equals(base.extension())) {
                bytes = xml(bytes, random, what);
            } else if (base.extension().endsWith("sv")) {
                bytes = text(bytes, random, what);
            } else {
                bytes = flip(bytes, random, what);
            }
        }
        return new Mutant(what.toString(), base.extension(), bytes);
    }

    private static byte[] flip(byte[] bytes, Random random, StringBuilder what) {
        byte[] out = bytes.clone();
        int flips = 1 + random.nextInt(16);
        for (int i = 0; i < flips && out.length > 0; i++) {
            int at = random.nextInt(out.length);
            out[at] ^= (byte) (1 + random.nextInt(255));
        }
        what.append(" flip×").append(flips);
        return out;
    }

    /** One XML mutation of one part of the package; a package that no longer unzips is flipped instead. */
    private static byte[] xml(byte[] zip, Random random, StringBuilder what) throws IOException {
        Map<String, byte[]> entries;
        try {
            entries = Packages.entries(zip);
        } catch (IOException | RuntimeException e) {
            return flip(zip, random, what);
        }
        List<String> parts = new ArrayList<>();
        for (String name : entries.keySet()) {
            if (name.endsWith(".xml") || name.endsWith(".rels")) {
                parts.add(name);
            }
        }
        if (parts.isEmpty()) {
            return flip(zip, random, what);
        }
        // the sheet and the shared strings most often: that is where the data is
        String part = random.nextInt(3) == 0 ? parts.get(random.nextInt(parts.size()))
                : entries.containsKey("xl/worksheets/sheet1.xml") && random.nextBoolean() ? "xl/worksheets/sheet1.xml"
                : entries.containsKey("xl/sharedStrings.xml") ? "xl/sharedStrings.xml" : parts.get(0);
        String text = new String(entries.get(part), StandardCharsets.UTF_8);
        String changed = mutateXml(text, random, what.append(' ').append(part));
        entries.put(part, changed.getBytes(StandardCharsets.UTF_8));
        return Packages.zip(entries);
    }

    static String mutateXml(String xml, Random random, StringBuilder what) {
        int n = xml.length();
        int at = n == 0 ? 0 : random.nextInt(n);
        int boundary = Math.max(0, xml.indexOf('>', at) + 1);
        switch (random.nextInt(9)) {
            case 0 -> {
                int len = 1 + random.nextInt(64);
                what.append(" delete");
                return xml.substring(0, at) + xml.substring(Math.min(n, at + len));
            }
            case 1 -> {
                int len = 1 + random.nextInt(200);
                what.append(" repeat");
                String span = xml.substring(at, Math.min(n, at + len));
                return xml.substring(0, at) + span.repeat(1 + random.nextInt(20)) + xml.substring(at);
            }
            case 2 -> {
                int depth = new int[] {10, 101, 300, 5000}[random.nextInt(4)];
                what.append(" nest").append(depth);
                return xml.substring(0, boundary) + "<a>".repeat(depth) + "</a>".repeat(depth)
                        + xml.substring(boundary);
            }
            case 3 -> {
                String number = NUMBERS[random.nextInt(NUMBERS.length)];
                what.append(" number=").append(number);
                return xml.replaceFirst("(<v>)[^<]*(</v>)|(=\")\\d+(\")", "$1$3" + number + "$2$4");
            }
            case 4 -> {
                what.append(" junk cell");
                String cell = new String[] {"<c r=\"XFE1\"><v>1</v></c>", "<c r=\"A1048577\"><v>1</v></c>",
                    "<c t=\"s\"><v>99999999</v></c>", "<c t=\"d\"><v>99999-99-99</v></c>",
                    "<c s=\"9999\"><v>45000</v></c>", "<row r=\"0\"/>", "<c t=\"inlineStr\"><is><t>x</t></is></c>",
                    "<v>", "</row>", "<c r=\"\"/>", "<c s=\"-1\" t=\"b\"><v>true</v></c>"}[random.nextInt(11)];
                return xml.substring(0, boundary) + cell + xml.substring(boundary);
            }
            case 5 -> {
                what.append(" rename");
                String[] tags = {"row", "c", "v", "si", "t", "sheet", "Relationship", "xf", "cellXfs", "worksheet"};
                String tag = tags[random.nextInt(tags.length)];
                return xml.replaceFirst("<" + tag + "\\b", "<" + tag + "x");
            }
            case 6 -> {
                what.append(" doctype");
                int root = xml.indexOf('<', xml.startsWith("<?xml") ? xml.indexOf("?>") : 0);
                return root < 0 ? xml : xml.substring(0, root) + "<!DOCTYPE r [<!ENTITY e \"x\">]>" + xml.substring(root);
            }
            case 7 -> {
                int len = new int[] {100, 40_000, 200_000}[random.nextInt(3)];
                what.append(" text").append(len);
                StringBuilder sb = new StringBuilder(len);
                for (int i = 0; i < len; i++) {
                    sb.append((char) ('a' + random.nextInt(26)));
                }
                return xml.substring(0, boundary) + sb + xml.substring(boundary);
            }
            default -> {
                what.append(" attribute");
                return xml.substring(0, Math.max(0, boundary - 1)) + " r=\"" + "Z".repeat(1 + random.nextInt(30))
                        + random.nextInt() + "\"" + xml.substring(Math.max(0, boundary - 1));
            }
        }
    }

    /** One structure mutation of a delimited text file. */
    private static byte[] text(byte[] bytes, Random random, StringBuilder what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 64);
        int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
        out.write(bytes, 0, at);
        switch (random.nextInt(8)) {
            case 0 -> {
                what.append(" quote");
                out.write('"');
            }
            case 1 -> {
                what.append(" delete");
                at = Math.min(bytes.length, at + 1);
            }
            case 2 -> {
                what.append(" structure");
                byte[] marks = {',', '\t', '\n', '\r', '"', ';'};
                for (int i = random.nextInt(5); i >= 0; i--) {
                    out.write(marks[random.nextInt(marks.length)]);
                }
            }
            case 3 -> {
                what.append(" bad bytes");
                for (int i = random.nextInt(4); i >= 0; i--) {
                    out.write(0x80 + random.nextInt(128));
                }
            }
            case 4 -> {
                what.append(" NUL");
                out.write(0);
            }
            case 5 -> {
                what.append(" lines");
                int start = at;
                while (start > 0 && bytes[start - 1] != '\n') {
                    start--;
                }
                int end = at;
                while (end < bytes.length && bytes[end] != '\n') {
                    end++;
                }
                byte[] line = Arrays.copyOfRange(bytes, start, Math.min(bytes.length, end + 1));
                for (int i = random.nextInt(100); i >= 0; i--) {
                    out.write(line, 0, line.length);
                }
            }
            case 6 -> {
                what.append(" long field");
                byte[] field = ("\"" + "x,\n".repeat(3000 + random.nextInt(10_000)) + "\"")
                        .getBytes(StandardCharsets.UTF_8);
                out.write(field, 0, field.length);
            }
            default -> {
                what.append(" numbers");
                byte[] number = (",1e999,-1e308,99999999999999999999,").getBytes(StandardCharsets.UTF_8);
                out.write(number, 0, number.length);
            }
        }
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }
}
