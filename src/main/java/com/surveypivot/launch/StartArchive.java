package com.surveypivot.launch;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Optional;

/**
 * The class-data archive of the window's start for one jar and one JDK, in the user's cache folder
 * ({@code $XDG_CACHE_HOME/surveypivot} or {@code ~/.cache/surveypivot}; {@code %LOCALAPPDATA%\SurveyPivot\Cache} on
 * Windows; {@code ~/Library/Caches/SurveyPivot} on macOS; {@code -Dsurveypivot.cache=DIR} overrides it). Its name
 * carries a key of the jar's path, size and modification time and of the JDK, so a rebuilt jar or another JDK gets a
 * new one (the JVM checks the same itself and ignores an archive that does not match). The build makes one beside
 * the jar, named with the same key ({@link BuildTimeArchive}): the first start after a build maps that; a copied or
 * moved jar has another key and writes its own in the cache folder.
 * <p>
 * The first start writes it to a part file as the JVM exits; {@link #keep} checks that a JVM can map it and only then
 * moves it into place, atomically, and removes the archives of older jars.
 */
final class StartArchive {
    static final String CACHE = "surveypivot.cache";
    private static final String PREFIX = "window-";
    private static final String SUFFIX = ".jsa";
    private final Path archive;
    private final Path part;
    private final Path builtBeside;

    private StartArchive(Path folder, Path jar, String key, long pid) {
        String name = PREFIX.concat(key).concat(SUFFIX);
        this.archive = folder.resolve(name);
        this.part = folder.resolve(new StringBuilder(name).append('.').append(pid).append(".part").toString());
        this.builtBeside = builtBeside(jar, key);
    }

    /** The archive for {@code jar} under {@code javaRuntime} in the user's cache folder; empty if the jar is unreadable. */
    static Optional<StartArchive> of(Path jar, JvmFacts jvm) {
        try {
            return Optional.of(new StartArchive(cacheFolder(), jar, key(jar, jvm.javaRuntime()), jvm.pid()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The key of {@code jar} (its absolute path, size and modification time) under {@code javaRuntime}. */
    static String key(Path jar, String javaRuntime) throws IOException {
        BasicFileAttributes file = Files.readAttributes(jar, BasicFileAttributes.class);
        String key = new StringBuilder().append(jar).append('|').append(file.size()).append('|')
                .append(file.lastModifiedTime().toMillis()).append('|').append(javaRuntime).toString();
        return Long.toHexString(fnv1a64(key));
    }

    /** Where the build puts the archive for {@code jar} with {@code key}: beside it ({@link BuildTimeArchive}). */
    static Path builtBeside(Path jar, String key) {
        String name = jar.getFileName().toString();
        String stem = name.endsWith(".jar") ? name.substring(0, name.length() - 4) : name;
        return jar.resolveSibling(stem.concat(".").concat(PREFIX).concat(key).concat(SUFFIX));
    }

    /**
     * The JVM option for the second JVM: map the archive of an earlier start, or the one the build made beside the
     * jar, or write one on exit, or nothing.
     */
    Optional<String> jvmOption() {
        if (Files.isRegularFile(archive)) {
            return Optional.of("-XX:SharedArchiveFile=".concat(archive.toString()));
        }
        if (Files.isRegularFile(builtBeside)) {
            return Optional.of("-XX:SharedArchiveFile=".concat(builtBeside.toString()));
        }
        try {
            Files.createDirectories(archive.getParent());
            Files.deleteIfExists(part);
            return Files.isWritable(archive.getParent())
                    ? Optional.of("-XX:ArchiveClassesAtExit=".concat(part.toString())) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * After the second JVM ended: a part file it wrote becomes the archive if {@code mapsCleanly} accepts it (another
     * JVM maps it with {@code -Xshare:on}); otherwise it is deleted. Never throws.
     */
    synchronized void keep(ArchiveCheck mapsCleanly) {
        try {
            if (Files.isRegularFile(part) && Files.size(part) > 0 && mapsCleanly.maps(part)) {
                try {
                    Files.move(part, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(part, archive, StandardCopyOption.REPLACE_EXISTING);
                }
                removeOthers();
            }
        } catch (IOException | RuntimeException e) {
            // no archive this time: the next start writes one again
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                // left behind: the next start of this process id deletes it
            }
        }
    }

    Path archive() {
        return archive;
    }

    Path part() {
        return part;
    }

    Path builtBeside() {
        return builtBeside;
    }

    /** Archives of other jars or JDKs: each is 20 to 30 MB, and only the newest jar starts the window. */
    private void removeOthers() throws IOException {
        try (DirectoryStream<Path> old = Files.newDirectoryStream(archive.getParent(), PREFIX + "*" + SUFFIX)) {
            for (Path file : old) {
                if (!file.equals(archive)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    static Path cacheFolder() {
        String override = System.getProperty(CACHE);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home", ".");
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return local != null && !local.isBlank() ? Path.of(local, "SurveyPivot", "Cache")
                    : Path.of(home, "AppData", "Local", "SurveyPivot", "Cache");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Caches", "SurveyPivot");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "surveypivot") : Path.of(home, ".cache", "surveypivot");
    }

    private static long fnv1a64(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
        }
        return hash;
    }

    /** Whether a JVM maps an archive. */
    @FunctionalInterface
    interface ArchiveCheck {
        boolean maps(Path archive);
    }
}
