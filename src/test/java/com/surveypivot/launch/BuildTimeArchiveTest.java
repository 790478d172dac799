package com.surveypivot.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build step with a real JDK 17 static dump: the archive lands beside the jar under the name a start looks for
 * (the jar's key), a JVM maps it with {@code -Xshare:on} and finds the listed class in it, older archives beside the
 * jar go, and a missing class list is reported instead of failing.
 */
class BuildTimeArchiveTest {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    @TempDir
    Path dir;

    @Test
    void theDumpPutsTheArchiveBesideTheJarUnderItsKey() throws Exception {
        Path jar = FastStartTest.probeJar(dir);
        Path list = Files.writeString(dir.resolve("window.classlist"),
                "# test list\njava/lang/Object\ncom/surveypivot/launch/FastStartProbe\n", StandardCharsets.UTF_8);
        Path older = Files.write(dir.resolve("probe.window-0123.jsa"), new byte[] {1});
        JvmFacts jvm = JvmFacts.current();

        assertNull(BuildTimeArchive.make(jvm, jar, list));

        Path archive = StartArchive.builtBeside(jar, StartArchive.key(jar, jvm.javaRuntime()));
        assertTrue(Files.size(archive) > 0, archive.toString());
        assertFalse(Files.exists(older), "the archive of an older build is removed");
        assertFalse(Files.exists(archive.resolveSibling(archive.getFileName() + ".part")));
        assertTrue(Files.isRegularFile(dir.resolve("probe.window-archive.log")));
        Process check = new ProcessBuilder(JAVA, "-XX:SharedArchiveFile=" + archive, "-Xshare:on",
                "-Xlog:class+load=info", "-cp", jar.toString(), FastStartProbe.class.getName())
                .redirectErrorStream(true).start();
        List<String> out = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertTrue(check.waitFor(60, TimeUnit.SECONDS));
        assertTrue(out.stream().anyMatch(l -> l.contains("com.surveypivot.launch.FastStartProbe source: shared")),
                "the listed class comes from the archive");
        assertTrue(out.contains("in-process"), out.toString());
    }

    @Test
    void aMissingJarOrClassListIsReportedNotThrown() throws Exception {
        Path jar = FastStartTest.probeJar(dir);
        JvmFacts jvm = JvmFacts.current();
        assertEquals("no " + dir.resolve("none.classlist"), BuildTimeArchive.make(jvm, jar, dir.resolve("none.classlist")));
        assertEquals("no " + dir.resolve("none.jar"),
                BuildTimeArchive.make(jvm, dir.resolve("none.jar"), dir.resolve("none.classlist")));
    }
}
