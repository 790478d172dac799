package com.surveypivot.export;

import java.util.List;

/**
 * A {@link TextTable} in the two forms a spreadsheet takes from the clipboard: tab-separated text (one line per row,
 * tabs and line breaks inside a cell replaced by spaces) and an HTML table (Excel and LibreOffice keep its rows,
 * columns and bold rows on paste; numbers stay numbers).
 */
public final class TableClipboard {
    private TableClipboard() {
    }

    /** Tab-separated text, lines ending in "\n" (Excel on Windows takes these as well as "\r\n"). */
    public static String tsv(TextTable table) {
        StringBuilder out = new StringBuilder();
        for (List<String> line : table.lines()) {
            for (int i = 0; i < line.size(); i++) {
                if (i > 0) {
                    out.append('\t');
                }
                out.append(clean(line.get(i)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** An HTML document with one table: the title as a caption row, bold Total and base rows, the notes below. */
    public static String html(TextTable table) {
        int width = table.header().size();
        for (TextTable.Row row : table.rows()) {
            width = Math.max(width, row.cells().size());
        }
        StringBuilder out = new StringBuilder();
        out.append("<html><head><meta charset=\"utf-8\"></head><body>\n<table border=\"1\" "
                + "style=\"border-collapse:collapse\">\n");
        if (!table.title().isEmpty()) {
            out.append("<tr><td colspan=\"").append(width).append("\"><b>").append(escape(table.title()))
                    .append("</b></td></tr>\n");
        }
        out.append("<tr>");
        for (String cell : table.header()) {
            out.append("<th>").append(escape(cell)).append("</th>");
        }
        out.append("</tr>\n");
        for (TextTable.Row row : table.rows()) {
            out.append("<tr>");
            for (int i = 0; i < row.cells().size(); i++) {
                String cell = escape(row.cells().get(i));
                String style = i > 0 ? " align=\"right\"" : "";
                switch (row.kind()) {
                    case TOTAL, BASE -> out.append("<td").append(style).append("><b>").append(cell).append("</b></td>");
                    case MARKS -> out.append("<td").append(style).append("><i>").append(cell).append("</i></td>");
                    default -> out.append("<td").append(style).append('>').append(cell).append("</td>");
                }
            }
            out.append("</tr>\n");
        }
        for (String note : table.notes()) {
            out.append("<tr><td colspan=\"").append(width).append("\">").append(escape(note)).append("</td></tr>\n");
        }
        out.append("</table>\n</body></html>\n");
        return out.toString();
    }

    private static String clean(String cell) {
        return cell == null ? "" : cell.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }

    static String escape(String cell) {
        String s = clean(cell);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
