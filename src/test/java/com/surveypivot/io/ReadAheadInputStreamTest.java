package com.surveypivot.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The read-ahead stream gives the source's bytes unchanged, passes its failures on, and leaves no thread. */
class ReadAheadInputStreamTest {

    private static boolean readAheadThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().startsWith("surveypivot-read-ahead") && t.isAlive());
    }

    @Test
    void sameBytesAsTheSource() throws IOException {
        byte[] data = new byte[ReadAheadInputStream.CHUNK_SIZE * 20 + 12_345];
        new Random(3).nextBytes(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = new ReadAheadInputStream(new ByteArrayInputStream(data), "test")) {
            byte[] buffer = new byte[4000];
            int step = 0;
            while (true) {
                if (step++ % 7 == 0) {
                    int b = in.read();
                    if (b < 0) {
                        break;
                    }
                    out.write(b);
                } else {
                    int n = in.read(buffer, 0, 1 + step % buffer.length);
                    if (n < 0) {
                        break;
                    }
                    out.write(buffer, 0, n);
                }
            }
            assertEquals(-1, in.read());
        }
        assertArrayEquals(data, out.toByteArray());
        assertTrue(!readAheadThreadAlive());
    }

    @Test
    void emptySource() throws IOException {
        try (InputStream in = new ReadAheadInputStream(new ByteArrayInputStream(new byte[0]), "test")) {
            assertEquals(-1, in.read(new byte[10], 0, 10));
        }
        assertTrue(!readAheadThreadAlive());
    }

    @Test
    void failureOfTheSourceIsThrownOnTheReadingThread() throws IOException {
        IOException failure = new IOException("truncated zip");
        InputStream failing = new InputStream() {
            private int left = 100_000;

            @Override
            public int read() throws IOException {
                if (left-- <= 0) {
                    throw failure;
                }
                return 'x';
            }
        };
        try (InputStream in = new ReadAheadInputStream(failing, "test")) {
            byte[] buffer = new byte[8192];
            IOException thrown = assertThrows(IOException.class, () -> {
                while (in.read(buffer, 0, buffer.length) >= 0) {
                    // drain until the failure arrives
                }
            });
            assertSame(failure, thrown);
        }
        assertTrue(!readAheadThreadAlive());
    }

    @Test
    void closingMidStreamStopsTheReadingThread() throws IOException {
        boolean[] sourceClosed = new boolean[1];
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'y';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'y');
                return len;
            }

            @Override
            public void close() {
                sourceClosed[0] = true;
            }
        };
        InputStream in = new ReadAheadInputStream(endless, "test");
        assertEquals('y', in.read());
        in.close();
        assertTrue(sourceClosed[0]);
        assertTrue(!readAheadThreadAlive());
    }
}
