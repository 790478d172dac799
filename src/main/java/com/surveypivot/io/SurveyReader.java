package com.surveypivot.io;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Opens a survey export (.xlsx/.xlsm streamed, .xls, .csv/.tsv) and recognises its questions. The format is
 * told by the file's content, not its name. The input is only ever read, and closed on every path. Every read runs
 * in a {@link ReadGuard}: bounded, cancellable, and failing only with a one-line {@link SurveyReadException}.
 */
public final class SurveyReader {
    /** The bundled sample survey. */
    public static final String SAMPLE_RESOURCE = "/com/surveypivot/sample/部門間連携に関する調査.xlsx";
    static final String SAMPLE_TITLE = "部門間連携に関する調査";
    private static final String CORRUPT = "io.error.corrupt";
    private static final String UNREADABLE = "io.error.unreadable";

    private SurveyReader() {
    }

    public static Survey read(Path file) throws SurveyReadException {
        return read(file, ReadOptions.defaults(), ReadProgress.NONE);
    }

    public static Survey read(Path file, ReadOptions options, ReadProgress progress) throws SurveyReadException {
        ReadOptions opts = options == null ? ReadOptions.defaults() : options;
        ReadProgress prog = progress == null ? ReadProgress.NONE : progress;
        String name = nameOf(file);
        ReadWarnings warnings = new ReadWarnings(name);
        Survey survey = ReadGuard.run(name, prog, isDelimitedName(name) ? UNREADABLE : CORRUPT, () -> {
            Survey spss = readSpss(file, name, opts, prog);
            if (spss != null) {
                return spss;
            }
            FileKind magic = magic(file, name);
            ReadTiming.mark("start");
            RawTable table = readTable(file, name, magic, opts, prog, warnings);
            ReadTiming.mark("table");
            Survey read = survey(titleOf(name), table, opts);
            ReadTiming.mark("questions");
            return read;
        });
        warnings.deliver(prog);
        return survey;
    }

    private static String nameOf(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    private static FileKind magic(Path file, String name) throws SurveyReadException, IOException {
        if (!Files.isRegularFile(file)) {
            throw new SurveyReadException("io.error.notFound", file.toString());
        }
        FileKind kind;
        try {
            kind = FileKind.of(file);
        } catch (NoSuchFileException e) {
            throw new SurveyReadException("io.error.notFound", file.toString());
        }
        if (kind == null) {
            throw new SurveyReadException("io.error.emptyFile", name);
        }
        return kind;
    }

    /** An SPSS .sav/.zsav file as a survey, or null when the file is not one (by its magic and name). */
    private static Survey readSpss(Path file, String name, ReadOptions opts, ReadProgress prog)
            throws SurveyReadException {
        if (!Files.isRegularFile(file)) {
            throw new SurveyReadException("io.error.notFound", file.toString());
        }
        boolean magic;
        try {
            magic = SavReader.hasMagic(file);
        } catch (IOException e) {
            throw new SurveyReadException(e, "io.error.unreadable", name, ReadDetail.of(e));
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

    private static RawTable readTable(Path file, String name, FileKind magic, ReadOptions opts, ReadProgress prog,
            ReadWarnings warnings) throws SurveyReadException, IOException {
        return switch (magic) {
            case OOXML -> readXlsx(file, name, opts, prog, warnings);
            case OLE2 -> readOle2(file, name, opts, prog, warnings);
            default -> {
                if (isDelimitedName(name)) {
                    if (BinaryContent.looksBinary(file)) {
                        throw new SurveyReadException("io.error.notSpreadsheet", name);
                    }
                    yield new CsvTableReader().read(file, name, opts, prog, warnings);
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
        String name = nameOf(file);
        return ReadGuard.run(name, ReadProgress.NONE, CORRUPT, () -> {
            FileKind magic = magic(file, name);
            if (magic == FileKind.OOXML) {
                try (XlsxPackage pkg = openXlsx(file, name)) {
                    return List.copyOf(new XlsxTableReader().sheetNames(pkg, name));
                }
            } else if (magic == FileKind.OLE2) {
                try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
                    checkWorkbookStream(fs, name);
                    try (HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), false)) {
                        List<String> names = new java.util.ArrayList<>();
                        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                            names.add(workbook.getSheetName(i));
                        }
                        return List.copyOf(names);
                    }
                } catch (EncryptedDocumentException e) {
                    throw new SurveyReadException(e, "io.error.encrypted", name);
                }
            } else if (isDelimitedName(name)) {
                return List.of(titleOf(name));
            }
            throw new SurveyReadException("io.error.notSpreadsheet", name);
        });
    }

    /** The bundled sample survey. */
    public static Survey readSample(ReadOptions options, ReadProgress progress) throws SurveyReadException {
        ReadOptions opts = options == null ? ReadOptions.defaults() : options;
        ReadProgress prog = progress == null ? ReadProgress.NONE : progress;
        String name = SAMPLE_TITLE + ".xlsx";
        return ReadGuard.run(name, prog, CORRUPT, () -> {
            InputStream in = SurveyReader.class.getResourceAsStream(SAMPLE_RESOURCE);
            if (in == null) {
                throw new SurveyReadException("io.error.notFound", SAMPLE_RESOURCE);
            }
            RawTable table;
            try (XlsxPackage pkg = XlsxPackage.open(in)) {
                table = new XlsxTableReader().read(pkg, name, opts, prog);
            }
            return survey(SAMPLE_TITLE, table, opts);
        });
    }

    private static Survey survey(String title, RawTable table, ReadOptions options) throws SurveyReadException {
        ReadCancel.check();
        List<Question> questions = new QuestionRecognizer(options).recognize(table);
        ReadCancel.check();
        String layout = LayoutDetector.layout(table);
        return new Survey(title, table.sheet(), table.headerRow(), table.headerRows(), layout, table.rows(),
                questions);
    }

    private static XlsxPackage openXlsx(Path file, String name) throws SurveyReadException {
        try {
            return XlsxPackage.open(file);
        } catch (IOException e) {
            throw new SurveyReadException(e, "io.error.notSpreadsheet", name);
        }
    }

    private static RawTable readXlsx(Path file, String name, ReadOptions options, ReadProgress progress,
            ReadWarnings warnings) throws SurveyReadException, IOException {
        try (XlsxPackage pkg = openXlsx(file, name)) {
            return new XlsxTableReader().read(pkg, name, options, progress, warnings);
        }
    }

    private static void checkWorkbookStream(POIFSFileSystem fs, String name) throws SurveyReadException {
        if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
            throw new SurveyReadException("io.error.encrypted", name);
        }
        if (!fs.getRoot().hasEntry("Workbook") && !fs.getRoot().hasEntry("WORKBOOK")
                && !fs.getRoot().hasEntry("Book")) {
            throw new SurveyReadException("io.error.notSpreadsheet", name);
        }
    }

    private static RawTable readOle2(Path file, String name, ReadOptions options, ReadProgress progress,
            ReadWarnings warnings) throws SurveyReadException, IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            checkWorkbookStream(fs, name);
            return new XlsTableReader().read(fs, name, options, progress, warnings);
        } catch (EncryptedDocumentException e) {
            throw new SurveyReadException(e, "io.error.encrypted", name);
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
