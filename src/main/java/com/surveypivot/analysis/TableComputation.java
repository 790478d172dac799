package com.surveypivot.analysis;

import com.surveypivot.i18n.Messages;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.RespondentSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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

    /** A banner group before its columns are final. */
    private static final class Group {
        String name;
        Question attribute;
        Question outer;
        RespondentSet base;
        final List<String> labels = new ArrayList<>();
        final List<RespondentSet> sets = new ArrayList<>();
        final List<Integer> categories = new ArrayList<>();
        int from;
        int to;
    }

    /** A row before its statistics. */
    private static final class RowDef {
        String label;
        RespondentSet set;
        int[] categories;
        boolean net;
        List<String> members = List.of();
        boolean answer;
        boolean notAPoint;
        double[] counts;
        double[] groupCounts;
        boolean nps;
    }

    /** Sums over one set of respondents. */
    private record Sums(int n, double w, double w2) {
        double effective() {
            return w2 > 0 ? w * w / w2 : 0;
        }
    }

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
        List<Group> groups = groups(base);
        RespondentSet total;
        if (spec.banner().isEmpty()) {
            total = base;
        } else {
            total = new RespondentSet(n);
            for (Group g : groups) {
                total = total.or(g.base);
            }
        }
        List<AutoNets.AutoNet> autoNets = options.autoNets() ? AutoNets.of(question, locale) : List.of();
        if (options.sort() == CellOptions.Sort.TOP_BOX) {
            // the top box orders the columns whether or not its NET rows are shown
            List<AutoNets.AutoNet> boxes = options.autoNets() ? autoNets : AutoNets.of(question, locale);
            if (!boxes.isEmpty()) {
                sortByTopBox(groups, union(boxes.get(0).categories()));
            }
        }

        // columns: Total, then each group's
        List<RespondentSet> columnSets = new ArrayList<>();
        List<Group> columnGroup = new ArrayList<>();
        columnSets.add(total);
        columnGroup.add(null);
        for (Group g : groups) {
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
        Sums[] colSums = new Sums[k];
        for (int j = 0; j < k; j++) {
            colSums[j] = optionCells != null ? rowSums(columnSets.get(j).count(), optionCells, j)
                    : cells == null ? sums(columnSets.get(j), columnSets.get(j))
                    : w == null ? sums(columnSets.get(j), columnSets.get(j))
                    : cellSums(columnSets.get(j).count(), cells.w, cells.w2, j);
        }
        Sums[] groupSums = new Sums[groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            RespondentSet gb = groups.get(g).base;
            groupSums[g] = gb.equals(total) ? colSums[0]
                    : optionCells != null ? new Sums(gb.count(), optionCells.groupW[question.categoryCount()][g],
                            optionCells.groupW2[question.categoryCount()][g])
                    : cells == null || w == null ? sums(gb, gb) : cellSums(gb.count(), cells.groupW, cells.groupW2, g);
        }

        // rows: answers, then automatic NETs, then user NETs
        List<RowDef> rows = new ArrayList<>();
        double[][] categoryCounts = new double[question.categoryCount()][];
        for (int c = 0; c < question.categoryCount(); c++) {
            RowDef row = new RowDef();
            row.label = question.categories().get(c);
            row.set = question.members(c);
            row.categories = new int[] {c};
            row.answer = true;
            row.notAPoint = TopBox.isNotAPoint(row.label);
            count(row, columnSets, groups, total);
            categoryCounts[c] = row.counts;
            if (options.hideEmptyRows() && (cells != null ? cells.n[c][0] : RespondentSet.countBoth(row.set, total)) == 0) {
                continue;
            }
            rows.add(row);
        }
        if (options.sort() == CellOptions.Sort.TOTAL) {
            List<RowDef> points = new ArrayList<>(rows.stream().filter(r -> !r.notAPoint).toList());
            points.sort(Comparator.comparingDouble((RowDef r) -> -r.counts[0]));
            points.addAll(rows.stream().filter(r -> r.notAPoint).toList());
            rows = points;
        }
        int answerRows = rows.size();
        RowDef promoters = null;
        RowDef detractors = null;
        for (AutoNets.AutoNet auto : autoNets) {
            RowDef row = netRow(auto.label(), union(auto.categories()), labels(auto.categories()));
            row.categories = auto.categories();
            count(row, columnSets, groups, total);
            rows.add(row);
            if (auto.kind() == AutoNets.Kind.PROMOTERS) {
                promoters = row;
            } else if (auto.kind() == AutoNets.Kind.DETRACTORS) {
                detractors = row;
            }
        }
        for (Net net : spec.nets()) {
            int[] cats = new int[net.members().size()];
            for (int i = 0; i < cats.length; i++) {
                cats[i] = indexOf(net.members().get(i));
                if (cats[i] < 0) {
                    throw new IllegalArgumentException(
                            Messages.get("analysis.error.netAnswer", net.name(), question.id(), net.members().get(i)));
                }
            }
            RowDef row = netRow(net.name(), union(cats), net.members());
            row.categories = java.util.Arrays.stream(cats).distinct().toArray();
            count(row, columnSets, groups, total);
            rows.add(row);
        }

        // per-column sums, percents and means
        List<TableRow> tableRows = new ArrayList<>();
        boolean singleQuestion = !question.isMulti();
        List<ColumnGroup> columnGroups = new ArrayList<>();
        List<List<ChiSquare>> rowChi = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            double scale = chiScale(groupSums[g]);
            ChiSquare chi = null;
            List<ChiSquare> perRow = new ArrayList<>();
            boolean singleBy = !group.attribute.isMulti() && (group.outer == null || !group.outer.isMulti());
            if (singleBy && singleQuestion && group.to - group.from > 0) {
                double[][] observed = new double[answerRows][group.to - group.from];
                for (int r = 0; r < answerRows; r++) {
                    for (int j = group.from; j < group.to; j++) {
                        observed[r][j - group.from] = rows.get(r).counts[j] * scale;
                    }
                }
                chi = answerRows > 0 ? SignificanceTests.pearson(observed) : null;
            }
            for (RowDef row : rows) {
                ChiSquare rc = null;
                if (!singleQuestion && singleBy && row.answer && group.to - group.from >= 2) {
                    double[][] observed = new double[2][group.to - group.from];
                    for (int j = group.from; j < group.to; j++) {
                        observed[0][j - group.from] = row.counts[j] * scale;
                        observed[1][j - group.from] = Math.max(0, colSums[j].w - row.counts[j]) * scale;
                    }
                    rc = SignificanceTests.pearson(observed);
                }
                perRow.add(rc);
            }
            rowChi.add(perRow);
            columnGroups.add(new ColumnGroup(group.name, group.attribute, group.outer, group.from, group.to,
                    groupSums[g].w, groupSums[g].n, chi, singleQuestion ? List.of() : perRow));
        }

        MeanScore[] means = number && keys != null
                ? KeyedMeans.compute(question.numbers(), baseCodes, w, keys, k, from, groupCategories)
                : cells == null || number ? MeanScores.compute(question, options.scores(), columnSets, w, w2)
                : MeanScores.fromCells(question, options.scores(), cells.n, cells.w, cells.w2);
        String[] meanLetters = new String[k];
        Arrays.fill(meanLetters, "");
        if (options.statistics() && means != null) {
            for (Group g : groups) {
                meanLetters(g, means, meanLetters);
            }
        }

        double[] percentBases = percentBases(colSums, columnSets, categoryCounts);
        List<TableColumn> columns = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            Group g = columnGroup.get(j);
            String label = j == 0 ? CrosstabEngine.TOTAL : g.labels.get(j - g.from);
            String letter = j == 0 ? null : ColumnTests.letter(j - g.from);
            columns.add(new TableColumn(label, colSums[j].w, colSums[j].n, j == 0, g == null ? null : g.name, letter,
                    colSums[j].w, colSums[j].effective(), means == null ? null : means[j], meanLetters[j], percentBases[j]));
        }

        for (int r = 0; r < rows.size(); r++) {
            RowDef row = rows.get(r);
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
                    vsRest(row, groups.get(g), g, groupSums[g], colSums, residuals, vsRest);
                    columnLetters(row, groups.get(g), colSums, letters);
                }
            }
            ChiSquare chi = singleQuestion || groups.isEmpty() ? null : rowChi.get(0).get(r);
            tableRows.add(new TableRow(row.label, row.counts, percents, chi, row.net, row.members, residuals,
                    letters, vsRest));
        }
        if (promoters != null && detractors != null) {
            tableRows.add(npsRow(promoters, detractors, colSums, k));
        }
        ChiSquare chi = columnGroups.size() == 1 ? columnGroups.get(0).chiSquare() : null;
        Question by = spec.banner().isEmpty() ? null : spec.banner().get(0);
        return new Crosstab(question, by, columns, tableRows, chi, w != null, columnGroups, options);
    }

    /**
     * What each column's percents are of: its (weighted) respondents; for a multi-response question with another
     * {@link CellOptions.MultiBase}, those of them who ticked an option, or the column's ticks.
     */
    private double[] percentBases(Sums[] colSums, List<RespondentSet> columnSets, double[][] categoryCounts) {
        int k = colSums.length;
        double[] bases = new double[k];
        CellOptions.MultiBase multiBase = question.isMulti() ? options.multiBase() : CellOptions.MultiBase.RESPONDENTS;
        switch (multiBase) {
            case ANSWERING -> {
                RespondentSet ticked = union(java.util.stream.IntStream.range(0, question.categoryCount()).toArray());
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
                    bases[j] = colSums[j].w;
                }
            }
        }
        return bases;
    }

    private List<Group> groups(RespondentSet base) {
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < spec.banner().size(); i++) {
            Question by = spec.banner().get(i);
            if (i == 0 && spec.nest() != null) {
                Question inner = spec.nest();
                RespondentSet outerBase = base.and(CrosstabEngine.attributeBase(by))
                        .and(CrosstabEngine.attributeBase(inner));
                for (int a = 0; a < by.categoryCount(); a++) {
                    Group g = new Group();
                    g.name = by.categories().get(a);
                    g.attribute = inner;
                    g.outer = by;
                    g.base = outerBase.and(by.members(a));
                    addColumns(g, inner);
                    if (!(options.hideEmptyColumns() && g.sets.isEmpty())) {
                        groups.add(g);
                    }
                }
            } else {
                Group g = new Group();
                g.name = by.id();
                g.attribute = by;
                g.base = base.and(CrosstabEngine.attributeBase(by));
                addColumns(g, by);
                groups.add(g);
            }
        }
        return groups;
    }

    private void addColumns(Group g, Question attribute) {
        for (int c = 0; c < attribute.categoryCount(); c++) {
            RespondentSet set = attribute.members(c).and(g.base);
            if (options.hideEmptyColumns() && set.isEmpty()) {
                continue;
            }
            g.labels.add(attribute.categories().get(c));
            g.sets.add(set);
            g.categories.add(c);
        }
    }

    private void sortByTopBox(List<Group> groups, RespondentSet top) {
        for (Group g : groups) {
            Integer[] order = new Integer[g.sets.size()];
            double[] share = new double[order.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
                Sums all = sums(g.sets.get(i), g.sets.get(i));
                Sums inTop = sums(top, g.sets.get(i));
                share[i] = all.w > 0 ? inTop.w / all.w : Double.NEGATIVE_INFINITY;
            }
            Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -share[i]));
            List<String> labels = new ArrayList<>();
            List<RespondentSet> sets = new ArrayList<>();
            List<Integer> categories = new ArrayList<>();
            for (int i : order) {
                labels.add(g.labels.get(i));
                sets.add(g.sets.get(i));
                categories.add(g.categories.get(i));
            }
            g.labels.clear();
            g.labels.addAll(labels);
            g.sets.clear();
            g.sets.addAll(sets);
            g.categories.clear();
            g.categories.addAll(categories);
        }
    }

    private Sums sums(RespondentSet a, RespondentSet b) {
        int count = RespondentSet.countBoth(a, b);
        if (w == null) {
            return new Sums(count, count, count);
        }
        return new Sums(count, RespondentSet.weightBoth(a, b, w), RespondentSet.weightBoth(a, b, w2));
    }

    private static Sums cellSums(int count, double[][] sum, double[][] sum2, int column) {
        double a = 0;
        double b = 0;
        for (int c = 0; c < sum.length; c++) {
            a += sum[c][column];
            b += sum2[c][column];
        }
        return new Sums(count, a, b);
    }

    /** A column's respondent sums from the last row of a multi-response question's option cells. */
    private Sums rowSums(int count, WeightedCells optionCells, int column) {
        int all = question.categoryCount();
        return new Sums(count, optionCells.w[all][column], optionCells.w2[all][column]);
    }

    private void count(RowDef row, List<RespondentSet> columnSets, List<Group> groups, RespondentSet total) {
        int k = columnSets.size();
        if (optionCells != null && row.answer) {
            int c = row.categories[0];
            row.counts = optionCells.w[c].clone();
            row.groupCounts = optionCells.groupW[c].clone();
            return;
        }
        if (cells != null && row.categories != null) {
            row.counts = new double[k];
            row.groupCounts = new double[groups.size()];
            for (int c : row.categories) {
                for (int j = 0; j < k; j++) {
                    row.counts[j] += cells.w[c][j];
                }
                for (int g = 0; g < groups.size(); g++) {
                    row.groupCounts[g] += cells.groupW[c][g];
                }
            }
            return;
        }
        row.counts = new double[k];
        for (int j = 0; j < k; j++) {
            row.counts[j] = w == null ? RespondentSet.countBoth(row.set, columnSets.get(j))
                    : RespondentSet.weightBoth(row.set, columnSets.get(j), w);
        }
        row.groupCounts = new double[groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            RespondentSet gb = groups.get(g).base;
            row.groupCounts[g] = gb.equals(total) ? row.counts[0]
                    : w == null ? RespondentSet.countBoth(row.set, gb) : RespondentSet.weightBoth(row.set, gb, w);
        }
    }

    private RowDef netRow(String label, RespondentSet set, List<String> members) {
        RowDef row = new RowDef();
        row.label = label;
        row.set = set;
        row.net = true;
        row.members = members;
        return row;
    }

    private RespondentSet union(int[] categories) {
        RespondentSet set = new RespondentSet(n);
        for (int c : categories) {
            set = set.or(question.members(c));
        }
        return set;
    }

    private List<String> labels(int[] categories) {
        List<String> out = new ArrayList<>();
        for (int c : categories) {
            out.add(question.categories().get(c));
        }
        return out;
    }

    private int indexOf(String label) {
        int c = question.indexOf(label);
        if (c >= 0) {
            return c;
        }
        for (int i = 0; i < question.categoryCount(); i++) {
            if (question.categories().get(i).strip().equals(label.strip())) {
                return i;
            }
        }
        return -1;
    }

    /** Weighted counts are rescaled so that the group's total is its Kish effective base. */
    private double chiScale(Sums group) {
        return w == null || !(group.w > 0) ? 1 : group.effective() / group.w;
    }

    /** Each column against the rest of its group: z (the adjusted residual) and its two-sided p. */
    private void vsRest(RowDef row, Group g, int gi, Sums groupSums, Sums[] colSums, double[] residuals,
            double[] vsRest) {
        for (int j = g.from; j < g.to; j++) {
            Sums col = colSums[j];
            double restW = groupSums.w - col.w;
            double restW2 = groupSums.w2 - col.w2;
            if (!(col.w > 0) || !(restW > 1e-12 * groupSums.w) || !(restW2 > 0)) {
                continue;
            }
            double p1 = clamp(row.counts[j] / col.w);
            double p2 = clamp((row.groupCounts[gi] - row.counts[j]) / restW);
            double z = ColumnTests.proportionZ(p1, col.effective(), p2, restW * restW / restW2);
            residuals[j] = z;
            vsRest[j] = ColumnTests.normalP(z);
        }
    }

    /** SPSS-style column letters: a cell gets the letter of every column of its group it is significantly above. */
    private void columnLetters(RowDef row, Group g, Sums[] colSums, String[] letters) {
        int eligible = 0;
        for (int j = g.from; j < g.to; j++) {
            if (colSums[j].n >= options.minBase() && colSums[j].w > 0) {
                eligible++;
            }
        }
        double comparisons = options.bonferroni() ? eligible * (eligible - 1) / 2.0 : 1;
        StringBuilder[] out = new StringBuilder[g.to - g.from];
        for (int a = g.from; a < g.to; a++) {
            out[a - g.from] = new StringBuilder();
        }
        for (int a = g.from; a < g.to; a++) {
            for (int b = g.from; b < g.to; b++) {
                if (a == b || colSums[a].n < options.minBase() || colSums[b].n < options.minBase()
                        || !(colSums[a].w > 0) || !(colSums[b].w > 0)) {
                    continue;
                }
                double pa = row.counts[a] / colSums[a].w;
                double pb = row.counts[b] / colSums[b].w;
                if (!(pa > pb) || isZeroOrOne(pa) || isZeroOrOne(pb)) {
                    continue;
                }
                double z = ColumnTests.proportionZ(pa, colSums[a].effective(), pb, colSums[b].effective());
                mark(out[a - g.from], ColumnTests.normalP(z) * comparisons, b - g.from);
            }
        }
        for (int a = g.from; a < g.to; a++) {
            letters[a] = out[a - g.from].toString();
        }
    }

    private void meanLetters(Group g, MeanScore[] means, String[] letters) {
        int eligible = 0;
        for (int j = g.from; j < g.to; j++) {
            if (means[j] != null && means[j].n() >= options.minBase()) {
                eligible++;
            }
        }
        double comparisons = options.bonferroni() ? eligible * (eligible - 1) / 2.0 : 1;
        for (int a = g.from; a < g.to; a++) {
            StringBuilder sb = new StringBuilder();
            for (int b = g.from; b < g.to; b++) {
                MeanScore ma = means[a];
                MeanScore mb = means[b];
                if (a == b || ma == null || mb == null || ma.n() < options.minBase() || mb.n() < options.minBase()
                        || !(ma.mean() > mb.mean())) {
                    continue;
                }
                double[] t = ColumnTests.meanT(ma.mean(), ma.sd(), ma.effectiveN(), mb.mean(), mb.sd(),
                        mb.effectiveN());
                if (t != null) {
                    mark(sb, ColumnTests.studentP(t[0], t[1]) * comparisons, b - g.from);
                }
            }
            letters[a] = sb.toString();
        }
    }

    private void mark(StringBuilder sb, double p, int other) {
        if (Double.isNaN(p)) {
            return;
        }
        String letter = ColumnTests.letter(other);
        if (p < 1 - options.strictLevel()) {
            sb.append(letter);
        } else if (p < 1 - options.level()) {
            sb.append(letter.toLowerCase(Locale.ROOT));
        }
    }

    private TableRow npsRow(RowDef promoters, RowDef detractors, Sums[] colSums, int k) {
        double[] counts = new double[k];
        double[] percents = new double[k];
        for (int j = 0; j < k; j++) {
            counts[j] = promoters.counts[j] - detractors.counts[j];
            percents[j] = colSums[j].w > 0 ? 100.0 * counts[j] / colSums[j].w : Double.NaN;
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

    private static boolean isZeroOrOne(double p) {
        return p <= 1e-12 || p >= 1 - 1e-12;
    }

    private static double clamp(double p) {
        return Math.max(0, Math.min(1, p));
    }
}
