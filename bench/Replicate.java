import java.io.*;
import java.util.zip.*;
import java.util.*;
/**
 * Issue 14's 1,000,000-row export for bench/open-speed.sh --big: the reference export's data rows written K times
 * (row numbers and cell references renumbered, the dimension updated; the shared strings and the other parts copied;
 * sheet deflated at level 1). Ten copies of the 100,000 × 150 file take about 30 s, where the generator needs over
 * 45 minutes on a loaded 2-core machine. Usage: {@code java bench/Replicate.java IN.xlsx OUT.xlsx K}.
 */
public class Replicate {
    public static void main(String[] a) throws Exception {
        int k = Integer.parseInt(a[2]);
        try (ZipFile in = new ZipFile(a[0]); ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(new FileOutputStream(a[1]), 1 << 20))) {
            out.setLevel(1);
            for (ZipEntry e : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    byte[] xml = in.getInputStream(e).readAllBytes();
                    String s = new String(xml, "UTF-8");
                    int start = s.indexOf("<row ");
                    int firstData = s.indexOf("<row ", start + 1);
                    int end = s.indexOf("</sheetData>");
                    int rows = 0;
                    for (int i = firstData; i >= 0 && i < end; i = s.indexOf("<row ", i + 1)) rows++;
                    String head = s.substring(0, firstData).replaceFirst("ref=\"A1:([A-Z]+)\\d+\"", "ref=\"A1:$1" + (1 + rows * k) + "\"");
                    Writer w = new OutputStreamWriter(out, "UTF-8");
                    w.write(head);
                    String data = s.substring(firstData, end);
                    for (int c = 0; c < k; c++) {
                        int offset = c * rows;
                        StringBuilder b = new StringBuilder(data.length() + 1_000_000);
                        int i = 0;
                        while (true) {
                            int j = data.indexOf(" r=\"", i);
                            if (j < 0) { b.append(data, i, data.length()); break; }
                            int q = j + 4;
                            b.append(data, i, q);
                            int p = q;
                            while (Character.isLetter(data.charAt(p))) p++;
                            int d = p;
                            while (Character.isDigit(data.charAt(d))) d++;
                            b.append(data, q, p).append(Integer.parseInt(data.substring(p, d)) + offset);
                            i = d;
                        }
                        w.write(b.toString());
                    }
                    w.write(s.substring(end));
                    w.flush();
                } else {
                    in.getInputStream(e).transferTo(out);
                }
                out.closeEntry();
            }
        }
    }
}
