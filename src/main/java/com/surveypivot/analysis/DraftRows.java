package com.surveypivot.analysis;

import com.surveypivot.i18n.Messages;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.RespondentSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A table's rows before their statistics: answers, then automatic NETs, then user NETs, each counted per column. */
final class DraftRows {
    private final Question question;
    private final CellOptions options;
    private final double[] w;
    private final WeightedCells cells;
    private final WeightedCells optionCells;
    private final List<RespondentSet> columnSets;
    private final List<BannerGroup> groups;
    private final RespondentSet total;
    /** The rows in table order. */
    List<DraftRow> rows = new ArrayList<>();
    /** Per answer, its counts per column, hidden rows included. */
    final double[][] categoryCounts;
    /** How many of {@link #rows} are answers. */
    int answerRows;
    DraftRow promoters;
    DraftRow detractors;

    DraftRows(Question question, CellOptions options, double[] w, WeightedCells cells, WeightedCells optionCells,
            List<RespondentSet> columnSets, List<BannerGroup> groups, RespondentSet total) {
        this.question = question;
        this.options = options;
        this.w = w;
        this.cells = cells;
        this.optionCells = optionCells;
        this.columnSets = columnSets;
        this.groups = groups;
        this.total = total;
        this.categoryCounts = new double[question.categoryCount()][];
    }

    DraftRows build(List<AutoNets.AutoNet> autoNets, List<Net> nets) {
        for (int c = 0; c < question.categoryCount(); c++) {
            DraftRow row = new DraftRow();
            row.label = question.categories().get(c);
            row.set = question.members(c);
            row.categories = new int[] {c};
            row.answer = true;
            row.notAPoint = TopBox.isNotAPoint(row.label);
            count(row);
            categoryCounts[c] = row.counts;
            if (options.hideEmptyRows() && (cells != null ? cells.n[c][0] : RespondentSet.countBoth(row.set, total)) == 0) {
                continue;
            }
            rows.add(row);
        }
        if (options.sort() == CellOptions.Sort.TOTAL) {
            List<DraftRow> points = new ArrayList<>(rows.stream().filter(r -> !r.notAPoint).toList());
            points.sort(Comparator.comparingDouble((DraftRow r) -> -r.counts[0]));
            points.addAll(rows.stream().filter(r -> r.notAPoint).toList());
            rows = points;
        }
        answerRows = rows.size();
        for (AutoNets.AutoNet auto : autoNets) {
            DraftRow row = netRow(auto.label(), union(question, auto.categories()), labels(auto.categories()));
            row.categories = auto.categories();
            count(row);
            rows.add(row);
            if (auto.kind() == AutoNets.Kind.PROMOTERS) {
                promoters = row;
            } else if (auto.kind() == AutoNets.Kind.DETRACTORS) {
                detractors = row;
            }
        }
        for (Net net : nets) {
            int[] cats = new int[net.members().size()];
            for (int i = 0; i < cats.length; i++) {
                cats[i] = indexOf(net.members().get(i));
                if (cats[i] < 0) {
                    throw new IllegalArgumentException(
                            Messages.get("analysis.error.netAnswer", net.name(), question.id(), net.members().get(i)));
                }
            }
            DraftRow row = netRow(net.name(), union(question, cats), net.members());
            row.categories = java.util.Arrays.stream(cats).distinct().toArray();
            count(row);
            rows.add(row);
        }
        return this;
    }

    private void count(DraftRow row) {
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

    private DraftRow netRow(String label, RespondentSet set, List<String> members) {
        DraftRow row = new DraftRow();
        row.label = label;
        row.set = set;
        row.net = true;
        row.members = members;
        return row;
    }

    /** The respondents who gave any of {@code categories}. */
    static RespondentSet union(Question question, int[] categories) {
        RespondentSet set = new RespondentSet(question.respondentCount());
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
}
