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
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.ZipMethod;
import org.apache.commons.compress.utils.InputStreamStatistics;

/**
 * The zip entries of an .xlsx/.xlsm package, opened one at a time and only when the reader needs them (workbook,
 * relationships, styles, shared strings, one sheet): document properties, thumbnails and custom XML are never
 * parsed. Entries of a file are read through {@link InflatedEntry}, which keeps POI's zip-bomb guards (inflate
 * ratio, entry size) without loading POI. Part names are matched without regard to case, as the packaging standard asks.
 */
final class XlsxPackage implements Closeable {
    /** Recovery reads a file of at most this size whose zip directory is damaged (all entries held in memory). */
    static final long MAX_RECOVERED_FILE = 64L << 20;
    /** ... and gives up when its entries inflate to more than this (or to more than 100 times the file). */
    static final long MAX_RECOVERED_BYTES = 1L << 30;
    /**
     * The largest entry let through. POI's default, 4 GB, refused a 1,000,000 × 150 export (the sheet XML
     * of ../shared/bench/xlsx's generator is about 4.4 GB at that size) as a zip bomb; 16 GB leaves room for a sheet
     * several times that wide. Bombs are still caught by the inflate-ratio guard (at most 100 times the compressed
     * size), and the read stays cancellable and bounded by Excel's row and column limits.
     */
    static final long MAX_ENTRY_BYTES = 16L << 30;

    private final ZipFile zip;
    private final Map<String, ZipArchiveEntry> entries;
    private final Map<String, byte[]> memory;
    private final boolean recovered;

    private XlsxPackage(ZipFile zip, Map<String, ZipArchiveEntry> entries, Map<String, byte[]> memory,
            boolean recovered) {
        this.zip = zip;
        this.entries = entries;
        this.memory = memory;
        this.recovered = recovered;
    }

    /**
     * The package in {@code file}; an IOException when it is no zip archive. A file whose zip directory at the end
     * is missing or damaged (cut off in transit) is read entry by entry from the start instead, as far as its
     * entries are whole ({@link #recovered()}).
     */
    static XlsxPackage open(Path file) throws IOException {
        ZipFile zip;
        java.nio.channels.SeekableByteChannel channel = java.nio.file.Files.newByteChannel(file);
        try {
            zip = ZipFile.builder().setSeekableByteChannel(channel).get();
        } catch (IOException | RuntimeException e) {
            channel.close(); // the zip library leaves it open when the archive is refused
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            XlsxPackage recovered = recover(file);
            if (recovered == null) {
                throw e;
            }
            return recovered;
        }
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
            return new XlsxPackage(zip, entries, null, false);
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
        return new XlsxPackage(null, Map.of(), memory, false);
    }

    /**
     * The whole entries of a zip read in order from their local headers, or null when that gives no package (no
     * content types), the file is too large to hold in memory, or its entries inflate beyond the zip-bomb ratio.
     * The entry that is cut off, and all after it, are left out.
     */
    private static XlsxPackage recover(Path file) throws IOException {
        long size = java.nio.file.Files.size(file);
        if (size > MAX_RECOVERED_FILE) {
            return null;
        }
        long budget = Math.min(MAX_RECOVERED_BYTES, Math.max(1L << 20, size * 100));
        Map<String, byte[]> memory = new HashMap<>();
        long inflated = 0;
        try (InputStream raw = new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(file));
                org.apache.commons.compress.archivers.zip.ZipArchiveInputStream in =
                        new org.apache.commons.compress.archivers.zip.ZipArchiveInputStream(raw)) {
            byte[] buffer = new byte[1 << 16];
            while (true) {
                ZipArchiveEntry entry;
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                try {
                    entry = in.getNextEntry();
                    if (entry == null) {
                        break;
                    }
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        bytes.write(buffer, 0, n);
                        inflated += n;
                        if (inflated > budget) {
                            return null;
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    break; // the entry cut off
                }
                if (!entry.isDirectory()) {
                    memory.putIfAbsent(key(entry.getName()), bytes.toByteArray());
                }
                ReadCancel.check();
            }
        }
        return memory.containsKey(key(WorkbookParts.CONTENT_TYPES)) ? new XlsxPackage(null, Map.of(), memory, true)
                : null;
    }

    /** True when the zip directory was damaged and the entries were read from their local headers. */
    boolean recovered() {
        return recovered;
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
        if (entry == null) {
            return null;
        }
        if (entry.getMethod() == ZipMethod.DEFLATED.getCode()) {
            return InflatedEntry.deflated(zip.getRawInputStream(entry), entry.getName());
        }
        InputStream in = zip.getInputStream(entry);
        if (in instanceof InputStreamStatistics statistics) {
            return InflatedEntry.inflated(in, statistics::getCompressedCount, entry.getName());
        }
        return InflatedEntry.inflated(in, () -> Long.MAX_VALUE, entry.getName());
    }

    @Override
    public void close() throws IOException {
        if (zip != null) {
            zip.close();
        }
    }
}
