package com.surveypivot.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.i18n.LocalizedException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Project files: save then load gives the same project; hostile files are refused with one line. */
class ProjectStoreTest {
    @TempDir
    Path folder;

    @Test
    void aProjectComesBackEqualAfterSaveAndLoad() throws Exception {
        Path source = ProjectFixtures.writeSurvey(folder, "wave1.csv", false);
        byte[] sourceBytes = Files.readAllBytes(source);
        ProjectFile project = ProjectFixtures.project(source, SourceHash.of(source));
        Path file = folder.resolve("work.surveypivot");
        ProjectStore.write(project, file, source);
        ProjectFile read = ProjectStore.read(file);
        assertEquals(project, read, "the whole project: state, edits, entries (with a map), notes, read options");
        assertEquals(project.state(), read.state());
        assertEquals(project.edits(), read.edits());
        assertEquals(project.entries(), read.entries());
        assertEquals(project.notes(), read.notes());
        assertTrue(Double.isNaN(read.state().answersOf("Smoke").scores().get("Occas")));
        // saving again over it replaces the file atomically and gives the same JSON
        ProjectStore.write(read, file, source);
        assertEquals(project, ProjectStore.read(file));
        assertArrayEquals(sourceBytes, Files.readAllBytes(source), "the survey file is never written");
        try (var list = Files.list(folder)) {
            assertEquals(2, list.count(), "no temporary file is left beside the project");
        }
    }

    @Test
    void theHashIsTheFilesSha256() throws Exception {
        Path file = folder.resolve("abc.txt");
        Files.writeString(file, "abc", StandardCharsets.US_ASCII);
        // FIPS 180-2's test vector for "abc"
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", SourceHash.of(file));
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        Path huge = folder.resolve("huge.surveypivot");
        try (RandomAccessFile raf = new RandomAccessFile(huge.toFile(), "rw")) {
            raf.setLength(ProjectStore.MAX_BYTES + 1); // sparse: nothing is written to disk
        }
        assertOneLine(huge, "project.error.tooLarge");
    }

    @Test
    void deepNestingIsRefused() throws Exception {
        Path deep = folder.resolve("deep.surveypivot");
        String json = "{\"format\":\"surveypivot-project\",\"version\":1,\"state\":" + "[".repeat(100_000)
                + "]".repeat(100_000) + "}";
        Files.writeString(deep, json);
        assertOneLine(deep, "project.error.tooDeep");
    }

    @Test
    void aNewerFormatVersionIsRefusedWithWhatToDo() throws Exception {
        Path newer = folder.resolve("newer.surveypivot");
        Files.writeString(newer, "{\"format\":\"surveypivot-project\",\"version\":99,\"state\":{}}");
        LocalizedException e = assertOneLine(newer, "project.error.newer");
        assertTrue(e.message(Locale.ENGLISH).contains("99"), e.message(Locale.ENGLISH));
    }

    @Test
    void textThatIsNotJsonOrNotAProjectIsRefused() throws Exception {
        Path text = folder.resolve("text.surveypivot");
        Files.writeString(text, "Sex,Smoke\nMale,Never\n");
        assertOneLine(text, "project.error.notJson");
        Path other = folder.resolve("other.surveypivot");
        Files.writeString(other, "{\"name\":\"a package.json\"}");
        assertOneLine(other, "project.error.notProject");
        Path damaged = folder.resolve("damaged.surveypivot");
        Files.writeString(damaged, "{\"format\":\"surveypivot-project\",\"version\":1,\"state\":{\"banner\":7},"
                + "\"edits\":[{\"edit\":\"rebinNumbers\",\"questionId\":\"A\",\"binning\":\"QUANTILES\",\"count\":900}]}");
        assertOneLine(damaged, "project.error.damaged");
        Path binary = folder.resolve("binary.surveypivot");
        Files.write(binary, new byte[] {0x50, 0x4b, 3, 4, 0, 0, (byte) 0xff, (byte) 0xfe});
        assertOneLine(binary, "project.error.notJson");
        assertOneLine(folder.resolve("absent.surveypivot"), "project.error.missing");
    }

    private static LocalizedException assertOneLine(Path file, String key) {
        LocalizedException e = assertThrows(LocalizedException.class, () -> ProjectStore.read(file));
        assertEquals(key, e.key());
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.JAPANESE}) {
            String message = e.message(locale);
            assertFalse(message.contains("\n") || message.contains("Exception") || message.isBlank(), message);
        }
        return e;
    }
}
