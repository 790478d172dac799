package com.surveypivot.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether the window is started in a second JVM that starts faster, and builds that JVM's command line.
 * <p>
 * A jar's manifest cannot carry JVM options, and most of the window's start after {@code java -jar} is the JIT and
 * class loading (docs/performance.md, issue 14). The second JVM runs with C1 only ({@code -XX:TieredStopAtLevel=1})
 * and an application class-data archive of the window's classes: the first start writes it on exit
 * ({@code -XX:ArchiveClassesAtExit}, the JDK 17 way; {@link StartArchive} keeps it per jar and JDK), every later start
 * maps it. The user's own JVM options and arguments are passed on unchanged.
 * <p>
 * Not done when the user chose JIT, class-data or debugging options, when the class path is not one jar file (a
 * development run from target/classes), in an app-image (its launcher has these options already), in a JVM that a
 * fast start started, or with {@code -Dsurveypivot.fastStart=false}.
 */
final class StartPlan {
    static final String FAST_START = "surveypivot.fastStart";
    /** Options that mean the user (or a tool) set up the JIT, class data sharing or a debugger: left alone. */
    private static final List<String> USER_CHOSEN = List.of("-XX:TieredStopAtLevel", "-XX:-TieredCompilation",
            "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit", "-Xshare", "-XX:DumpLoadedClassList", "-Xint",
            "-Xcomp", "-agentlib:jdwp", "-Xrunjdwp", "-Xdebug", "-agentpath", "-XX:+AutoCreateSharedArchive");

    private StartPlan() {
    }

    /** The jar to start again, when the window's start should move to a faster JVM. */
    static Optional<Path> jarToRelaunch(JvmFacts jvm) {
        if ("false".equalsIgnoreCase(jvm.fastStartSwitch()) || jvm.launchedBy() != null || jvm.appImage() != null) {
            return Optional.empty();
        }
        for (String option : jvm.jvmOptions()) {
            for (String chosen : USER_CHOSEN) {
                if (option.startsWith(chosen)) {
                    return Optional.empty();
                }
            }
        }
        String classPath = jvm.classPath();
        if (classPath.isEmpty() || classPath.contains(java.io.File.pathSeparator)
                || !classPath.toLowerCase(Locale.ROOT).endsWith(".jar")) {
            return Optional.empty();
        }
        Path jar = Path.of(classPath).toAbsolutePath().normalize();
        return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
    }

    /**
     * The second JVM's command: the same java, the user's options, C1 only, the archive ({@code archiveOption}: map
     * or write it; empty when there is none to use or write), the launcher's pid, the jar as class path, the main class and the arguments.
     */
    static List<String> command(JvmFacts jvm, Path jar, String mainClass, Optional<String> archiveOption,
            List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(jvm.javaCommand().toString());
        command.addAll(jvm.jvmOptions());
        command.add("-XX:TieredStopAtLevel=1");
        if (archiveOption.isPresent()) {
            command.add(archiveOption.get());
            command.add("-Xlog:cds=off"); // a stale archive is simply not used: no warning on the console
            command.add("-Xlog:cds+dynamic=off");
        }
        command.add(("-D" + LaunchClock.LAUNCHED_BY + "=").concat(Long.toString(jvm.pid())));
        command.add("-cp");
        command.add(jar.toString());
        command.add(mainClass);
        command.addAll(args);
        return command;
    }
}
