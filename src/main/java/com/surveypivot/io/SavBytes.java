package com.surveypivot.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * A buffered reader of an SPSS system file's bytes in the file's byte order. Every length it is asked to read is
 * checked against the bytes the file can still hold, so a declared count can never make it allocate more than the
 * file's own size.
 */
final class SavBytes {
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int limit;
    private long consumed;
    private final long size;
    private boolean bigEndian;

    /** @param size the number of bytes the stream can hold at most (the file's size) */
    SavBytes(InputStream in, long size) {
        this.in = in;
        this.size = size;
    }

    void bigEndian(boolean big) {
        this.bigEndian = big;
    }

    boolean isBigEndian() {
        return bigEndian;
    }

    /** Bytes read so far. */
    long position() {
        return consumed - (limit - pos);
    }

    /** Bytes the file can still hold after the current position. */
    long remaining() {
        return size - position();
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        pos = 0;
        limit = n;
        consumed += n;
        return true;
    }

    /** One byte (0–255), or -1 at the end of the stream. */
    int read() throws IOException {
        if (pos >= limit && !fill()) {
            return -1;
        }
        return buffer[pos++] & 0xff;
    }

    void readFully(byte[] into, int off, int len) throws IOException {
        while (len > 0) {
            if (pos >= limit && !fill()) {
                throw new EOFException("the file ends early");
            }
            int n = Math.min(len, limit - pos);
            System.arraycopy(buffer, pos, into, off, n);
            pos += n;
            off += n;
            len -= n;
        }
    }

    /** {@code n} bytes, refused when the file cannot hold them. */
    byte[] bytes(long n) throws IOException {
        if (n < 0 || n > remaining()) {
            throw new SavFormatException("a record declares " + n + " bytes, more than the file holds");
        }
        byte[] b = new byte[(int) n];
        readFully(b, 0, b.length);
        return b;
    }

    void skip(long n) throws IOException {
        if (n < 0 || n > remaining()) {
            throw new SavFormatException("a record declares " + n + " bytes, more than the file holds");
        }
        while (n > 0) {
            if (pos >= limit && !fill()) {
                throw new EOFException("the file ends early");
            }
            int k = (int) Math.min(n, limit - pos);
            pos += k;
            n -= k;
        }
    }

    int int32() throws IOException {
        int b0 = need();
        int b1 = need();
        int b2 = need();
        int b3 = need();
        return bigEndian ? (b0 << 24) | (b1 << 16) | (b2 << 8) | b3 : (b3 << 24) | (b2 << 16) | (b1 << 8) | b0;
    }

    long int64() throws IOException {
        long lo = int32() & 0xffffffffL;
        long hi = int32() & 0xffffffffL;
        return bigEndian ? (lo << 32) | hi : (hi << 32) | lo;
    }

    double float64() throws IOException {
        return Double.longBitsToDouble(int64());
    }

    /** An 8-byte slot as a double in this file's byte order. */
    double slotDouble(byte[] slot, int off) {
        long v = 0;
        if (bigEndian) {
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (slot[off + i] & 0xffL);
            }
        } else {
            for (int i = 7; i >= 0; i--) {
                v = (v << 8) | (slot[off + i] & 0xffL);
            }
        }
        return Double.longBitsToDouble(v);
    }

    private int need() throws IOException {
        int b = read();
        if (b < 0) {
            throw new EOFException("the file ends early");
        }
        return b;
    }
}
