import java.io.BufferedInputStream;
import java.io.File;
import java.io.InputStream;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * The import floor of issue 14: inflate xl/worksheets/sheet1.xml with java.util.zip and run a no-op Aalto StAX
 * pass over it. The same loop as {@code bench.Read floor-stax} of ../shared/bench/xlsx (copied here because that
 * program also needs fastexcel and excel-streaming-reader, which are not in the offline Maven repository).
 * Compiled and run by bench/open-speed.sh with Aalto from target/surveypivot.jar.
 */
public class StaxFloor {
    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        long n = 0;
        XMLInputFactory xif = new com.fasterxml.aalto.stax.InputFactoryImpl();
        try (ZipFile zf = new ZipFile(new File(args[0]));
                InputStream in = zf.getInputStream(zf.getEntry("xl/worksheets/sheet1.xml"))) {
            XMLStreamReader r = xif.createXMLStreamReader(new BufferedInputStream(in, 1 << 16));
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT) {
                    n++;
                }
            }
            r.close();
        }
        System.out.printf("mode=floor-stax elements=%d loadMs=%.0f%n", n, (System.nanoTime() - t0) / 1e6);
    }
}
