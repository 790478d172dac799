package com.surveypivot.export;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;

/**
 * Text on a slide: the heading (title and break-down), the notes (bullets beside the content, or the speaker
 * notes), the footer, and the plain and bulleted boxes they are made of. Every text goes through {@link SafeText}.
 */
final class SlideText {
    private SlideText() {
    }

    /** The question as the title and the break-down under it. */
    static void heading(XSLFSlide slide, String title, String by) {
        box(slide, new Rectangle2D.Double(30, 16, PptxDeck.WIDTH - 60, 40), title, 22, true, Color.BLACK);
        if (!by.isEmpty()) {
            box(slide, new Rectangle2D.Double(30, 56, PptxDeck.WIDTH - 60, 22), by, 12, false, Color.DARK_GRAY);
        }
    }

    /** The base, filter and weight lines at the foot of the slide. */
    static void footer(XSLFSlide slide, String text) {
        box(slide, new Rectangle2D.Double(30, 470, PptxDeck.WIDTH - 60, 56), text, 9, false, Color.DARK_GRAY);
    }

    /**
     * The notes: beside the content (the first {@link PptxDeck#MAX_BULLETS}; with more, all of them in the speaker
     * notes too) or in the speaker notes alone. Returns the width left for the content (chart or picture).
     */
    static double notes(XMLSlideShow deck, XSLFSlide slide, List<String> notes, PptxDeck.NotesPlacement placement) {
        boolean beside = placement == PptxDeck.NotesPlacement.SLIDE && !notes.isEmpty();
        double width = beside ? 610 : PptxDeck.WIDTH - 60;
        if (beside) {
            List<String> shown = notes.size() <= PptxDeck.MAX_BULLETS ? notes : notes.subList(0, PptxDeck.MAX_BULLETS);
            bullets(slide, new Rectangle2D.Double(30 + width + 15, 84, PptxDeck.WIDTH - 75 - width, 380), shown, 11);
        }
        if (!notes.isEmpty() && (!beside || notes.size() > PptxDeck.MAX_BULLETS)) {
            XSLFNotes speaker = deck.getNotesSlide(slide);
            for (XSLFTextShape shape : speaker.getPlaceholders()) {
                if (shape.getTextType() == Placeholder.BODY) {
                    shape.setText(String.join("\n", notes.stream().map(SafeText::of).toList()));
                    break;
                }
            }
        }
        return width;
    }

    static XSLFTextBox box(XSLFSlide slide, Rectangle2D place, String text, double size, boolean bold, Color color) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(place);
        box.setWordWrap(true);
        box.clearText();
        for (String line : text.split("\n", -1)) {
            XSLFTextParagraph paragraph = box.addNewTextParagraph();
            run(paragraph, SafeText.of(line), size, bold, color);
        }
        return box;
    }

    static XSLFTextBox bullets(XSLFSlide slide, Rectangle2D place, List<String> items, double size) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(place);
        box.setWordWrap(true);
        box.clearText();
        for (String item : items) {
            XSLFTextParagraph paragraph = box.addNewTextParagraph();
            paragraph.setBullet(true);
            paragraph.setBulletCharacter("•");
            paragraph.setIndent(-12.0);
            paragraph.setLeftMargin(12.0);
            paragraph.setSpaceAfter(30.0);
            run(paragraph, SafeText.of(item), size, false, Color.BLACK);
        }
        return box;
    }

    private static void run(XSLFTextParagraph paragraph, String text, double size, boolean bold, Color color) {
        XSLFTextRun run = paragraph.addNewTextRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontColor(color);
    }
}
