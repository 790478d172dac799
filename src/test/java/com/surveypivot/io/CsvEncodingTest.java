package com.surveypivot.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.i18n.LocalizedText;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The encoding of a CSV is told from its content or given by the user; bad bytes are forgiven and counted. */
class CsvEncodingTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private static Question sex(Survey s) {
        return s.questions().stream().filter(q -> q.id().equals("性別")).findFirst().orElseThrow();
    }

    @Test
    void theEncodingIsToldFromTheContent() throws Exception {
        String csv = HostileFiles.japaneseCsv();
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = csv.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        byte[] utf16 = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_16LE);
        for (Path file : List.of(write("utf8.csv", utf8), write("bom.csv", withBom), write("utf16.csv", utf16),
                write("sjis.csv", csv.getBytes(HostileFiles.SJIS)))) {
            List<LocalizedText> warnings = new ArrayList<>();
            Survey s = SurveyReader.read(file, ReadOptions.defaults(), ReadProgress.collectingWarnings(warnings));
            assertEquals(List.of("女性", "男性"), sex(s).categories(), file.getFileName().toString());
            assertEquals(List.of(), warnings, file.getFileName().toString());
        }
        assertEquals(HostileFiles.SJIS, TextEncoding.detect(csv.getBytes(HostileFiles.SJIS),
                csv.getBytes(HostileFiles.SJIS).length));
    }

    @Test
    void theUserCanGiveTheEncoding() throws Exception {
        Path latin = write("latin.csv", ("Drink,Sex\n" + "Café,F\nThé,M\nCafé,M\n".repeat(5))
                .getBytes(StandardCharsets.ISO_8859_1));
        Survey s = SurveyReader.read(latin, ReadOptions.defaults().withEncoding(StandardCharsets.ISO_8859_1),
                ReadProgress.NONE);
        Question drink = s.questions().stream().filter(q -> q.id().equals("Drink")).findFirst().orElseThrow();
        assertEquals(List.of("Café", "Thé"), drink.categories());
    }

    @Test
    void manyBadBytesMakeAnUnreadableEncodingAtTheirFirstLine() throws Exception {
        Path sjis = write("sjis.csv", HostileFiles.japaneseCsv().getBytes(HostileFiles.SJIS));
        SurveyReadException e = assertThrows(SurveyReadException.class, () -> SurveyReader.read(sjis,
                ReadOptions.defaults().withEncoding(StandardCharsets.UTF_8), ReadProgress.NONE));
        assertEquals("io.error.unreadable", e.key());
        assertEquals("Cannot read the file sjis.csv: unreadable text encoding at line 1", e.getMessage());
        MessageRule.check(e, "sjis.csv");
    }

    @Test
    void aFewBadBytesAreCountedWithTheirFirstLines() throws Exception {
        StringBuilder csv = new StringBuilder("Sex,Comment\n");
        for (int i = 0; i < 200; i++) {
            csv.append(i % 2 == 0 ? "F" : "M").append(",ok ").append(i).append(i % 20 == 7 ? "\u0001" : "")
                    .append('\n');
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 1) {
                bytes[i] = (byte) 0xC3; // a lead byte without its continuation
            }
        }
        List<LocalizedText> warnings = new ArrayList<>();
        Survey s = SurveyReader.read(write("bytes.csv", bytes), ReadOptions.defaults(),
                ReadProgress.collectingWarnings(warnings));
        assertEquals(200, s.respondents());
        assertEquals(1, warnings.size());
        assertEquals("bytes.csv: 10 cells had bytes that are not valid UTF-8 text (lines 9, 29, 49, 69, 89, …); "
                + "they show as \uFFFD.", warnings.get(0).in(Locale.ENGLISH));
        MessageRule.check(warnings.get(0));
    }

    @Test
    void decodingReplacesEachBadSequenceOnce() throws Exception {
        byte[] bytes = {'a', (byte) 0xFF, 'b', (byte) 0xE3, (byte) 0x81, 'c', (byte) 0xE3};
        try (DecodingReader reader = new DecodingReader(new java.io.ByteArrayInputStream(bytes),
                StandardCharsets.UTF_8)) {
            StringBuilder read = new StringBuilder();
            char[] buffer = new char[32];
            for (int n = reader.read(buffer, 0, buffer.length); n >= 0; n = reader.read(buffer, 0, buffer.length)) {
                read.append(buffer, 0, n);
            }
            assertEquals("a\uFFFDb\uFFFDc\uFFFD", read.toString());
            assertEquals(3, reader.replacements());
        }
    }
}
