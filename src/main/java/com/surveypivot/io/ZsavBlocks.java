package com.surveypivot.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The data of a .zsav file as one stream: the zlib trailer lists the compressed blocks; each is inflated in turn
 * (into at most its declared size, which may not exceed {@link #MAX_BLOCK} nor {@link #MAX_RATIO} times its
 * compressed size) and handed on as bytecode-compressed case data.
 */
final class ZsavBlocks extends InputStream {
    static final int MAX_BLOCK = 1 << 26;
    /** zlib cannot inflate more than about 1,032 bytes from one; a block that claims more is a bomb. */
    static final int MAX_RATIO = 1100;

    private final FileChannel channel;
    private final long[] compressedOffsets;
    private final int[] compressedSizes;
    private final int[] uncompressedSizes;
    private int block = -1;
    private byte[] current = new byte[0];
    private int pos;

    private ZsavBlocks(FileChannel channel, long[] offsets, int[] compressed, int[] uncompressed) {
        this.channel = channel;
        this.compressedOffsets = offsets;
        this.compressedSizes = compressed;
        this.uncompressedSizes = uncompressed;
    }

    static ZsavBlocks open(FileChannel channel, SavDictionary dict) throws IOException {
        long size = channel.size();
        if (dict.ztrailerOffset < 0 || dict.ztrailerLength < 24 || dict.ztrailerOffset + dict.ztrailerLength > size
                || (dict.ztrailerLength - 24) % 24 != 0) {
            throw new SavFormatException("bad zlib trailer");
        }
        ByteBuffer trailer = ByteBuffer.allocate((int) dict.ztrailerLength);
        readAt(channel, trailer, dict.ztrailerOffset);
        byte[] t = trailer.array();
        boolean big = dict.caseSlots > 0 && isBig(dict);
        int blocks = SavText.int32(t, 20, big);
        if (blocks < 0 || blocks != (t.length - 24) / 24) {
            throw new SavFormatException("bad zlib block count");
        }
        long[] offsets = new long[blocks];
        int[] compressed = new int[blocks];
        int[] uncompressed = new int[blocks];
        for (int b = 0; b < blocks; b++) {
            int at = 24 + b * 24;
            offsets[b] = SavText.int64(t, at + 8, big);
            uncompressed[b] = SavText.int32(t, at + 16, big);
            compressed[b] = SavText.int32(t, at + 20, big);
            if (offsets[b] < 0 || compressed[b] < 0 || offsets[b] + compressed[b] > size
                    || uncompressed[b] < 0 || uncompressed[b] > MAX_BLOCK
                    || uncompressed[b] > (long) compressed[b] * MAX_RATIO + 64) {
                throw new SavFormatException("bad zlib block " + b);
            }
        }
        return new ZsavBlocks(channel, offsets, compressed, uncompressed);
    }

    private static boolean isBig(SavDictionary dict) {
        return dict.bigEndian;
    }

    private static void readAt(FileChannel channel, ByteBuffer into, long at) throws IOException {
        while (into.hasRemaining()) {
            int n = channel.read(into, at + into.position());
            if (n < 0) {
                throw new EOFException("the file ends early");
            }
        }
    }

    private boolean next() throws IOException {
        if (block + 1 >= compressedOffsets.length) {
            return false;
        }
        block++;
        ByteBuffer packed = ByteBuffer.allocate(compressedSizes[block]);
        readAt(channel, packed, compressedOffsets[block]);
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(packed.array());
            byte[] out = new byte[uncompressedSizes[block]];
            int n = 0;
            while (n < out.length && !inflater.finished()) {
                int k = inflater.inflate(out, n, out.length - n);
                if (k == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += k;
            }
            if (n != out.length) {
                throw new SavFormatException("a zlib block is shorter than declared");
            }
            current = out;
            pos = 0;
            return true;
        } catch (DataFormatException e) {
            throw new SavFormatException("bad zlib data: " + e.getMessage());
        } finally {
            inflater.end();
        }
    }

    /** The data's size once inflated (the sum of the blocks' declared sizes), for progress. */
    long inflatedSize() {
        long sum = 0;
        for (int u : uncompressedSizes) {
            sum += u;
        }
        return sum;
    }

    @Override
    public int read() throws IOException {
        while (pos >= current.length) {
            if (!next()) {
                return -1;
            }
        }
        return current[pos++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (pos >= current.length) {
            if (!next()) {
                return -1;
            }
        }
        int n = Math.min(len, current.length - pos);
        System.arraycopy(current, pos, b, off, n);
        pos += n;
        return n;
    }
}
