package com.surveypivot.analysis;

import com.surveypivot.i18n.Messages;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.RespondentSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Computes a {@link TableSpec}: bit-set intersections for every count (popcounts unweighted, Σw / Σw² over set bits
 * weighted), then the statistics on the per-column sums. See {@link CrosstabEngine#compute(TableSpec)}.
 */
final class TableComputation {
    private final TableSpec spec;
    private final Question question;
    private final CellOptions options;
    private final int n;
    private final double[] w;
    private final double[] w2;
    private final Locale locale;
    private final SharedInputs shared;
    private WeightedCells cells;
    /** Weighted multi-response question: per option, then (last row) per respondent; else null. */
    private WeightedCells optionCells;


    TableComputation(TableSpec spec, Locale locale, SharedInputs shared) {
        this(spec, spec.question(), locale, shared);
    }

    /** The table of {@code question} with everything else from {@code spec}. */
    TableComputation(TableSpec spec, Question question, Locale locale, SharedInputs shared) {
        this.spec = spec;
        this.question = question;
        this.options = spec.options();
        this.n = question.respondentCount();
        this.locale = locale;
        this.shared = shared;
        CrosstabEngine.check(question);
        for (Question by : spec.banner()) {
            checkAttribute(by);
        }
        if (spec.nest() != null) {
            checkAttribute(spec.nest());
        }
        double[] weights = spec.weightsArray();
        if (weights == null) {
            w = null;
            w2 = null;
        } else {
            if (weights.length != n) {
                throw new IllegalArgumentException(Messages.get("analysis.error.weights", weights.length, n));
            }
            double[][] sanitised = shared.weights(weights);
            w = sanitised[0];
            w2 = sanitised[1];
        }
    }

    /** The question's answer codes, -1 for respondents outside the table's base (the filter). */
    private int[] baseCodes(RespondentSet base) {
        int[] codes = question.codes();
        if (spec.filter() != null) {
            for (int r = 0; r < codes.length; r++) {
                if (!base.contains(r)) {
                    codes[r] = -1;
                }
            }
        }
        return codes;
    }

    private void checkAttribute(Question by) {
        CrosstabEngine.check(by);
        if (by.respondentCount() != n) {
            throw new IllegalArgumentException(Messages.get("analysis.error.sizes"));
        }
    }

    Crosstab compute() {
        RespondentSet base = question.answered();
        if (spec.filter() != null) {
            base = base.and(spec.filter().select(n));
        }
        List<BannerGroup> groups = BannerGroups.of(spec, options, base);
        RespondentSet total;
        if (spec.banner().isEmpty()) {
            total = base;
        } else {
            total = new RespondentSet(n);
            for (BannerGroup g : groups) {
                total = total.or(g.base);
            }
        }
        List<AutoNets.AutoNet> autoNets = options.autoNets() ? AutoNets.of(question, locale) : List.of();
        if (options.sort() == CellOptions.Sort.TOP_BOX) {
            // the top box orders the columns whether or not its NET rows are shown
            List<AutoNets.AutoNet> boxes = options.autoNets() ? autoNets : AutoNets.of(question, locale);
            if (!boxes.isEmpty()) {
                BannerGroups.sortByTopBox(groups, DraftRows.union(question, boxes.get(0).categories()), w, w2);
            }
        }

        // columns: Total, then each group's
        List<RespondentSet> columnSets = new ArrayList<>();
        List<BannerGroup> columnGroup = new ArrayList<>();
        columnSets.add(total);
        columnGroup.add(null);
        for (BannerGroup g : groups) {
            g.from = columnSets.size();
            columnSets.addAll(g.sets);
            for (int i = 0; i < g.sets.size(); i++) {
                columnGroup.add(g);
            }
            g.to = columnSets.size();
        }
        int k = columnSets.size();
        int[] from = new int[groups.size()];
        List<int[]> groupCategories = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            from[g] = groups.get(g).from;
            groupCategories.add(groups.get(g).categories.stream().mapToInt(Integer::intValue).toArray());
        }
        boolean number = question.type() == com.surveypivot.survey.QuestionType.NUMBER;
        BannerKeys keys = spec.nest() == null && (question.hasCodes() || question.isMulti()) && (w != null || number)
                ? shared.keys(spec.banner()) : null;
        int[] baseCodes = keys == null || !question.hasCodes() ? null : baseCodes(base);
        if (keys != null && question.isMulti()) {
            optionCells = KeyedCells.computeMulti(question, base, w, keys, k, from, groupCategories);
        }
        if (question.hasCodes()) {
            List<RespondentSet> bases = groups.stream().map(g -> g.base).toList();
            if (w == null) {
                cells = WeightedCells.unweighted(question, columnSets, bases);
            } else {
                if (keys != null) {
                    cells = KeyedCells.compute(baseCodes, question.categoryCount(), w, keys, k, from, groupCategories);
                }
                if (cells == null) {
                    cells = WeightedCells.weighted(question, w, columnSets, bases, from, groupCategories,
                            groups.stream().map(g -> g.attribute).toList());
                }
            }
        }
        RespondentSums[] colSums = new RespondentSums[k];
        for (int j = 0; j < k; j++) {
            colSums[j] = optionCells != null ? rowSums(columnSets.get(j).count(), optionCells, j)
                    : cells == null ? RespondentSums.of(columnSets.get(j), columnSets.get(j), w, w2)
                    : w == null ? RespondentSums.of(columnSets.get(j), columnSets.get(j), w, w2)
                    : RespondentSums.ofCells(columnSets.get(j).count(), cells.w, cells.w2, j);
        }
        RespondentSums[] groupSums = new RespondentSums[groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            RespondentSet gb = groups.get(g).base;
            groupSums[g] = gb.equals(total) ? colSums[0]
                    : optionCells != null ? new RespondentSums(gb.count(),
                            optionCells.groupW[question.categoryCount()][g],
                            optionCells.groupW2[question.categoryCount()][g])
                    : cells == null || w == null ? RespondentSums.of(gb, gb, w, w2)
                    : RespondentSums.ofCells(gb.count(), cells.groupW, cells.groupW2, g);
        }

        // rows: answers, then automatic NETs, then user NETs
        DraftRows drafts = new DraftRows(question, options, w, cells, optionCells, columnSets, groups, total)
                .build(autoNets, spec.nets());
        List<DraftRow> rows = drafts.rows;
        int answerRows = drafts.answerRows;
        double[][] categoryCounts = drafts.categoryCounts;
        ColumnSignificance significance = new ColumnSignificance(options, w != null);

        // per-column sums, percents and means
        List<TableRow> tableRows = new ArrayList<>();
        boolean singleQuestion = !question.isMulti();
        List<List<ChiSquare>> rowChi = new ArrayList<>();
        List<ColumnGroup> columnGroups = significance.chiSquares(groups, groupSums, colSums, rows, answerRows,
                singleQuestion, rowChi);

        MeanScore[] means = number && keys != null
                ? KeyedMeans.compute(question.numbers(), baseCodes, w, keys, k, from, groupCategories)
                : cells == null || number ? MeanScores.compute(question, options.scores(), columnSets, w, w2)
                : MeanScores.fromCells(question, options.scores(), cells.n, cells.w, cells.w2);
        String[] meanLetters = new String[k];
        Arrays.fill(meanLetters, "");
        if (options.statistics() && means != null) {
            for (BannerGroup g : groups) {
                significance.meanLetters(g, means, meanLetters);
            }
        }

        double[] percentBases = percentBases(colSums, columnSets, categoryCounts);
        List<TableColumn> columns = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            BannerGroup g = columnGroup.get(j);
            String label = j == 0 ? CrosstabEngine.TOTAL : g.labels.get(j - g.from);
            String letter = j == 0 ? null : ColumnTests.letter(j - g.from);
            columns.add(new TableColumn(label, colSums[j].w(), colSums[j].n(), j == 0, g == null ? null : g.name,
                    letter, colSums[j].w(), colSums[j].effective(), means == null ? null : means[j], meanLetters[j],
                    percentBases[j]));
        }

        for (int r = 0; r < rows.size(); r++) {
            DraftRow row = rows.get(r);
            double[] percents = new double[k];
            for (int j = 0; j < k; j++) {
                percents[j] = percentBases[j] > 0 ? 100.0 * row.counts[j] / percentBases[j] : Double.NaN;
            }
            double[] residuals = null;
            String[] letters = null;
            double[] vsRest = null;
            if (options.statistics()) {
                residuals = new double[k];
                vsRest = new double[k];
                letters = new String[k];
                Arrays.fill(residuals, Double.NaN);
                Arrays.fill(vsRest, Double.NaN);
                Arrays.fill(letters, "");
                for (int g = 0; g < groups.size(); g++) {
                    significance.vsRest(row, groups.get(g), g, groupSums[g], colSums, residuals, vsRest);
                    significance.columnLetters(row, groups.get(g), colSums, letters);
                }
            }
            ChiSquare chi = singleQuestion || groups.isEmpty() ? null : rowChi.get(0).get(r);
            tableRows.add(new TableRow(row.label, row.counts, percents, chi, row.net, row.members, residuals,
                    letters, vsRest));
        }
        if (drafts.promoters != null && drafts.detractors != null) {
            tableRows.add(npsRow(drafts.promoters, drafts.detractors, colSums, k));
        }
        ChiSquare chi = columnGroups.size() == 1 ? columnGroups.get(0).chiSquare() : null;
        Question by = spec.banner().isEmpty() ? null : spec.banner().get(0);
        return new Crosstab(question, by, columns, tableRows, chi, w != null, columnGroups, options);
    }

    /**
     * What each column's percents are of: its (weighted) respondents; for a multi-response question with another
     * {@link CellOptions.MultiBase}, those of them who ticked an option, or the column's ticks.
     */
    private double[] percentBases(RespondentSums[] colSums, List<RespondentSet> columnSets, double[][] categoryCounts) {
        int k = colSums.length;
        double[] bases = new double[k];
        CellOptions.MultiBase multiBase = question.isMulti() ? options.multiBase() : CellOptions.MultiBase.RESPONDENTS;
        switch (multiBase) {
            case ANSWERING -> {
                RespondentSet ticked = DraftRows.union(question, java.util.stream.IntStream.range(0, question.categoryCount()).toArray());
                for (int j = 0; j < k; j++) {
                    bases[j] = w == null ? RespondentSet.countBoth(ticked, columnSets.get(j))
                            : RespondentSet.weightBoth(ticked, columnSets.get(j), w);
                }
            }
            case MENTIONS -> {
                for (double[] counts : categoryCounts) {
                    for (int j = 0; j < k; j++) {
                        bases[j] += counts[j];
                    }
                }
            }
            default -> {
                for (int j = 0; j < k; j++) {
                    bases[j] = colSums[j].w();
                }
            }
        }
        return bases;
    }

    /** A column's respondent sums from the last row of a multi-response question's option cells. */
    private RespondentSums rowSums(int count, WeightedCells optionCells, int column) {
        int all = question.categoryCount();
        return new RespondentSums(count, optionCells.w[all][column], optionCells.w2[all][column]);
    }

    private TableRow npsRow(DraftRow promoters, DraftRow detractors, RespondentSums[] colSums, int k) {
        double[] counts = new double[k];
        double[] percents = new double[k];
        for (int j = 0; j < k; j++) {
            counts[j] = promoters.counts[j] - detractors.counts[j];
            percents[j] = colSums[j].w() > 0 ? 100.0 * counts[j] / colSums[j].w() : Double.NaN;
        }
        List<String> members = new ArrayList<>(promoters.members);
        members.addAll(detractors.members);
        double[] nan = null;
        String[] none = null;
        if (options.statistics()) {
            nan = new double[k];
            Arrays.fill(nan, Double.NaN);
            none = new String[k];
            Arrays.fill(none, "");
        }
        return new TableRow(Messages.get(locale, "analysis.net.nps"), counts, percents, null, true, members, nan,
                none, nan);
    }
}
