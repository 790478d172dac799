package com.surveypivot.cli;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.CrosstabEngine;
import com.surveypivot.analysis.TableSpec;
import com.surveypivot.chart.BandChartModel;
import com.surveypivot.chart.ChartBasis;
import com.surveypivot.chart.ChartImages;
import com.surveypivot.chart.ChartKind;
import com.surveypivot.chart.ChartSettings;
import com.surveypivot.chart.ChartSvg;
import com.surveypivot.export.PngExport;
import com.surveypivot.i18n.LocalizedException;
import com.surveypivot.i18n.Messages;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code chart FILE --question Q --by A --out FILE.png|FILE.svg [--scale 2] [--lang ja|en] [--kind
 * band|topbox|grouped|counts|line] [--decimals 0-2] [--sort ANSWER] [--format png|svg] [--caption TEXT]
 * [--filter Q=a|b]… [--exclude Q=a|b]… [--where EXPR]… [--weight COL] [--net N=a|b]… [--level 95] [--min-base 30]
 * [--small-base 50]}: the chart the window shows, as PNG or SVG, with no display.
 */
@Command(name = "chart", mixinStandardHelpOptions = true,
        description = "Save the chart of a question by an attribute as a PNG or SVG image (no display needed).")
final class ChartCommand implements Callable<Integer> {
    static final double MAX_SCALE = 8;

    enum Format { png, svg }

    @Spec
    private CommandSpec spec;

    @Mixin
    private InputOptions input;

    @Mixin
    private TableOptions table;

    @Mixin
    private ChartTableOptions tableOptions;

    @Option(names = "--out", required = true, paramLabel = "FILE.png|FILE.svg",
            description = "the image to write (SVG when it ends in .svg or with --format svg)")
    private Path out;

    @Option(names = "--scale", paramLabel = "N", description = "PNG pixel scale: 1, 2 or 3 (default: 2)")
    private double scale = 2;

    @Option(names = "--lang", paramLabel = "ja|en",
            description = "report language of the chart's own texts (Total, subtitle, notes; default: the system's)")
    private NotesCommand.Lang lang;

    @Option(names = "--kind", paramLabel = "band|topbox|grouped|counts|line", converter = KindConverter.class,
            description = "100%% band (default), top-box bars of a scale, grouped bars, stacked counts, or lines "
                    + "across an ordered attribute")
    private ChartKind kind = ChartKind.BAND;

    @Option(names = "--decimals", paramLabel = "0-2", description = "decimals of the values (default: 1)")
    private int decimals = 1;

    @Option(names = "--sort", paramLabel = "ANSWER",
            description = "order the segments by the %% of this answer or NET (or 'topbox'), highest first")
    private String sort;

    @Option(names = "--format", paramLabel = "png|svg", description = "image format (default: from --out's ending)")
    private Format format;

    @Option(names = "--caption", paramLabel = "TEXT", description = "a note printed under the chart")
    private String caption;

    @Override
    public Integer call() throws Exception {
        if (!(scale > 0 && scale <= MAX_SCALE)) {
            throw new ParameterException(spec.commandLine(), Messages.get("cli.error.scale", scale, MAX_SCALE));
        }
        if (decimals < 0 || decimals > ChartSettings.MAX_DECIMALS) {
            throw new ParameterException(spec.commandLine(), Messages.get("chart.error.decimals", decimals));
        }
        String problem = tableOptions.inconsistency(table.question, table.by);
        if (problem != null) {
            throw new ParameterException(spec.commandLine(), problem);
        }
        if (!input.isSample() && Files.exists(out) && Files.isSameFile(out, input.inputPath())) {
            throw new LocalizedException("cli.error.overwriteInput", out);
        }
        TableSpec tableSpec = tableOptions.spec(input.load(), table.question, table.by);
        Locale locale = NotesCommand.locale(lang);
        BandChartModel model;
        try {
            Crosstab crosstab = CrosstabEngine.compute(tableSpec);
            ChartSettings settings = new ChartSettings(kind, decimals, sort, locale);
            String weight = tableSpec.weights() == null ? null : tableOptions.weight;
            model = BandChartModel.from(crosstab, settings, new ChartBasis(tableSpec.filter(), weight), locale);
        } catch (IllegalArgumentException e) {
            throw new LocalizedException("cli.error.table", e.getMessage());
        }
        ChartImages.useHeadlessToolkit();
        if (svg()) {
            ChartSvg.Drawing drawing = ChartSvg.of(model, caption);
            drawing.write(out);
            print(Messages.get("cli.chart.written", out, Math.round(drawing.width()), Math.round(drawing.height())));
        } else {
            BufferedImage image = ChartImages.render(model, caption, scale);
            PngExport.write(image, out);
            print(Messages.get("cli.chart.written", out, image.getWidth(), image.getHeight()));
        }
        return Cli.OK;
    }

    private boolean svg() {
        if (format != null) {
            return format == Format.svg;
        }
        return out.getFileName() != null && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg");
    }

    private void print(String line) {
        spec.commandLine().getOut().println(line);
        spec.commandLine().getOut().flush();
    }

    /** {@code --kind band|topbox|grouped|counts|line}; anything else is a usage error. */
    static final class KindConverter implements ITypeConverter<ChartKind> {
        @Override
        public ChartKind convert(String value) {
            ChartKind kind = ChartKind.parse(value);
            if (kind == null) {
                throw new TypeConversionException(Messages.get("chart.error.kind", value));
            }
            return kind;
        }
    }
}
