package com.surveypivot.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the window moves to a faster JVM, and that JVM's command line, option by option. */
class StartPlanTest {
    @TempDir
    Path dir;
    private Path jar;

    @BeforeEach
    void makeJar() throws IOException {
        jar = Files.write(dir.resolve("surveypivot.jar"), new byte[] {1});
    }

    private JvmFacts facts(List<String> options, String classPath, String fastStart, String launchedBy,
            String appImage) {
        return new JvmFacts(options, classPath, Path.of("/opt/jdk/bin/java"), 4242, fastStart, launchedBy, appImage,
                "/opt/jdk|17.0.13+11");
    }

    private JvmFacts onClassPath(String classPath) {
        return facts(List.of(), classPath, null, null, null);
    }

    private JvmFacts plain(List<String> options) {
        return facts(options, jar.toString(), null, null, null);
    }

    @Test
    void aPlainJavaDashJarStartMovesToTheFasterJvm() {
        assertEquals(Optional.of(jar.toAbsolutePath()), StartPlan.jarToRelaunch(plain(List.of())));
        assertEquals(Optional.of(jar.toAbsolutePath()),
                StartPlan.jarToRelaunch(plain(List.of("-Xmx4g", "-Dsurveypivot.config=/x", "-Duser.language=ja"))));
        assertEquals(Optional.of(jar.toAbsolutePath()),
                StartPlan.jarToRelaunch(facts(List.of(), jar.toString(), "true", null, null)));
    }

    @Test
    void theUsersOwnJitArchiveOrDebuggerOptionsAreLeftAlone() {
        for (String option : List.of("-XX:TieredStopAtLevel=4", "-XX:-TieredCompilation",
                "-XX:SharedArchiveFile=/tmp/a.jsa", "-XX:ArchiveClassesAtExit=/tmp/b.jsa", "-Xshare:off",
                "-Xshare:on", "-Xint", "-agentlib:jdwp=transport=dt_socket,server=y,address=5005",
                "-Xrunjdwp:transport=dt_socket", "-XX:DumpLoadedClassList=/tmp/classes.lst")) {
            assertEquals(Optional.empty(), StartPlan.jarToRelaunch(plain(List.of("-Xmx2g", option))), option);
        }
    }

    @Test
    void itIsSwitchedOffByThePropertyInAFastStartedJvmAndInAnAppImage() {
        assertEquals(Optional.empty(), StartPlan.jarToRelaunch(facts(List.of(), jar.toString(), "false", null, null)));
        assertEquals(Optional.empty(), StartPlan.jarToRelaunch(facts(List.of(), jar.toString(), "FALSE", null, null)));
        assertEquals(Optional.empty(), StartPlan.jarToRelaunch(facts(List.of(), jar.toString(), null, "17", null)));
        assertEquals(Optional.empty(), StartPlan.jarToRelaunch(
                facts(List.of(), jar.toString(), null, null, "/opt/surveypivot/bin/SurveyPivot")));
    }

    @Test
    void onlyASingleExistingJarIsStartedAgain() throws IOException {
        Path classes = Files.createDirectory(dir.resolve("classes"));
        assertEquals(Optional.empty(), StartPlan.jarToRelaunch(onClassPath(classes.toString())));
        assertEquals(Optional.empty(), StartPlan.jarToRelaunch(
                onClassPath(jar + File.pathSeparator + classes)));
        assertEquals(Optional.empty(), StartPlan.jarToRelaunch(
                onClassPath(dir.resolve("gone.jar").toString())));
        assertEquals(Optional.empty(), StartPlan.jarToRelaunch(onClassPath("")));
    }

    @Test
    void theCommandKeepsTheUsersOptionsAndArgumentsAndAddsC1TheArchiveAndTheLaunchersPid() {
        JvmFacts jvm = plain(List.of("-Xmx4g", "-Dsurveypivot.config=/home/u/cfg"));
        List<String> command = StartPlan.command(jvm, jar, "com.surveypivot.Launcher",
                Optional.of("-XX:SharedArchiveFile=/c/window-1.jsa"), List.of("/data/調査 1.xlsx"));
        assertEquals(List.of("/opt/jdk/bin/java", "-Xmx4g", "-Dsurveypivot.config=/home/u/cfg",
                "-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=/c/window-1.jsa", "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off", "-Dsurveypivot.launchedBy=4242", "-cp", jar.toString(),
                "com.surveypivot.Launcher", "/data/調査 1.xlsx"), command);
    }

    @Test
    void withoutAnArchiveTheCommandHasC1Only() {
        List<String> command = StartPlan.command(plain(List.of()), jar, "Main", Optional.empty(), List.of());
        assertEquals(List.of("/opt/jdk/bin/java", "-XX:TieredStopAtLevel=1", "-Dsurveypivot.launchedBy=4242", "-cp",
                jar.toString(), "Main"), command);
        assertTrue(StartPlan.jarToRelaunch(facts(command.subList(1, 3), jar.toString(), null, null, null)).isEmpty(),
                "the faster JVM's own options keep it from starting a third");
    }
}
