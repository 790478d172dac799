package com.surveypivot.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a stream ahead on a second thread: for an .xlsx sheet, that thread inflates the zip entry while the
 * calling thread parses the XML, so the two overlap on a machine with two cores. At most {@link #CHUNKS} chunks
 * of {@link #CHUNK_SIZE} bytes are held (bounded memory). A failure of the source (a corrupt zip, POI's zip-bomb
 * guard) is thrown from {@link #read} on the parsing thread. {@link #close()} stops the reading thread and waits
 * for it, so no thread outlives the stream (also after a cancelled or failed parse, where the stream is closed by
 * try-with-resources).
 */
final class ReadAheadInputStream extends InputStream {
    static final int CHUNK_SIZE = 64 * 1024;
    static final int CHUNKS = 8;
    private static final long WAIT_MILLIS = 50;

    /** A filled chunk: {@code length} bytes, or the end of the stream ({@code length < 0}), or a failure. */
    private record Chunk(byte[] bytes, int length, Throwable failure) {
    }

    private static final Chunk END = new Chunk(new byte[0], -1, null);

    private final InputStream source;
    private final BlockingQueue<Chunk> filled = new ArrayBlockingQueue<>(CHUNKS);
    /** Buffers handed back by the parsing thread for reuse. */
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(CHUNKS + 2);
    private final Thread reader;
    private volatile boolean closed;
    private Chunk current;
    private int position;
    private boolean ended;

    ReadAheadInputStream(InputStream source, String name) {
        this.source = source;
        this.reader = new Thread(this::readAll, "surveypivot-read-ahead " + name);
        reader.setDaemon(true);
        reader.start();
    }

    private void readAll() {
        try {
            while (!closed) {
                byte[] bytes = free.poll();
                if (bytes == null) {
                    bytes = new byte[CHUNK_SIZE];
                }
                int length = 0;
                while (length < bytes.length) {
                    int n = source.read(bytes, length, bytes.length - length);
                    if (n < 0) {
                        break;
                    }
                    length += n;
                }
                if (length > 0 && !deliver(new Chunk(bytes, length, null))) {
                    return;
                }
                if (length < bytes.length) {
                    deliver(END);
                    return;
                }
            }
        } catch (IOException | RuntimeException | Error e) {
            deliver(new Chunk(null, -1, e));
        }
    }

    /** Queues a chunk, waiting for room; false when the stream was closed meanwhile. */
    private boolean deliver(Chunk chunk) {
        boolean interrupted = false;
        try {
            while (!closed) {
                try {
                    if (filled.offer(chunk, WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                        return true;
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            return false;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The chunk to read from, or null at the end of the stream. */
    private Chunk chunk() throws IOException {
        if (ended) {
            return null;
        }
        if (current != null && position < current.length()) {
            return current;
        }
        if (current != null && current.length() > 0) {
            free.offer(current.bytes());
            current = null;
        }
        Chunk next;
        try {
            next = filled.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading ahead");
        }
        if (next.failure() != null) {
            ended = true;
            Throwable f = next.failure();
            if (f instanceof IOException io) {
                throw io;
            }
            if (f instanceof RuntimeException re) {
                throw re;
            }
            throw (Error) f;
        }
        if (next.length() < 0) {
            ended = true;
            return null;
        }
        current = next;
        position = 0;
        return current;
    }

    @Override
    public int read() throws IOException {
        Chunk c = chunk();
        return c == null ? -1 : c.bytes()[position++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        Chunk c = chunk();
        if (c == null) {
            return -1;
        }
        int n = Math.min(len, c.length() - position);
        System.arraycopy(c.bytes(), position, b, off, n);
        position += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        filled.clear();
        boolean interrupted = false;
        while (reader.isAlive()) {
            try {
                reader.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        current = null;
        source.close();
    }
}
