package com.surveypivot.analysis;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.RespondentSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The banner groups of a {@link TableSpec} and their columns, before the columns are numbered. */
final class BannerGroups {
    private BannerGroups() {
    }

    static List<BannerGroup> of(TableSpec spec, CellOptions options, RespondentSet base) {
        List<BannerGroup> groups = new ArrayList<>();
        for (int i = 0; i < spec.banner().size(); i++) {
            Question by = spec.banner().get(i);
            if (i == 0 && spec.nest() != null) {
                Question inner = spec.nest();
                RespondentSet outerBase = base.and(CrosstabEngine.attributeBase(by))
                        .and(CrosstabEngine.attributeBase(inner));
                for (int a = 0; a < by.categoryCount(); a++) {
                    BannerGroup g = new BannerGroup();
                    g.name = by.categories().get(a);
                    g.attribute = inner;
                    g.outer = by;
                    g.base = outerBase.and(by.members(a));
                    addColumns(g, inner, options);
                    if (!(options.hideEmptyColumns() && g.sets.isEmpty())) {
                        groups.add(g);
                    }
                }
            } else {
                BannerGroup g = new BannerGroup();
                g.name = by.id();
                g.attribute = by;
                g.base = base.and(CrosstabEngine.attributeBase(by));
                addColumns(g, by, options);
                groups.add(g);
            }
        }
        return groups;
    }

    private static void addColumns(BannerGroup g, Question attribute, CellOptions options) {
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

    static void sortByTopBox(List<BannerGroup> groups, RespondentSet top, double[] w, double[] w2) {
        for (BannerGroup g : groups) {
            Integer[] order = new Integer[g.sets.size()];
            double[] share = new double[order.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
                RespondentSums all = RespondentSums.of(g.sets.get(i), g.sets.get(i), w, w2);
                RespondentSums inTop = RespondentSums.of(top, g.sets.get(i), w, w2);
                share[i] = all.w() > 0 ? inTop.w() / all.w() : Double.NEGATIVE_INFINITY;
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
}
