package com.surveypivot.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a read may leave behind, taken before and checked after (tests only): live threads, an open descriptor on
 * the input, temp files in {@code java.io.tmpdir} and POI's temp dir ({@code poifiles} under it), a changed or
 * locked input file. Temp entries of JUnit ({@code junit*}) and JVM perf data are not counted: other test JVMs on
 * this machine make those.
 */
final class LeftBehind {
    private static final Path TMP = Path.of(System.getProperty("java.io.tmpdir"));
    private static final Path POI_TMP = TMP.resolve("poifiles");

    private final Path input;
    private final Set<Long> threads;
    private final Set<Path> temps;
    private final byte[] digest;
    private final long modified;

    private LeftBehind(Path input) throws Exception {
        this.input = input;
        this.threads = liveThreads();
        this.temps = temps();
        this.digest = digest(input);
        this.modified = Files.getLastModifiedTime(input).toMillis();
    }

    /** Takes the picture before the read of {@code input}. */
    static LeftBehind before(Path input) throws Exception {
        return new LeftBehind(input);
    }

    /** Checks that the read left nothing behind. */
    void assertNothingLeft() throws Exception {
        assertFalse(isOpen(input), "the reader left " + input.getFileName() + " open");
        Set<Thread> extra = extraThreads();
        for (int wait = 0; wait < 40 && !extra.isEmpty(); wait++) {
            Thread.sleep(50);
            extra = extraThreads();
        }
        assertTrue(extra.isEmpty(), "threads left running: " + extra);
        Set<Path> newTemps = new HashSet<>(temps());
        newTemps.removeAll(temps);
        assertTrue(newTemps.isEmpty(), "temp files left behind: " + newTemps);
        assertEquals(modified, Files.getLastModifiedTime(input).toMillis(), "the input file was touched");
        assertArrayEquals(digest, digest(input), "the input file was changed");
        // no lock is held: another program may open it for writing and lock it at once
        try (FileChannel other = FileChannel.open(input, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
                FileLock lock = other.tryLock()) {
            assertTrue(lock != null, "the input file is locked");
        }
        assertEquals(modified, Files.getLastModifiedTime(input).toMillis(), "the lock check touched the file");
    }

    private Set<Thread> extraThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !threads.contains(t.getId()))
                .filter(t -> !t.getName().startsWith("junit-timeout"))
                .collect(Collectors.toSet());
    }

    private static Set<Long> liveThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getId)
                .collect(Collectors.toSet());
    }

    private static Set<Path> temps() throws IOException {
        Set<Path> all = new HashSet<>();
        for (Path dir : List.of(TMP, POI_TMP)) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> list = Files.list(dir)) {
                    list.filter(p -> {
                        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return !name.startsWith("junit") && !name.startsWith("hsperfdata") && !p.equals(POI_TMP);
                    }).forEach(all::add);
                }
            }
        }
        return all;
    }

    private static byte[] digest(Path file) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (var in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
        }
        return sha.digest();
    }

    /** Whether this process holds the file open (the /proc/self/fd check of {@link ReadErrorsTest}). */
    static boolean isOpen(Path file) throws Exception {
        return ReadErrorsTest.isOpen(file);
    }
}
