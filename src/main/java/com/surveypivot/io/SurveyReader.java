package com.surveypivot.io;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Opens a survey export (.xlsx/.xlsm streamed, .xls, .csv/.tsv) and recognises its questions. The format is
 * told by the file's content, not its name. The input is only ever read, and closed on every path.
 */
public final class SurveyReader {
    /** The bundled sample survey. */
    public static final String SAMPLE_RESOURCE = "/com/surveypivot/sample/部門間連携に関する調査.xlsx";
    static final String SAMPLE_TITLE = "部門間連携に関する調査";

    private SurveyReader() {
    }

    public static Survey read(Path file) throws SurveyReadException {
        return read(file, ReadOptions.defaults(), ReadProgress.NONE);
    }

    public static Survey read(Path file, ReadOptions options, ReadProgress progress) throws SurveyReadException {
        ReadOptions opts = options == null ? ReadOptions.defaults() : options;
        ReadProgress prog = progress == null ? ReadProgress.NONE : progress;
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new SurveyReadException("io.error.notFound", file.toString());
        }
        Survey spss = readSpss(file, name, opts, prog);
        if (spss != null) {
            return spss;
        }
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(new BufferedInputStream(Files.newInputStream(file)))) {
            magic = FileMagic.valueOf(in);
        } catch (NoSuchFileException e) {
            throw new SurveyReadException("io.error.notFound", file.toString());
        } catch (EmptyFileException e) {
            throw new SurveyReadException(e, "io.error.emptyFile", name);
        } catch (IOException e) {
            throw new SurveyReadException(e, "io.error.unreadable", name, XlsxTableReader.oneLine(e));
        }
        RawTable table;
        try {
            table = readTable(file, name, magic, opts, prog);
        } catch (SurveyReadException e) {
            throw ReadFailures.explain(e, name);
        }
        return survey(titleOf(name), table, opts);
    }

    /** An SPSS .sav/.zsav file as a survey, or null when the file is not one (by its magic and name). */
    private static Survey readSpss(Path file, String name, ReadOptions opts, ReadProgress prog)
            throws SurveyReadException {
        boolean magic;
        try {
            magic = SavReader.hasMagic(file);
        } catch (IOException e) {
            throw new SurveyReadException(e, "io.error.unreadable", name, XlsxTableReader.oneLine(e));
        }
        if (!magic) {
            if (SavReader.hasSavName(name)) {
                throw new SurveyReadException("spss.error.notSpss", name);
            }
            return null;
        }
        try {
            return SavReader.read(file, name, titleOf(name), opts, prog);
        } catch (SurveyReadException e) {
            throw ReadFailures.explain(e, name);
        }
    }

    private static RawTable readTable(Path file, String name, FileMagic magic, ReadOptions opts, ReadProgress prog)
            throws SurveyReadException {
        return switch (magic) {
            case OOXML -> readXlsx(file, name, opts, prog);
            case OLE2 -> readOle2(file, name, opts, prog);
            default -> {
                if (isDelimitedName(name)) {
                    try {
                        if (BinaryContent.looksBinary(file)) {
                            throw new SurveyReadException("io.error.notSpreadsheet", name);
                        }
                        yield new CsvTableReader().read(file, name, opts, prog);
                    } catch (IOException | RuntimeException e) {
                        throw new SurveyReadException(e, "io.error.unreadable", name, XlsxTableReader.oneLine(e));
                    }
                }
                throw new SurveyReadException("io.error.notSpreadsheet", name);
            }
        };
    }

    /**
     * The names of a workbook's sheets in workbook order (.xlsx/.xlsm through workbook.xml, .xls through HSSF);
     * a delimited text file has one table, named after the file.
     */
    public static List<String> sheetNames(Path file) throws SurveyReadException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new SurveyReadException("io.error.notFound", file.toString());
        }
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(new BufferedInputStream(Files.newInputStream(file)))) {
            magic = FileMagic.valueOf(in);
        } catch (EmptyFileException e) {
            throw new SurveyReadException(e, "io.error.emptyFile", name);
        } catch (IOException e) {
            throw new SurveyReadException(e, "io.error.unreadable", name, XlsxTableReader.oneLine(e));
        }
        List<String> names = new java.util.ArrayList<>();
        try {
            if (magic == FileMagic.OOXML) {
                OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                try {
                    XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
                    while (it.hasNext()) {
                        try (InputStream sheet = it.next()) {
                            names.add(it.getSheetName());
                        }
                    }
                } finally {
                    pkg.revert();
                }
            } else if (magic == FileMagic.OLE2) {
                try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
                        HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), false)) {
                    for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                        names.add(workbook.getSheetName(i));
                    }
                }
            } else if (isDelimitedName(name)) {
                names.add(titleOf(name));
            } else {
                throw new SurveyReadException("io.error.notSpreadsheet", name);
            }
        } catch (EncryptedDocumentException e) {
            throw new SurveyReadException(e, "io.error.encrypted", name);
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            throw ReadFailures.explain(
                    new SurveyReadException(e, "io.error.corrupt", name, XlsxTableReader.oneLine(e)), name);
        }
        return List.copyOf(names);
    }

    /** The bundled sample survey. */
    public static Survey readSample(ReadOptions options, ReadProgress progress) throws SurveyReadException {
        ReadOptions opts = options == null ? ReadOptions.defaults() : options;
        ReadProgress prog = progress == null ? ReadProgress.NONE : progress;
        InputStream in = SurveyReader.class.getResourceAsStream(SAMPLE_RESOURCE);
        if (in == null) {
            throw new SurveyReadException("io.error.notFound", SAMPLE_RESOURCE);
        }
        String name = SAMPLE_TITLE + ".xlsx";
        RawTable table;
        try (InputStream stream = in) {
            OPCPackage pkg = OPCPackage.open(stream);
            try {
                table = new XlsxTableReader().read(pkg, name, opts, prog);
            } finally {
                pkg.revert();
            }
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            throw new SurveyReadException(e, "io.error.corrupt", name, XlsxTableReader.oneLine(e));
        }
        return survey(SAMPLE_TITLE, table, opts);
    }

    private static Survey survey(String title, RawTable table, ReadOptions options) throws SurveyReadException {
        List<Question> questions;
        try {
            questions = new QuestionRecognizer(options).recognize(table);
        } catch (RuntimeException e) {
            throw new SurveyReadException(e, "io.error.unreadable", title, XlsxTableReader.oneLine(e));
        }
        return new Survey(title, table.sheet(), table.headerRow(), table.headerRows(), LayoutDetector.layout(table),
                table.rows(), questions);
    }

    private static RawTable readXlsx(Path file, String name, ReadOptions options, ReadProgress progress)
            throws SurveyReadException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | NotOfficeXmlFileException e) {
            throw new SurveyReadException(e, "io.error.notSpreadsheet", name);
        } catch (RuntimeException e) {
            throw new SurveyReadException(e, "io.error.corrupt", name, XlsxTableReader.oneLine(e));
        }
        try {
            return new XlsxTableReader().read(pkg, name, options, progress);
        } finally {
            pkg.revert();
        }
    }

    private static RawTable readOle2(Path file, String name, ReadOptions options, ReadProgress progress)
            throws SurveyReadException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
                throw new SurveyReadException("io.error.encrypted", name);
            }
            if (!fs.getRoot().hasEntry("Workbook") && !fs.getRoot().hasEntry("WORKBOOK")
                    && !fs.getRoot().hasEntry("Book")) {
                throw new SurveyReadException("io.error.notSpreadsheet", name);
            }
            return new XlsTableReader().read(fs, name, options, progress);
        } catch (EncryptedDocumentException e) {
            throw new SurveyReadException(e, "io.error.encrypted", name);
        } catch (IOException | RuntimeException e) {
            throw new SurveyReadException(e, "io.error.corrupt", name, XlsxTableReader.oneLine(e));
        }
    }

    private static boolean isDelimitedName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt");
    }

    private static String titleOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
