package com.surveypivot.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The app's version: from the jar's manifest, else from the Maven build's pom.properties. */
final class AppVersion {
    private static final String POM_PROPERTIES = "/META-INF/maven/com.surveypivot/surveypivot/pom.properties";

    private AppVersion() {
    }

    static String get() {
        String version = AppVersion.class.getPackage().getImplementationVersion();
        if (version != null) {
            return version;
        }
        try (InputStream in = AppVersion.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                return properties.getProperty("version", "");
            }
        } catch (IOException e) {
            return "";
        }
        return "";
    }
}
