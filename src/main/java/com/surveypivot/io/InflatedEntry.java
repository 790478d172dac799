package com.surveypivot.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.function.LongSupplier;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * The inflated bytes of one zip entry, with the zip-bomb guards of POI's ZipSecureFile: once past
 * {@link #GRACE_BYTES}, an entry that has inflated to more than 100 times the compressed bytes read so far
 * ({@link #MIN_INFLATE_RATIO}), or past {@link XlsxPackage#MAX_ENTRY_BYTES} in all, is refused with an IOException
 * whose message starts "Zip bomb detected" (which {@link ReadFailures} reports as a zip bomb). Deflated entries are
 * inflated here from their raw bytes with a large buffer; entries of other methods come inflated from the zip
 * library with its count of compressed bytes.
 */
final class InflatedEntry extends InputStream {
    /** The least compressed-to-inflated ratio accepted, as POI's default. */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** Inflated bytes read before the ratio is checked, as POI's default. */
    static final long GRACE_BYTES = 100 * 1024;
    private static final int BUFFER = 1 << 16;

    private final InputStream inflated;
    private final LongSupplier compressedCount;
    private final Inflater inflater;
    private final String entry;
    private long count;

    private InflatedEntry(InputStream inflated, LongSupplier compressedCount, Inflater inflater, String entry) {
        this.inflated = inflated;
        this.compressedCount = compressedCount;
        this.inflater = inflater;
        this.entry = entry;
    }

    /** The entry whose raw (deflated) bytes are {@code raw}. */
    static InflatedEntry deflated(InputStream raw, String entry) {
        Inflater inflater = new Inflater(true);
        // one extra byte after the raw data, as java.util.zip.ZipFile gives the inflater (zlib may ask for it)
        InputStream padded = new SequenceInputStream(raw, new ByteArrayInputStream(new byte[1]));
        // the compressed bytes the inflater has consumed (not those read ahead into its buffer)
        return new InflatedEntry(new InflaterInputStream(padded, inflater, BUFFER), inflater::getBytesRead, inflater,
                entry);
    }

    /** An entry inflated by the zip library, which counts the compressed bytes it reads. */
    static InflatedEntry inflated(InputStream inflated, LongSupplier compressedCount, String entry) {
        return new InflatedEntry(inflated, compressedCount, null, entry);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = inflated.read(b, off, len);
        if (n > 0) {
            count += n;
            check();
        }
        return n;
    }

    private void check() throws IOException {
        if (count > XlsxPackage.MAX_ENTRY_BYTES) {
            throw new IOException("Zip bomb detected! " + entry + " inflates to more than "
                    + XlsxPackage.MAX_ENTRY_BYTES + " bytes.");
        }
        if (count > GRACE_BYTES && compressedCount.getAsLong() < count * MIN_INFLATE_RATIO) {
            throw new IOException("Zip bomb detected! " + entry + " inflates to more than "
                    + Math.round(1 / MIN_INFLATE_RATIO) + " times its compressed size.");
        }
    }

    @Override
    public void close() throws IOException {
        try {
            inflated.close();
        } finally {
            if (inflater != null) {
                inflater.end();
            }
        }
    }
}
