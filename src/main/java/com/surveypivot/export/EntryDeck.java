package com.surveypivot.export;

import java.awt.Dimension;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xslf.usermodel.XMLSlideShow;

/**
 * A PowerPoint deck of a report outline's entries in their order: a table as {@link PptxDeck} makes its slide (a
 * native, editable chart), a map as a {@link PictureSlide}. Written through a temporary file and an atomic move.
 */
public final class EntryDeck {
    /** One slide of the deck. */
    public sealed interface Slide {
    }

    /** A table's slide with its native chart. */
    public record TableSlide(ExportTable table) implements Slide {
    }

    /** A picture's slide (a segment map). */
    public record Picture(PictureSlide slide) implements Slide {
    }

    private EntryDeck() {
    }

    /**
     * Writes the slides in order.
     *
     * @param source   the survey file the user opened (never written), or null
     * @param progress told after each slide; asked between slides whether to stop
     * @throws ExportException a translated one-line message; {@link ExportCancelledException} when cancelled
     */
    public static void write(List<Slide> slides, Path file, Path source, Locale locale,
            PptxDeck.NotesPlacement notes, ExportProgress progress) throws ExportException {
        AtomicFile.write(file, source, out -> {
            try (XMLSlideShow deck = new XMLSlideShow()) {
                deck.setPageSize(new Dimension((int) PptxDeck.WIDTH, (int) PptxDeck.HEIGHT));
                for (int s = 0; s < slides.size(); s++) {
                    progress.check();
                    if (slides.get(s) instanceof TableSlide table) {
                        PptxDeck.slide(deck, table.table(), locale, notes);
                    } else if (slides.get(s) instanceof Picture picture) {
                        picture.slide().addTo(deck, notes);
                    }
                    progress.step(s + 1, slides.size());
                }
                deck.write(out);
            }
        });
    }
}
