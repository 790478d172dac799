package com.surveypivot.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngExportTest {

    @Test
    void writesAPngCreatingMissingFolders(@TempDir Path dir) throws Exception {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0x1F5FA8);
        Path file = dir.resolve("a/b/グラフ.png");

        PngExport.write(image, file);

        BufferedImage back = ImageIO.read(file.toFile());
        assertEquals(40, back.getWidth());
        assertEquals(20, back.getHeight());
        assertEquals(0x1F5FA8, back.getRGB(3, 4) & 0xFFFFFF);
    }

    @Test
    void aFolderAsTargetGivesAOneLineTranslatedMessage(@TempDir Path dir) {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ExportException e = assertThrows(ExportException.class, () -> PngExport.write(image, dir));
        assertEquals("export.error.directory", e.key());
        assertTrue(e.getMessage().startsWith("Could not save the image to " + dir), e.getMessage());
        assertTrue(e.message(Locale.JAPANESE).startsWith("画像を " + dir + " に保存できませんでした"),
                e.message(Locale.JAPANESE));
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void aFileWhereAFolderShouldBeGivesAOneLineTranslatedMessage(@TempDir Path dir) throws Exception {
        Path blocker = dir.resolve("plain-file");
        Files.writeString(blocker, "x");
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ExportException e = assertThrows(ExportException.class,
                () -> PngExport.write(image, blocker.resolve("chart.png")));
        assertTrue(e.getMessage().startsWith("Could not save the image to "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertFalse(e.message(Locale.JAPANESE).contains("export."), e.message(Locale.JAPANESE));
    }
}
