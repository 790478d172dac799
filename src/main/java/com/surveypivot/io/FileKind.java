package com.surveypivot.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a file is by its first bytes, as far as the reader needs to know: a zip package (.xlsx, .xlsm), an OLE2
 * compound file (.xls), or anything else (delimited text, or not a spreadsheet). The same signatures as POI's
 * FileMagic, checked without loading POI (and its logging), which the .xlsx path does not need.
 */
enum FileKind {
    OOXML, OLE2, OTHER;

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] COMPOUND = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
        0x1A, (byte) 0xE1};

    /** The kind of {@code file}, or null when it is empty. */
    static FileKind of(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(COMPOUND.length);
        }
        if (head.length == 0) {
            return null;
        }
        if (startsWith(head, COMPOUND)) {
            return OLE2;
        }
        return startsWith(head, ZIP) ? OOXML : OTHER;
    }

    private static boolean startsWith(byte[] head, byte[] signature) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (head[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
