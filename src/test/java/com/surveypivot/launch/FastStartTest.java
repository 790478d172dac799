package com.surveypivot.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast start as a user meets it, with real JVMs: {@code java -jar} on a probe jar (the launch package and
 * {@link FastStartProbe}, whose main hands itself to FastStart as the Launcher does) starts a second JVM with C1 only,
 * the user's options and arguments, and its exit code; the first start writes the class-data archive, which a JVM
 * maps with {@code -Xshare:on}, and the next start uses it; stopping the launcher stops the window's JVM.
 */
class FastStartTest {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    @TempDir
    static Path dir;
    private static Path jar;

    @BeforeAll
    static void buildProbeJar() throws IOException, URISyntaxException {
        jar = probeJar(dir);
    }

    /** A jar in {@code folder} of the launch package and the probe, with the probe as its main class. */
    static Path probeJar(Path folder) throws IOException, URISyntaxException {
        Path classes = Path.of(FastStart.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path testClasses = Path.of(FastStartProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FastStartProbe.class.getName());
        Path probe = folder.resolve("probe.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(probe), manifest)) {
            add(out, classes, name -> !name.startsWith("FastStartProbe"));
            add(out, testClasses, name -> name.startsWith("FastStartProbe"));
        }
        return probe;
    }

    private static void add(JarOutputStream out, Path root, Predicate<String> take) throws IOException {
        Path folder = root.resolve("com/surveypivot/launch");
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().collect(Collectors.toList())) {
                String name = file.getFileName().toString();
                if (name.endsWith(".class") && take.test(name)) {
                    out.putNextEntry(new JarEntry("com/surveypivot/launch/" + name));
                    out.write(Files.readAllBytes(file));
                    out.closeEntry();
                }
            }
        }
    }

    private record Run(int code, List<String> out) {
        List<String> options() {
            return out.stream().filter(l -> l.startsWith("child option ")).map(l -> l.substring(13))
                    .collect(Collectors.toList());
        }
    }

    private static ProcessBuilder javaDashJar(Path cache, List<String> options, List<String> args) {
        return javaDashJar(jar, cache, options, args);
    }

    private static ProcessBuilder javaDashJar(Path jarFile, Path cache, List<String> options, List<String> args) {
        List<String> command = new ArrayList<>(List.of(JAVA, "-Dsurveypivot.cache=" + cache));
        command.addAll(options);
        command.add("-jar");
        command.add(jarFile.toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"));
        return builder;
    }

    private static Run run(ProcessBuilder builder) throws IOException, InterruptedException {
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new Run(process.exitValue(), out.lines().collect(Collectors.toList()));
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().collect(Collectors.toList());
        }
    }

    @Test
    void theFirstStartWritesTheArchiveThatTheNextStartMaps() throws Exception {
        Path cache = dir.resolve("cache-first");
        Run first = run(javaDashJar(cache, List.of("-Xmx96m", "-Dprobe=1"), List.of("7", "a b", "x")));
        assertEquals(7, first.code(), "the window's exit code is the launcher's: " + first.out());
        assertTrue(first.out().contains("child args 7 a b x"), first.out().toString());
        List<String> options = first.options();
        assertTrue(options.containsAll(List.of("-Xmx96m", "-Dprobe=1", "-XX:TieredStopAtLevel=1")), options.toString());
        assertTrue(options.stream().anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit=" + cache)), options.toString());
        String[] clock = first.out().stream().filter(l -> l.startsWith("child launch-ms ")).findFirst().orElseThrow()
                .split(" ");
        assertTrue(Long.parseLong(clock[2]) >= Long.parseLong(clock[4]),
                "the launch is counted from the launcher's start, before the window JVM's: " + String.join(" ", clock));

        List<Path> kept = files(cache);
        assertEquals(1, kept.size(), kept.toString());
        Path archive = kept.get(0);
        assertTrue(archive.getFileName().toString().matches("window-[0-9a-f]+\\.jsa"), archive.toString());
        Run maps = run(new ProcessBuilder(JAVA, "-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-cp",
                jar.toString(), FastStartProbe.class.getName()).redirectErrorStream(true));
        assertEquals(List.of("in-process"), maps.out(), "a JVM maps the archive with -Xshare:on (and does not relaunch)");

        Run second = run(javaDashJar(cache, List.of(), List.of("0")));
        assertEquals(0, second.code());
        assertTrue(second.options().contains("-XX:SharedArchiveFile=" + archive), second.options().toString());
        assertEquals(List.of(archive), files(cache));
    }

    @Test
    void theFirstStartAfterABuildMapsTheArchiveTheBuildMadeAndWritesNone() throws Exception {
        Path built = Files.createDirectory(dir.resolve("built"));
        Path builtJar = Files.copy(jar, built.resolve("probe.jar"));
        Path list = Files.writeString(built.resolve("window.classlist"), "java/lang/Object\n");
        assertNull(BuildTimeArchive.make(JvmFacts.current(), builtJar, list));
        Path cache = dir.resolve("cache-built");
        Run run = run(javaDashJar(builtJar, cache, List.of(), List.of("0")));
        assertEquals(0, run.code(), run.out().toString());
        Path archive = StartArchive.builtBeside(builtJar, StartArchive.key(builtJar, JvmFacts.current().javaRuntime()));
        assertTrue(run.options().contains("-XX:SharedArchiveFile=" + archive), run.options().toString());
        assertFalse(Files.exists(cache), "no archive of its own is written");
    }

    @Test
    void optionsFromJavaToolOptionsReachTheWindowsJvmOnce() throws Exception {
        ProcessBuilder builder = javaDashJar(dir.resolve("cache-tool"), List.of(), List.of("0"));
        builder.environment().put("JAVA_TOOL_OPTIONS", "-Dtool.option=1");
        Run run = run(builder);
        assertEquals(0, run.code(), run.out().toString());
        assertEquals(1, run.options().stream().filter("-Dtool.option=1"::equals).count(), run.options().toString());
        assertEquals(1, run.out().stream().filter(l -> l.startsWith("Picked up JAVA_TOOL_OPTIONS")).count(),
                run.out().toString());
    }

    @Test
    void thePropertySwitchesItOff() throws Exception {
        Path cache = dir.resolve("cache-off");
        Run run = run(javaDashJar(cache, List.of("-Dsurveypivot.fastStart=false"), List.of("0")));
        assertEquals(3, run.code());
        assertEquals(List.of("in-process"), run.out());
        assertFalse(Files.exists(cache));
    }

    @Test
    void stoppingTheLauncherStopsTheWindowsJvm() throws Exception {
        Process launcher = javaDashJar(dir.resolve("cache-stop"), List.of(), List.of("wait")).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8));
        long window = -1;
        String line;
        while (window < 0 && (line = out.readLine()) != null) {
            if (line.startsWith("child pid ")) {
                window = Long.parseLong(line.substring(10));
            }
        }
        assertTrue(window > 0);
        ProcessHandle windowJvm = ProcessHandle.of(window).orElseThrow();
        launcher.destroy();
        assertTrue(launcher.waitFor(60, TimeUnit.SECONDS));
        windowJvm.onExit().get(60, TimeUnit.SECONDS);
        assertFalse(windowJvm.isAlive());
    }
}
