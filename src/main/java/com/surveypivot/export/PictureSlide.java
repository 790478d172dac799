package com.surveypivot.export;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/**
 * A 16:9 slide whose content is a picture drawn by the chart renderer (the two-question segment map, which has no
 * native Office chart type): the title and subtitle, the picture fitted to the content area with its proportions,
 * the notes beside it or in the speaker notes, and a footer line.
 *
 * @param title    the slide's title
 * @param subtitle the line under it, "" for none
 * @param image    the picture (a 2x rendering reads well when the slide is shown large)
 * @param notes    the notes, as sentences
 * @param footer   the footer text (base, filter, weight), "" for none
 */
public record PictureSlide(String title, String subtitle, BufferedImage image, List<String> notes, String footer) {

    public PictureSlide {
        notes = List.copyOf(notes);
        subtitle = subtitle == null ? "" : subtitle;
        footer = footer == null ? "" : footer;
    }

    /** Writes a one-slide deck (temporary file, then an atomic move; never over {@code source}). */
    public void write(Path file, Path source, PptxDeck.NotesPlacement placement) throws ExportException {
        AtomicFile.write(file, source, out -> {
            try (XMLSlideShow deck = new XMLSlideShow()) {
                deck.setPageSize(new Dimension((int) PptxDeck.WIDTH, (int) PptxDeck.HEIGHT));
                addTo(deck, placement);
                deck.write(out);
            }
        });
    }

    /** Adds this slide at the end of a deck (16:9, as {@link PptxDeck} makes them). */
    void addTo(XMLSlideShow deck, PptxDeck.NotesPlacement placement) {
        byte[] png = png(image);
        XSLFSlide slide = deck.createSlide();
        SlideText.heading(slide, title, subtitle);
        double width = SlideText.notes(deck, slide, notes, placement);
        XSLFPictureShape picture = slide.createPicture(deck.addPicture(png, PictureData.PictureType.PNG));
        double scale = Math.min(width / image.getWidth(), 380.0 / image.getHeight());
        picture.setAnchor(new Rectangle2D.Double(30, 84, image.getWidth() * scale, image.getHeight() * scale));
        if (!footer.isEmpty()) {
            SlideText.footer(slide, footer);
        }
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            PngExport.encode(image, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
