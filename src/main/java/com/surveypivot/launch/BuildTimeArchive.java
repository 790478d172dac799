package com.surveypivot.launch;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A build step (pom.xml, package phase, after the jar is shaded): makes the class-data archive of the window's start
 * beside the jar, so that the first {@code java -jar} start after a build maps it too. JDK 17's static dump
 * ({@code -Xshare:dump}) of the classes in src/main/cds/window.classlist (bench/window-classlist.sh), loaded from the
 * jar: no display needed. The archive is named with the jar's key ({@link StartArchive}) under the JDK that runs
 * this step, written to a part file and moved into place; archives of older builds beside it are removed. The
 * dump's own messages go to {@code <jar>.window-archive.log}. A failed dump fails nothing: one line on stderr, and
 * the starts fall back to the archive the first start writes.
 * <p>
 * Usage: {@code java -cp surveypivot.jar com.surveypivot.launch.BuildTimeArchive JAR CLASSLIST}
 */
public final class BuildTimeArchive {
    private static final long DUMP_WAIT_SECONDS = 300;

    private BuildTimeArchive() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: BuildTimeArchive JAR CLASSLIST");
            System.exit(2);
        }
        Path jar = Path.of(args[0]).toAbsolutePath().normalize();
        Path classList = Path.of(args[1]).toAbsolutePath().normalize();
        String problem = make(JvmFacts.current(), jar, classList);
        if (problem != null) {
            System.err.println("SurveyPivot: no class-data archive beside " + jar + " (" + problem
                    + "); the first start of the window writes one in the cache folder");
        }
    }

    /** Makes the archive; null when it is in place, otherwise what went wrong. */
    static String make(JvmFacts jvm, Path jar, Path classList) throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar) || !Files.isRegularFile(classList)) {
            return "no " + (Files.isRegularFile(jar) ? classList : jar);
        }
        Path archive = StartArchive.builtBeside(jar, StartArchive.key(jar, jvm.javaRuntime()));
        Path part = archive.resolveSibling(archive.getFileName() + ".part");
        String stem = jar.getFileName().toString().replaceFirst("\\.jar$", "");
        Path log = jar.resolveSibling(stem + ".window-archive.log");
        Files.deleteIfExists(part);
        ProcessBuilder dump = new ProcessBuilder(jvm.javaCommand().toString(), "-Xshare:dump",
                "-XX:SharedClassListFile=" + classList, "-XX:SharedArchiveFile=" + part, "-cp", jar.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        dump.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"));
        Process process = dump.start();
        if (!process.waitFor(DUMP_WAIT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            Files.deleteIfExists(part);
            return "the dump took longer than " + DUMP_WAIT_SECONDS + " s";
        }
        if (process.exitValue() != 0 || !Files.isRegularFile(part)) {
            Files.deleteIfExists(part);
            return "the dump failed, see " + log;
        }
        try {
            Files.move(part, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, archive, StandardCopyOption.REPLACE_EXISTING);
        }
        try (DirectoryStream<Path> old = Files.newDirectoryStream(jar.getParent(), stem + ".window-*.jsa")) {
            for (Path file : old) {
                if (!file.equals(archive)) {
                    Files.deleteIfExists(file);
                }
            }
        }
        return null;
    }
}
