package com.surveypivot.launch;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@link StartPlan} needs to know about the running JVM: the options it was started with (from the command
 * line and JAVA_TOOL_OPTIONS alike), its class path, its {@code java} executable, its process id and the few system
 * properties that switch the fast start off. Like the rest of this package it runs in the launcher JVM before
 * anything else: no lambdas or {@code +} on strings, whose first use costs tens of milliseconds of method-handle
 * set-up there.
 *
 * @param jvmOptions the JVM's input arguments, in order
 * @param classPath {@code java.class.path} ({@code java -jar X} gives {@code X})
 * @param javaCommand the executable this JVM runs in ({@code java}, or {@code javaw} on Windows)
 * @param pid this process's id
 * @param fastStartSwitch {@code -Dsurveypivot.fastStart} as given ({@code false} switches the fast start off)
 * @param launchedBy {@code -Dsurveypivot.launchedBy}: set in a JVM that a fast start started
 * @param appImage {@code jpackage.app-path}: set in an app-image's launcher, which has its own JVM options
 * @param javaRuntime what the class-data archive depends on besides the jar: java.home and the VM's version
 */
record JvmFacts(List<String> jvmOptions, String classPath, Path javaCommand, long pid, String fastStartSwitch,
        String launchedBy, String appImage, String javaRuntime) {

    JvmFacts {
        jvmOptions = List.copyOf(jvmOptions);
    }

    /** This JVM's facts. */
    static JvmFacts current() {
        String javaHome = System.getProperty("java.home", "");
        Optional<String> command = ProcessHandle.current().info().command();
        Path java = command.isPresent() ? Path.of(command.get()) : Path.of(javaHome, "bin", "java");
        String runtime = javaHome.concat("|").concat(String.valueOf(System.getProperty("java.vm.version")));
        return new JvmFacts(ManagementFactory.getRuntimeMXBean().getInputArguments(),
                System.getProperty("java.class.path", ""), java, ProcessHandle.current().pid(),
                System.getProperty(StartPlan.FAST_START), System.getProperty(LaunchClock.LAUNCHED_BY),
                System.getProperty("jpackage.app-path"), runtime);
    }
}
