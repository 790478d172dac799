package com.surveypivot.io;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The zip entries of an .xlsx/.xlsm package, opened one at a time and only when the reader needs them (workbook,
 * relationships, styles, shared strings, one sheet): document properties, thumbnails and custom XML are never
 * parsed. Entries of a file go through POI's {@link ZipSecureFile}, whose streams keep the zip-bomb guards (inflate
 * ratio, entry size). Part names are matched without regard to case, as the packaging standard asks.
 */
final class XlsxPackage implements Closeable {
    private final ZipSecureFile zip;
    private final Map<String, ZipArchiveEntry> entries;
    private final Map<String, byte[]> memory;

    private XlsxPackage(ZipSecureFile zip, Map<String, ZipArchiveEntry> entries, Map<String, byte[]> memory) {
        this.zip = zip;
        this.entries = entries;
        this.memory = memory;
    }

    /** The package in {@code file}; an IOException when it is no zip archive. */
    static XlsxPackage open(Path file) throws IOException {
        ZipSecureFile zip = new ZipSecureFile(file.toFile());
        try {
            Map<String, ZipArchiveEntry> entries = new HashMap<>();
            int count = 0;
            for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements(); ) {
                ZipArchiveEntry entry = e.nextElement();
                if (!entry.isDirectory()) {
                    entries.putIfAbsent(key(entry.getName()), entry);
                }
                if (++count % BoundedXml.CHECK_EVERY == 0) {
                    ReadCancel.check();
                }
            }
            return new XlsxPackage(zip, entries, null);
        } catch (RuntimeException | Error e) {
            zip.close();
            throw e;
        }
    }

    /** A package held in memory (the bundled sample survey, read from the class path). */
    static XlsxPackage open(InputStream in) throws IOException {
        Map<String, byte[]> memory = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory()) {
                    memory.putIfAbsent(key(entry.getName()), zip.readAllBytes());
                }
            }
        }
        return new XlsxPackage(null, Map.of(), memory);
    }

    private static String key(String name) {
        String n = name.replace('\\', '/');
        while (n.startsWith("/")) {
            n = n.substring(1);
        }
        return n.toLowerCase(Locale.ROOT);
    }

    boolean has(String part) {
        String k = key(part);
        return memory != null ? memory.containsKey(k) : entries.containsKey(k);
    }

    /** The uncompressed size the zip declares for a part, or -1 when unknown or missing. */
    long size(String part) {
        String k = key(part);
        if (memory != null) {
            byte[] bytes = memory.get(k);
            return bytes == null ? -1 : bytes.length;
        }
        ZipArchiveEntry entry = entries.get(k);
        return entry == null ? -1 : entry.getSize();
    }

    /** A stream over a part (the caller closes it), or null when the package has no such part. */
    InputStream open(String part) throws IOException {
        String k = key(part);
        if (memory != null) {
            byte[] bytes = memory.get(k);
            return bytes == null ? null : new ByteArrayInputStream(bytes);
        }
        ZipArchiveEntry entry = entries.get(k);
        return entry == null ? null : zip.getInputStream(entry);
    }

    @Override
    public void close() throws IOException {
        if (zip != null) {
            zip.close();
        }
    }
}
