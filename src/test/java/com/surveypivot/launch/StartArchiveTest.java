package com.surveypivot.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive's name per jar and JDK, which option the faster JVM gets, and how a written archive is kept. */
class StartArchiveTest {
    @TempDir
    Path dir;
    private Path cache;
    private Path jar;
    private String before;

    @BeforeEach
    void setUp() throws IOException {
        cache = dir.resolve("cache");
        jar = Files.write(dir.resolve("surveypivot.jar"), new byte[] {1, 2, 3});
        before = System.getProperty(StartArchive.CACHE);
        System.setProperty(StartArchive.CACHE, cache.toString());
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(StartArchive.CACHE);
        } else {
            System.setProperty(StartArchive.CACHE, before);
        }
    }

    private static JvmFacts jvm(long pid, String runtime) {
        return new JvmFacts(List.of(), "", Path.of("java"), pid, null, null, null, runtime);
    }

    private StartArchive archive() {
        return StartArchive.of(jar, jvm(77, "/jdk|17.0.13")).orElseThrow();
    }

    @Test
    void theArchiveLivesInTheCacheFolderAndItsNameChangesWithTheJarAndTheJdk() throws IOException {
        StartArchive first = archive();
        assertEquals(cache, first.archive().getParent());
        assertTrue(first.archive().getFileName().toString().matches("window-[0-9a-f]+\\.jsa"));
        assertEquals(first.archive(), archive().archive(), "the same jar and JDK: the same archive");
        assertNotEquals(first.archive(), StartArchive.of(jar, jvm(77, "/jdk|21.0.5")).orElseThrow().archive());
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        assertNotEquals(first.archive(), archive().archive(), "a rebuilt jar gets a new archive");
        assertEquals(Optional.empty(), StartArchive.of(dir.resolve("gone.jar"), jvm(77, "/jdk|17")));
    }

    @Test
    void withoutAnArchiveTheJvmWritesOneToItsPartFileAndWithOneItMapsIt() throws IOException {
        StartArchive archive = archive();
        assertEquals(Optional.of("-XX:ArchiveClassesAtExit=" + archive.part()), archive.jvmOption());
        assertTrue(Files.isDirectory(cache), "the cache folder is made");
        assertTrue(archive.part().getFileName().toString().endsWith(".jsa.77.part"));
        Files.write(archive.archive(), new byte[] {9});
        assertEquals(Optional.of("-XX:SharedArchiveFile=" + archive.archive()), archive.jvmOption());
    }

    @Test
    void theArchiveTheBuildMadeBesideTheJarIsMappedUntilAStartHasWrittenOneInTheCache() throws IOException {
        StartArchive archive = archive();
        assertEquals(jar.resolveSibling("surveypivot." + archive.archive().getFileName()), archive.builtBeside(),
                "beside the jar, with the same key");
        Files.write(archive.builtBeside(), new byte[] {9});
        assertEquals(Optional.of("-XX:SharedArchiveFile=" + archive.builtBeside()), archive.jvmOption());
        assertFalse(Files.exists(cache), "nothing is written when the build's archive is there");
        Files.createDirectories(cache);
        Files.write(archive.archive(), new byte[] {9});
        assertEquals(Optional.of("-XX:SharedArchiveFile=" + archive.archive()), archive.jvmOption());
    }

    @Test
    void anUnusableCacheFolderMeansNoArchiveOption() throws IOException {
        Files.write(cache, new byte[] {0}); // a file where the folder should be
        assertEquals(Optional.empty(), archive().jvmOption());
    }

    @Test
    void aPartThatMapsIsMovedIntoPlaceAndTheArchivesOfOlderJarsGo() throws IOException {
        StartArchive archive = archive();
        archive.jvmOption();
        Path older = Files.write(cache.resolve("window-0123abcd.jsa"), new byte[] {7});
        Path unrelated = Files.write(cache.resolve("notes.txt"), new byte[] {7});
        Files.write(archive.part(), new byte[] {1, 2, 3, 4});
        List<Path> checked = new java.util.ArrayList<>();
        archive.keep(part -> checked.add(part));
        assertEquals(List.of(archive.part()), checked, "the part file itself is checked before it is kept");
        assertTrue(Files.isRegularFile(archive.archive()));
        assertEquals(4, Files.size(archive.archive()));
        assertFalse(Files.exists(archive.part()));
        assertFalse(Files.exists(older));
        assertTrue(Files.exists(unrelated));
    }

    @Test
    void aPartThatDoesNotMapOrIsEmptyOrMissingIsNotKept() throws IOException {
        StartArchive archive = archive();
        archive.jvmOption();
        Files.write(archive.part(), new byte[] {1, 2});
        archive.keep(part -> false);
        assertFalse(Files.exists(archive.archive()));
        assertFalse(Files.exists(archive.part()), "a part that does not map is deleted");

        Files.write(archive.part(), new byte[0]);
        archive.keep(part -> true);
        assertFalse(Files.exists(archive.archive()), "an empty part is not an archive");
        assertFalse(Files.exists(archive.part()));

        archive.keep(part -> {
            throw new AssertionError("nothing to check");
        });
        try (Stream<Path> files = Files.list(cache)) {
            assertEquals(0, files.count());
        }
    }
}
