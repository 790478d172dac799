package com.surveypivot.export;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The few cell styles of a table book, made once per workbook (a workbook holds at most 64,000 styles). */
final class BookStyles {
    final XSSFCellStyle title;
    final XSSFCellStyle info;
    final XSSFCellStyle header;
    final XSSFCellStyle netHeader;
    final XSSFCellStyle label;
    final XSSFCellStyle group;
    final XSSFCellStyle kind;
    final XSSFCellStyle count;
    final XSSFCellStyle weightedCount;
    final XSSFCellStyle percent;
    final XSSFCellStyle netPercent;
    final XSSFCellStyle netCount;
    final XSSFCellStyle mean;
    final XSSFCellStyle sig;
    final XSSFCellStyle link;
    final XSSFCellStyle plain;

    BookStyles(XSSFWorkbook book) {
        XSSFFont bold = book.createFont();
        bold.setBold(true);
        XSSFFont big = book.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 13);
        XSSFFont grey = book.createFont();
        grey.setColor(new XSSFColor(new byte[] {0x59, 0x59, 0x59}, null));
        XSSFFont red = book.createFont();
        red.setColor(new XSSFColor(new byte[] {(byte) 0xC0, 0x1E, 0x1E}, null));
        XSSFFont blue = book.createFont();
        blue.setUnderline(XSSFFont.U_SINGLE);
        blue.setColor(IndexedColors.BLUE.getIndex());

        plain = book.createCellStyle();
        title = book.createCellStyle();
        title.setFont(big);
        info = book.createCellStyle();
        info.setFont(grey);
        header = filled(book, new byte[] {(byte) 0xDD, (byte) 0xE6, (byte) 0xF2});
        header.setFont(bold);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        netHeader = filled(book, new byte[] {(byte) 0xFC, (byte) 0xE4, (byte) 0xD6});
        netHeader.setFont(bold);
        netHeader.setWrapText(true);
        netHeader.setAlignment(HorizontalAlignment.CENTER);
        netHeader.setVerticalAlignment(VerticalAlignment.CENTER);
        netHeader.setBorderLeft(BorderStyle.MEDIUM);
        label = book.createCellStyle();
        label.setBorderTop(BorderStyle.THIN);
        group = filled(book, new byte[] {(byte) 0xF2, (byte) 0xF2, (byte) 0xF2});
        group.setFont(bold);
        kind = book.createCellStyle();
        kind.setFont(grey);
        kind.setAlignment(HorizontalAlignment.CENTER);
        count = number(book, "#,##0");
        weightedCount = number(book, "#,##0.0");
        percent = number(book, "0.0%");
        mean = number(book, "0.00");
        netCount = number(book, "#,##0");
        netCount.setBorderLeft(BorderStyle.MEDIUM);
        netPercent = number(book, "0.0%");
        netPercent.setBorderLeft(BorderStyle.MEDIUM);
        netPercent.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xFD, (byte) 0xF1, (byte) 0xEA}, null));
        netPercent.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        sig = book.createCellStyle();
        sig.setFont(red);
        sig.setAlignment(HorizontalAlignment.RIGHT);
        link = book.createCellStyle();
        link.setFont(blue);
    }

    /** A count cell's style: whole numbers, or one decimal for weighted counts. */
    XSSFCellStyle count(boolean weighted, boolean net) {
        return weighted ? weightedCount : net ? netCount : count;
    }

    private static XSSFCellStyle number(XSSFWorkbook book, String format) {
        XSSFCellStyle style = book.createCellStyle();
        style.setDataFormat(book.createDataFormat().getFormat(format));
        return style;
    }

    private static XSSFCellStyle filled(XSSFWorkbook book, byte[] rgb) {
        XSSFCellStyle style = book.createCellStyle();
        style.setFillForegroundColor(new XSSFColor(rgb, null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        return style;
    }
}
