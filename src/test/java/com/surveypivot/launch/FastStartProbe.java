package com.surveypivot.launch;

import java.lang.management.ManagementFactory;
import java.util.OptionalInt;

/**
 * The main class of the probe jar FastStartTest builds: started plainly it hands itself to {@link FastStart} like the
 * Launcher; started by it, it prints what it got (one line per fact) and exits with its first argument, or with
 * "wait" prints its pid and waits to be stopped.
 */
public final class FastStartProbe {
    private FastStartProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (System.getProperty(LaunchClock.LAUNCHED_BY) == null) {
            OptionalInt code = FastStart.run(FastStartProbe.class.getName(), args);
            if (code.isPresent()) {
                System.exit(code.getAsInt());
            }
            System.out.println("in-process");
            System.exit(3);
        }
        System.out.println("child args " + String.join(" ", args));
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            System.out.println("child option " + option);
        }
        long ownAge = ProcessHandle.current().info().startInstant()
                .map(s -> java.time.Duration.between(s, java.time.Instant.now()).toMillis()).orElse(-1L);
        System.out.println("child launch-ms " + LaunchClock.millisSinceLaunch() + " own-ms " + ownAge);
        System.out.println("child pid " + ProcessHandle.current().pid());
        System.out.flush();
        if (args.length > 0 && args[0].equals("wait")) {
            Thread.sleep(120_000);
        }
        System.exit(args.length > 0 ? Integer.parseInt(args[0]) : 0);
    }
}
