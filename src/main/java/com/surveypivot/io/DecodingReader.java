package com.surveypivot.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes text forgivingly: bytes that are no valid text in the charset become U+FFFD (one per bad sequence), and
 * are counted, instead of failing the whole file. Checks for cancellation every {@value #CHECK_CHARS} characters.
 */
final class DecodingReader extends Reader {
    static final int CHECK_CHARS = 1 << 16;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 14);
    private final CharBuffer chars = CharBuffer.allocate(1 << 14);
    private boolean eof;
    private boolean flushed;
    private long replacements;
    private long sinceCheck;

    DecodingReader(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
        chars.flip();
    }

    /** How many bad byte sequences were replaced so far. */
    long replacements() {
        return replacements;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (flushed) {
                return -1;
            }
            decodeMore();
        }
        int n = Math.min(len, chars.remaining());
        chars.get(cbuf, off, n);
        sinceCheck += n;
        if (sinceCheck >= CHECK_CHARS) {
            sinceCheck = 0;
            ReadCancel.check();
        }
        return n;
    }

    private void decodeMore() throws IOException {
        chars.clear();
        try {
            while (chars.position() == 0) {
                if (!eof && bytes.remaining() < 8) {
                    fill();
                }
                CoderResult result = decoder.decode(bytes, chars, eof);
                if (result.isError()) {
                    if (chars.remaining() == 0) {
                        break; // room for the replacement next time
                    }
                    chars.put('\uFFFD');
                    replacements++;
                    bytes.position(bytes.position() + result.length());
                } else if (result.isUnderflow()) {
                    if (eof) {
                        if (bytes.hasRemaining()) {
                            // an incomplete sequence at the very end
                            chars.put('\uFFFD');
                            replacements++;
                            bytes.position(bytes.limit());
                        }
                        decoder.flush(chars);
                        flushed = true;
                        break;
                    }
                    fill();
                } else {
                    break; // overflow: the buffer is full
                }
            }
        } finally {
            chars.flip();
        }
    }

    private void fill() throws IOException {
        bytes.compact();
        try {
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + n);
            }
        } finally {
            bytes.flip();
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
