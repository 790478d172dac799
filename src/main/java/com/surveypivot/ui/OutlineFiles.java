package com.surveypivot.ui;

import java.util.Set;

/** File names made from report entries' names: no path separators, reserved or control characters, not too long. */
final class OutlineFiles {
    static final int MAX_NAME = 60;

    private OutlineFiles() {
    }

    /** A safe file name from an entry's name, with the extension. */
    static String name(String entryName, String extension) {
        return safe(entryName) + "." + extension;
    }

    /** "03_name.png": the entry's place in the report and its safe name, made unique among {@code used}. */
    static String numbered(int place, String entryName, String extension, Set<String> used) {
        String base = String.format("%02d_%s", place, safe(entryName));
        String name = base + "." + extension;
        for (int n = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            name = base + "_" + n + "." + extension;
        }
        return name;
    }

    /** The name with every character a file system may refuse replaced by "_", cut to {@value #MAX_NAME}. */
    static String safe(String name) {
        StringBuilder out = new StringBuilder();
        String text = name == null ? "" : name.strip();
        for (int i = 0; i < text.length() && out.length() < MAX_NAME; i++) {
            char c = text.charAt(i);
            boolean bad = c < 0x20 || c == 0x7f || "\\/:*?\"<>|".indexOf(c) >= 0 || Character.isWhitespace(c)
                    || Character.isSurrogate(c) && out.length() == MAX_NAME - 1;
            out.append(bad ? '_' : c);
        }
        String safe = out.toString().replaceAll("_{2,}", "_").replaceAll("^[._]+|[. _]+$", "");
        return safe.isEmpty() ? "entry" : safe;
    }
}
