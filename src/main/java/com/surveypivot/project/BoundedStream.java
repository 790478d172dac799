package com.surveypivot.project;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** An input stream that fails once more than a limit of bytes has been read (a file that grows while read). */
final class BoundedStream extends FilterInputStream {
    /** Thrown when the limit is passed. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("over the size limit");
        }
    }

    private final long limit;
    private long count;

    BoundedStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    private void counted(long n) throws IOException {
        count += n;
        if (count > limit) {
            throw new TooLarge();
        }
    }
}
