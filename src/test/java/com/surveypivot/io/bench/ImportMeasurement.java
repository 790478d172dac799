package com.surveypivot.io.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import com.surveypivot.io.SurveyReader;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.Survey;

/** The ways of reading the benchmark file that are measured; each returns something that depends on all it read. */
enum ImportMeasurement {

    /** The floor: FasterXML Aalto StAX iterating every event of the sheet XML, straight out of the zip. */
    AALTO_NO_OP("Aalto StAX no-op parse of the sheet XML (floor)") {
        @Override
        Object run(Path file) throws Exception {
            try (ZipFile zip = new ZipFile(file.toFile()); InputStream in = zip.getInputStream(firstSheet(zip))) {
                XMLInputFactory factory = new InputFactoryImpl();
                factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
                XMLStreamReader reader = factory.createXMLStreamReader(in);
                long events = 0;
                while (reader.next() != XMLStreamConstants.END_DOCUMENT) {
                    events++;
                }
                reader.close();
                return events;
            }
        }
    },

    /** The JDK's own SAX parser, no-op handler, on the same sheet XML. */
    SAX_NO_OP("JDK SAX no-op parse of the sheet XML") {
        @Override
        Object run(Path file) throws Exception {
            try (ZipFile zip = new ZipFile(file.toFile());
                    InputStream in = new BufferedInputStream(zip.getInputStream(firstSheet(zip)), 65_536)) {
                SAXParserFactory factory = SAXParserFactory.newInstance();
                factory.setNamespaceAware(true);
                SAXParser parser = factory.newSAXParser();
                long[] elements = new long[1];
                parser.parse(in, new DefaultHandler() {
                    @Override
                    public void startElement(String uri, String localName, String qName, Attributes attributes) {
                        elements[0]++;
                    }
                });
                return elements[0];
            }
        }
    },

    /** SurveyPivot's import: {@code com.surveypivot.io.SurveyReader.read(Path)} into the survey model. */
    SURVEY_READER("SurveyPivot SurveyReader.read(Path) into the survey model") {
        @Override
        Object run(Path file) throws Throwable {
            return SurveyReader.read(file);
        }

        @Override
        String describe(Object result) {
            Survey survey = (Survey) result;
            long multi = survey.questions().stream().filter(Question::isMulti).count();
            long grids = survey.questions().stream().filter(q -> q.type() == QuestionType.GRID).count();
            return String.format(Locale.ROOT,
                    "%d respondents, %d questions (%d multi-response, %d grids), layout %s, fingerprint %s",
                    survey.respondents(), survey.questions().size(), multi, grids, survey.layout(),
                    SurveyFingerprint.of(survey).substring(0, FINGERPRINT_CHARS));
        }
    },

    /** Apache POI's user model: the whole workbook in memory, then every cell touched. */
    POI_XSSF_WORKBOOK("Apache POI XSSFWorkbook, every cell touched") {
        @Override
        Object run(Path file) throws Exception {
            // the benchmark file is trusted; its sheet XML compresses better than POI's zip-bomb guard expects
            ZipSecureFile.setMinInflateRatio(0.0001);
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                XSSFWorkbook workbook = new XSSFWorkbook(pkg);
                Sheet sheet = workbook.getSheetAt(0);
                long cells = 0;
                double sum = 0;
                long chars = 0;
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells++;
                        switch (cell.getCellType()) {
                            case STRING -> chars += cell.getStringCellValue().length();
                            case NUMERIC -> sum += cell.getNumericCellValue();
                            case BOOLEAN -> sum += cell.getBooleanCellValue() ? 1 : 0;
                            default -> chars += cell.toString().length();
                        }
                    }
                }
                pkg.revert();
                return String.format(Locale.ROOT, "%d cells, %d chars, sum %.1f", cells, chars, sum);
            }
        }
    };

    /** Hex digits of the {@link SurveyFingerprint} shown in a result (64 bits). */
    static final int FINGERPRINT_CHARS = 16;

    private final String label;

    ImportMeasurement(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    abstract Object run(Path file) throws Throwable;

    /** A short description of a run's result, printed so that a reader can see the work was done. */
    String describe(Object result) {
        return String.valueOf(result);
    }

    static ZipEntry firstSheet(ZipFile zip) throws IOException {
        ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
        if (sheet != null) {
            return sheet;
        }
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
            ZipEntry entry = entries.nextElement();
            if (entry.getName().startsWith("xl/worksheets/") && entry.getName().endsWith(".xml")) {
                return entry;
            }
        }
        throw new IOException("no worksheet in " + zip.getName());
    }
}
