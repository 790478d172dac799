package com.surveypivot.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SurveyReader#sheetNames} (File > Choose Sheet…) on bad input: the same clear one-liners as a read, and
 * nothing left behind. */
class SheetNamesBadInputTest {
    @TempDir
    Path dir;

    private SurveyReadException refused(Path file, String... keys) throws Exception {
        LeftBehind before = LeftBehind.before(file);
        SurveyReadException e = assertThrows(SurveyReadException.class, () -> SurveyReader.sheetNames(file));
        assertTrue(Set.of(keys).contains(e.key()), e.key() + ": " + e.getMessage());
        Refusal.oneClearLine(e);
        before.assertNothingLeft();
        return e;
    }

    private Path plain() throws Exception {
        return Fixtures.sheet(dir.resolve("plain.xlsx"), "data", List.of(new Object[] {"Sex"}, new Object[] {"F"}));
    }

    @Test
    void emptyTruncatedAndBinary() throws Exception {
        refused(Files.write(dir.resolve("empty.xlsx"), new byte[0]), "io.error.emptyFile");
        byte[] whole = Files.readAllBytes(plain());
        refused(Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(whole, whole.length / 2)), "io.error.corrupt",
                "io.error.notSpreadsheet");
        refused(Files.writeString(dir.resolve("text.xls"), "Sex\nF\n"), "io.error.notSpreadsheet");
    }

    @Test
    void doctypeInWorkbookXmlAndContentTypes() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOPSECRET-4711");
        for (String part : new String[] {"xl/workbook.xml", "[Content_Types].xml"}) {
            Path evil = ZipBombTest.replaced(plain(), dir.resolve("evil" + part.length() + ".xlsx"), part, out -> {
                String root = part.startsWith("[") ? "Types" : "workbook";
                String xml = "<?xml version=\"1.0\"?><!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"" + secret.toUri()
                        + "\">]><" + root + ">&xxe;</" + root + ">";
                out.write(xml.getBytes(StandardCharsets.UTF_8));
            });
            SurveyReadException e = refused(evil, "io.error.doctype");
            assertFalse(e.getMessage().contains("TOPSECRET"), e.getMessage());
        }
    }
}
