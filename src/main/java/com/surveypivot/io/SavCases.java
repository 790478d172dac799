package com.surveypivot.io;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the cases of an SPSS system file into one column per variable: doubles for numeric variables (NaN for
 * system-missing), strings for string variables (very long strings joined from their segments). Uncompressed,
 * bytecode-compressed and (through {@link ZsavBlocks}) zlib-compressed data. Columns grow as cases arrive; the
 * number of cases is bounded by {@link SheetLimits#MAX_ROWS} and the cells by {@link #MAX_CELLS}.
 */
final class SavCases {
    static final long MAX_CELLS = 40_000_000L;
    private static final double SYSMIS = -Double.MAX_VALUE;

    private final SavDictionary dict;
    private final List<SavVariable> vars;
    private final Charset charset;
    final double[][] numbers;
    final String[][] strings;
    int rows;

    SavCases(SavDictionary dict) {
        this.dict = dict;
        this.vars = dict.variables;
        this.charset = dict.charset();
        this.numbers = new double[vars.size()][];
        this.strings = new String[vars.size()][];
    }

    /** Reads every case from {@code in}; {@code sizeHint} is how many cases the file can hold at most. */
    void read(SavBytes in, long sizeHint, ReadProgress progress, long fileSize, String name) throws IOException,
            SurveyReadException {
        int capacity = (int) Math.max(16, Math.min(Math.min(sizeHint, dict.cases < 0 ? sizeHint : dict.cases),
                1 << 16));
        for (int v = 0; v < vars.size(); v++) {
            if (vars.get(v).isNumeric()) {
                numbers[v] = new double[capacity];
            } else {
                strings[v] = new String[capacity];
            }
        }
        byte[] caseBytes = new byte[dict.caseSlots * 8];
        byte[] command = new byte[8];
        int[] commandPos = {8};
        while (readCase(in, caseBytes, command, commandPos)) {
            if (rows >= SheetLimits.MAX_ROWS || (long) (rows + 1) * vars.size() > MAX_CELLS) {
                throw new SheetLimits.ExceededException(name, "row " + (rows + 1L));
            }
            if (rows >= capacity) {
                capacity = grow(capacity);
            }
            store(in, caseBytes);
            rows++;
            if ((rows & 4095) == 0) {
                if (progress.isCancelled()) {
                    throw new SurveyReadException("io.cancelled");
                }
                progress.progress(Math.min(1.0, in.position() / (double) Math.max(1, fileSize)));
            }
            if (dict.cases >= 0 && rows == dict.cases) {
                break;
            }
        }
    }

    private int grow(int capacity) {
        int bigger = (int) Math.min((long) capacity * 2, SheetLimits.MAX_ROWS + 1L);
        for (int v = 0; v < vars.size(); v++) {
            if (numbers[v] != null) {
                numbers[v] = Arrays.copyOf(numbers[v], bigger);
            } else {
                strings[v] = Arrays.copyOf(strings[v], bigger);
            }
        }
        return bigger;
    }

    private void store(SavBytes in, byte[] caseBytes) {
        for (int v = 0; v < vars.size(); v++) {
            SavVariable var = vars.get(v);
            int off = var.slot * 8;
            if (var.isNumeric()) {
                double d = in.slotDouble(caseBytes, off);
                numbers[v][rows] = d <= SYSMIS || Double.isNaN(d) ? Double.NaN : d;
            } else if (var.segments <= 1) {
                strings[v][rows] = blankToNull(SavText.decode(caseBytes, off, var.width, charset));
            } else {
                byte[] joined = new byte[var.longWidth];
                int filled = 0;
                for (int s = 0; s < var.segments && filled < joined.length; s++) {
                    int take = Math.min(255, joined.length - filled);
                    int from = off + s * 256;
                    take = Math.max(0, Math.min(take, caseBytes.length - from));
                    System.arraycopy(caseBytes, from, joined, filled, take);
                    filled += take;
                }
                strings[v][rows] = blankToNull(SavText.decode(joined, 0, filled, charset));
            }
        }
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }

    /** One case into {@code caseBytes}; false at the end of the data (only at a case boundary). */
    private boolean readCase(SavBytes in, byte[] caseBytes, byte[] command, int[] commandPos) throws IOException {
        if (dict.compression == 0) {
            int first = in.read();
            if (first < 0) {
                return false;
            }
            caseBytes[0] = (byte) first;
            in.readFully(caseBytes, 1, caseBytes.length - 1);
            return true;
        }
        for (int slot = 0; slot < dict.caseSlots; slot++) {
            while (true) {
                if (commandPos[0] == 8) {
                    int first = in.read();
                    if (first < 0) {
                        if (slot == 0) {
                            return false;
                        }
                        throw new EOFException("the file ends inside a case");
                    }
                    command[0] = (byte) first;
                    in.readFully(command, 1, 7);
                    commandPos[0] = 0;
                }
                int code = command[commandPos[0]++] & 0xff;
                if (code == 0) {
                    continue;
                }
                if (code == 252) {
                    if (slot == 0) {
                        return false;
                    }
                    throw new EOFException("the data ends inside a case");
                }
                int off = slot * 8;
                if (code == 253) {
                    in.readFully(caseBytes, off, 8);
                } else if (code == 254) {
                    Arrays.fill(caseBytes, off, off + 8, (byte) ' ');
                } else {
                    putDouble(in, caseBytes, off, code == 255 ? SYSMIS : code - dict.bias);
                }
                break;
            }
        }
        return true;
    }

    private static void putDouble(SavBytes in, byte[] b, int off, double d) {
        long bits = Double.doubleToRawLongBits(d);
        for (int i = 0; i < 8; i++) {
            int shift = in.isBigEndian() ? 56 - 8 * i : 8 * i;
            b[off + i] = (byte) (bits >>> shift);
        }
    }
}
