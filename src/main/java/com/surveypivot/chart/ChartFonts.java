package com.surveypivot.chart;

import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The Japanese font every chart text uses: IPAexGothic, bundled in the jar (IPA Font License, licence text beside
 * it), so that the chart and its saved images look the same on every machine, also one without Japanese fonts.
 *
 * <p>The font file is read once; JavaFX registers it through {@link Font#loadFont(InputStream, double)} and AWT
 * parses the same bytes for {@link #canDisplay(String)} (glyph coverage).
 */
public final class ChartFonts {
    /** Class-path location of the bundled font file. */
    public static final String FONT_RESOURCE = "/com/surveypivot/chart/fonts/ipaexg.ttf";

    private static byte[] fontBytes;
    private static String family;
    private static java.awt.Font awtFont;

    private ChartFonts() {
    }

    /** The family name of the bundled font as JavaFX knows it (IPAexGothic); loads the font on first use. */
    public static synchronized String family() {
        if (family == null) {
            Font loaded = Font.loadFont(new ByteArrayInputStream(bytes()), 12);
            if (loaded == null) {
                throw new IllegalStateException("JavaFX could not load the bundled chart font " + FONT_RESOURCE);
            }
            family = loaded.getFamily();
        }
        return family;
    }

    /** The bundled font at the given size (points). */
    public static Font font(double size) {
        return Font.font(family(), FontWeight.NORMAL, size);
    }

    /**
     * A bold face of the bundled family at the given size. IPAexGothic has no bold face: JavaFX then keeps the
     * family and draws the regular glyphs emboldened, so the text still uses the bundled font.
     */
    public static Font boldFont(double size) {
        return Font.font(family(), FontWeight.BOLD, size);
    }

    /** True when the bundled font has a glyph for every character of {@code text}. */
    public static boolean canDisplay(String text) {
        return awtFont().canDisplayUpTo(text) == -1;
    }

    private static synchronized java.awt.Font awtFont() {
        if (awtFont == null) {
            try {
                awtFont = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes()));
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("the bundled chart font " + FONT_RESOURCE + " cannot be read", e);
            }
        }
        return awtFont;
    }

    private static synchronized byte[] bytes() {
        if (fontBytes == null) {
            try (InputStream in = ChartFonts.class.getResourceAsStream(FONT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled chart font " + FONT_RESOURCE + " is missing");
                }
                fontBytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fontBytes;
    }
}
