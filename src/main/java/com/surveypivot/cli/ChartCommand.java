package com.surveypivot.cli;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.chart.BandChartModel;
import com.surveypivot.chart.ChartImages;
import com.surveypivot.export.PngExport;
import com.surveypivot.i18n.LocalizedException;
import com.surveypivot.i18n.Messages;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code chart FILE --question Q --by A --out FILE.png [--scale 2] [--lang ja|en]}: the band chart the window shows, as PNG. */
@Command(name = "chart", mixinStandardHelpOptions = true,
        description = "Save the band chart of a question by an attribute as a PNG image (no display needed).")
final class ChartCommand implements Callable<Integer> {
    static final double MAX_SCALE = 8;

    @Spec
    private CommandSpec spec;

    @Mixin
    private InputOptions input;

    @Mixin
    private TableOptions table;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "the PNG file to write")
    private Path out;

    @Option(names = "--scale", paramLabel = "N", description = "pixel scale (default: 2)")
    private double scale = 2;

    @Option(names = "--lang", paramLabel = "ja|en",
            description = "language of the chart's own texts (Total, subtitle; default: the system's)")
    private NotesCommand.Lang lang;

    @Override
    public Integer call() throws Exception {
        if (!(scale > 0 && scale <= MAX_SCALE)) {
            throw new ParameterException(spec.commandLine(), Messages.get("cli.error.scale", scale, MAX_SCALE));
        }
        if (!input.isSample() && Files.exists(out) && Files.isSameFile(out, input.inputPath())) {
            throw new LocalizedException("cli.error.overwriteInput", out);
        }
        Crosstab crosstab = table.crosstab(input.load());
        ChartImages.useHeadlessToolkit();
        BufferedImage image = ChartImages.render(BandChartModel.from(crosstab, NotesCommand.locale(lang)), scale);
        PngExport.write(image, out);
        spec.commandLine().getOut().println(Messages.get("cli.chart.written", out, image.getWidth(),
                image.getHeight()));
        spec.commandLine().getOut().flush();
        return Cli.OK;
    }
}
