package com.surveypivot.io;

import static com.surveypivot.io.Refusal.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.surveypivot.survey.Survey;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad SPSS files (issue 12) in the style of {@link BadInputTest}: each is refused with one clear translated line,
 * quickly, without allocating what a hostile count declares, and leaves nothing behind.
 */
class SavBadInputTest {
    private static final String[] BROKEN = {"spss.error.truncated", "spss.error.damaged", "io.error.noData"};
    private static final Duration QUICK = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void truncatedFiles() throws Exception {
        for (String name : new String[] {"constructed.sav", "mass_survey_plain.sav", "constructed.zsav"}) {
            byte[] whole = Files.readAllBytes(SavReadTest.DIR.resolve(name));
            for (int length : new int[] {4, 100, 180, 600, whole.length / 3, whole.length - 13}) {
                Path file = Files.write(dir.resolve(length + name), Arrays.copyOf(whole, length));
                assertTimeoutPreemptively(QUICK, () -> refused(file, BROKEN));
            }
        }
    }

    @Test
    void wrongMagic() throws Exception {
        Path text = Files.writeString(dir.resolve("survey.sav"), "id,sex\n1,F\n2,M\n");
        refused(text, "spss.error.notSpss");
        byte[] bytes = new byte[4096];
        new Random(12).nextBytes(bytes);
        refused(Files.write(dir.resolve("random.zsav"), bytes), "spss.error.notSpss");
        System.arraycopy("$FL2".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 4);
        Path garbage = Files.write(dir.resolve("garbage.sav"), bytes);
        assertTimeoutPreemptively(QUICK, () -> refused(garbage, BROKEN));
    }

    @Test
    void hugeDeclaredCounts() throws Exception {
        // 2^31-1 value labels, a 2 GB variable label, a 2 GB extension record, 2 GB of document lines
        byte[][] hostile = {
            concat(header(1), numeric("A"), ints(3, Integer.MAX_VALUE)),
            concat(header(1), ints(2, 0, 1, 0, 0x50800, 0x50800), pad("B"), ints(Integer.MAX_VALUE - 3)),
            concat(header(1), numeric("C"), ints(7, 20, 1, Integer.MAX_VALUE)),
            concat(header(1), numeric("D"), ints(7, 3, 65536, 65536)),
            concat(header(1), numeric("E"), ints(6, Integer.MAX_VALUE)),
            concat(header(1), numeric("F"), ints(3, 1), new byte[16], ints(4, Integer.MAX_VALUE)),
        };
        for (int i = 0; i < hostile.length; i++) {
            Path file = Files.write(dir.resolve("hostile" + i + ".sav"), hostile[i]);
            assertTimeoutPreemptively(QUICK, () -> refused(file, BROKEN));
        }
    }

    @Test
    void aHugeCaseCountIsNotTrusted() throws Exception {
        // the header claims 2^31-1 cases; the file holds two: the two are read, nothing is allocated for the rest
        byte[] file = concat(header(Integer.MAX_VALUE), numeric("X"), ints(999, 0), doubles(1, 2));
        Survey s = assertTimeoutPreemptively(QUICK,
                () -> SurveyReader.read(Files.write(dir.resolve("claims.sav"), file)));
        assertEquals(2, s.respondents());
    }

    @Test
    void aZsavTrailerThatLies() throws Exception {
        byte[] whole = Files.readAllBytes(SavReadTest.DIR.resolve("constructed.zsav"));
        // the trailer's last block entry: make its uncompressed size 2 GB
        ByteBuffer.wrap(whole, whole.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(Integer.MAX_VALUE);
        Path file = Files.write(dir.resolve("lying.zsav"), whole);
        assertTimeoutPreemptively(QUICK, () -> refused(file, BROKEN));
    }

    @Test
    void anUnknownRecordType() throws Exception {
        Path file = Files.write(dir.resolve("unknown.sav"), concat(header(1), numeric("A"), ints(42, 0, 0)));
        refused(file, BROKEN);
    }

    static byte[] header(int cases) {
        ByteBuffer h = ByteBuffer.allocate(176).order(ByteOrder.LITTLE_ENDIAN);
        h.put("$FL2".getBytes(StandardCharsets.US_ASCII)).put(new byte[60]);
        h.putInt(2).putInt(1).putInt(0).putInt(0).putInt(cases).putDouble(100);
        return h.array();
    }

    static byte[] numeric(String name) {
        return concat(ints(2, 0, 0, 0, 0x50800, 0x50800), pad(name));
    }

    static byte[] pad(String name) {
        byte[] b = new byte[8];
        Arrays.fill(b, (byte) ' ');
        byte[] n = name.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(n, 0, b, 0, n.length);
        return b;
    }

    static byte[] ints(int... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int v : values) {
            b.putInt(v);
        }
        return b.array();
    }

    static byte[] doubles(double... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            b.putDouble(v);
        }
        return b.array();
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : List.of(parts)) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
