package com.surveypivot.cli;

import com.surveypivot.i18n.LocalizedException;
import com.surveypivot.io.ReadOptions;
import com.surveypivot.io.SurveyReader;
import com.surveypivot.survey.Survey;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Parameters;

/** The survey file and how to read it; shared by every command that reads a survey. */
final class InputOptions {
    /** The word that stands for the bundled sample survey. */
    static final String SAMPLE = "sample";

    @Parameters(index = "0", paramLabel = "FILE", description = "the survey (.xlsx), or the word 'sample'")
    String file;

    @Option(names = "--sheet", paramLabel = "NAME", description = "the sheet that holds the data")
    String sheet;

    @Option(names = "--header-row", paramLabel = "N", description = "the 1-based row of the header")
    Integer headerRow;

    @Option(names = "--separator", paramLabel = "TEXT",
            description = "the separator of answers joined in one cell (e.g. \";\")")
    String separator;

    @Option(names = "--missing", paramLabel = "L|L", description = "answer labels to treat as no answer, joined by |")
    String missing;

    @Option(names = "--multi", paramLabel = "NAME=COL|COL|...", converter = MultiSetSpec.Converter.class,
            description = "declare a multi-response set from columns (repeatable)")
    List<MultiSetSpec> multiSets = new ArrayList<>();

    @Option(names = "--encoding", paramLabel = "CHARSET", converter = EncodingConverter.class,
            description = "the text encoding of a .csv/.tsv file (default: from its content: BOM, UTF-8, else "
                    + "Windows-31J), e.g. UTF-8, Shift_JIS, windows-31j, UTF-16")
    Charset encoding;

    @Option(names = "--verbose", description = "also print the technical details of a refusal or warning")
    boolean verbose;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** The read options these flags describe; unset flags keep the reader's defaults. */
    ReadOptions readOptions() {
        ReadOptions defaults = ReadOptions.defaults();
        Map<String, List<String>> sets = new LinkedHashMap<>(defaults.multiSets() == null ? Map.of()
                : defaults.multiSets());
        for (MultiSetSpec set : multiSets) {
            sets.put(set.name(), set.columns());
        }
        List<String> missingLabels = missing == null ? defaults.missing()
                : Arrays.stream(missing.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new ReadOptions(sheet != null ? sheet : defaults.sheet(),
                headerRow != null ? headerRow : defaults.headerRow(), sets,
                separator != null ? separator : defaults.separator(), missingLabels, encoding);
    }

    /** Reads the survey (or the bundled sample); input errors come back as translated exceptions. */
    Survey load() throws LocalizedException {
        ReadOptions options = readOptions();
        PrintWriter err = mixee != null ? mixee.commandLine().getErr() : new PrintWriter(System.err, true);
        ReadOutput output = new ReadOutput(err);
        AutoCloseable details = verbose ? ReadOutput.verbose(err) : () -> { };
        try {
            if (SAMPLE.equals(file)) {
                return SurveyReader.readSample(options, output);
            }
            return SurveyReader.read(inputPath(), options, output);
        } finally {
            try {
                details.close();
            } catch (Exception e) {
                // removing a log handler does not fail
            }
        }
    }

    /** A charset name from the command line; an unknown one is a usage error. */
    static final class EncodingConverter implements CommandLine.ITypeConverter<Charset> {
        @Override
        public Charset convert(String value) {
            try {
                return Charset.forName(value.strip());
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(
                        com.surveypivot.i18n.Messages.get("launch.unknownEncoding", ReadOutput.shown(value)));
            }
        }
    }

    /** The input file, checked to exist. */
    Path inputPath() throws LocalizedException {
        Path path = Path.of(file);
        if (!Files.exists(path)) {
            throw new LocalizedException("cli.error.noFile", file);
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new LocalizedException("cli.error.unreadable", file);
        }
        return path;
    }

    boolean isSample() {
        return SAMPLE.equals(file);
    }
}
