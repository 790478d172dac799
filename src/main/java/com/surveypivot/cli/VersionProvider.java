package com.surveypivot.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code SurveyPivot <version>}: from the jar manifest, else from the build-filtered version resource. */
public final class VersionProvider implements IVersionProvider {
    static final String RESOURCE = "/com/surveypivot/cli/version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"SurveyPivot " + version()};
    }

    /** The application version, e.g. {@code 0.1.0}. */
    public static String version() {
        String fromManifest = VersionProvider.class.getPackage().getImplementationVersion();
        if (fromManifest != null && !fromManifest.isBlank()) {
            return fromManifest;
        }
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version");
                if (version != null && !version.isBlank() && !version.startsWith("${")) {
                    return version.strip();
                }
            }
        } catch (IOException e) {
            // fall through to "unknown": a version line must never fail
        }
        return "unknown";
    }
}
