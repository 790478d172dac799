package com.surveypivot.cli;

import com.surveypivot.analysis.weighting.RakeException;
import com.surveypivot.analysis.weighting.RakeOptions;
import com.surveypivot.analysis.weighting.RakeTarget;
import com.surveypivot.analysis.weighting.TargetSpec;
import com.surveypivot.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The targets and raking options of {@code weight}: repeatable {@code --target}, {@code --cap}, tolerance. */
final class RakeOptionsMixin {
    @Option(names = "--target", paramLabel = "Q=answer:share|answer:share",
            description = "target shares of one attribute, in % or as fractions (repeat for up to 6 attributes)")
    List<String> targets = new ArrayList<>();

    @Option(names = "--cap", paramLabel = "LOW,HIGH", description = "keep weights within LOW–HIGH × the mean, e.g. 0.3,3.0")
    String cap;

    @Option(names = "--tolerance", paramLabel = "X",
            description = "stop when every share is within X of its target (a fraction; default 1e-6)")
    double tolerance = RakeOptions.DEFAULT_TOLERANCE;

    @Option(names = "--max-iterations", paramLabel = "N", description = "at most N passes (default 100)")
    int maxIterations = RakeOptions.DEFAULT_MAX_ITERATIONS;

    List<RakeTarget> parsedTargets() throws RakeException {
        return parse(targets);
    }

    static List<RakeTarget> parse(List<String> specs) throws RakeException {
        List<RakeTarget> out = new ArrayList<>();
        for (String t : specs) {
            out.add(TargetSpec.parse(t));
        }
        return out;
    }

    RakeOptions options(CommandSpec spec) {
        double low = Double.NaN;
        double high = Double.NaN;
        if (cap != null) {
            String[] parts = cap.split(",");
            try {
                low = Double.parseDouble(parts[0].strip());
                high = Double.parseDouble(parts.length == 2 ? parts[1].strip() : "x");
            } catch (NumberFormatException e) {
                throw new ParameterException(spec.commandLine(), Messages.get("weighting.cli.cap", cap));
            }
            if (!(low > 0 && high > low)) {
                throw new ParameterException(spec.commandLine(), Messages.get("weighting.cli.cap", cap));
            }
        }
        if (!(tolerance > 0) || maxIterations < 1) {
            throw new ParameterException(spec.commandLine(), Messages.get("weighting.cli.tolerance"));
        }
        return new RakeOptions(tolerance, maxIterations, low, high);
    }
}
