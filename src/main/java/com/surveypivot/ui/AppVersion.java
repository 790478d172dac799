package com.surveypivot.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The app's version for Help > About: from the jar's manifest, else from the build-filtered version resource the
 * command line also reads, else from Maven's pom.properties.
 */
final class AppVersion {
    private static final String[] RESOURCES = {"/com/surveypivot/cli/version.properties",
        "/META-INF/maven/com.surveypivot/surveypivot/pom.properties"};

    private AppVersion() {
    }

    static String get() {
        String version = AppVersion.class.getPackage().getImplementationVersion();
        if (version != null) {
            return version;
        }
        for (String resource : RESOURCES) {
            String found = fromResource(resource);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return "";
    }

    private static String fromResource(String resource) {
        try (InputStream in = AppVersion.class.getResourceAsStream(resource)) {
            if (in == null) {
                return "";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "").strip();
            return version.startsWith("${") ? "" : version;
        } catch (IOException e) {
            return "";
        }
    }
}
