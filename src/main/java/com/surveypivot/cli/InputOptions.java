package com.surveypivot.cli;

import com.surveypivot.i18n.LocalizedException;
import com.surveypivot.io.ReadOptions;
import com.surveypivot.io.ReadProgress;
import com.surveypivot.io.SurveyReader;
import com.surveypivot.survey.Survey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
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
                separator != null ? separator : defaults.separator(), missingLabels);
    }

    /** Reads the survey (or the bundled sample); input errors come back as translated exceptions. */
    Survey load() throws LocalizedException {
        ReadOptions options = readOptions();
        if (SAMPLE.equals(file)) {
            return SurveyReader.readSample(options, ReadProgress.NONE);
        }
        return SurveyReader.read(inputPath(), options, ReadProgress.NONE);
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
