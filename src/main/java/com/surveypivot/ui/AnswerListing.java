package com.surveypivot.ui;

import com.surveypivot.workspace.AnswerLayout;
import com.surveypivot.workspace.NetDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of the answers pane: the question's answers in the chosen order (hidden ones too, marked), each NET above
 * or below its members.
 *
 * @param label  the answer or the NET's name
 * @param net    whether it is a NET
 * @param hidden whether it is hidden
 * @param score  the score set for it, or null for the default
 */
record AnswerListing(String label, boolean net, boolean hidden, Double score) {

    static List<AnswerListing> of(List<String> categories, AnswerLayout layout) {
        List<AnswerListing> out = new ArrayList<>();
        for (String label : ordered(categories, layout)) {
            out.add(new AnswerListing(label, false, layout.hidden().contains(label), layout.scores().get(label)));
        }
        for (NetDefinition net : layout.nets()) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < out.size(); i++) {
                if (!out.get(i).net() && net.members().contains(out.get(i).label())) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            int at = first < 0 ? out.size() : net.placement() == NetDefinition.Placement.ABOVE ? first : last + 1;
            out.add(at, new AnswerListing(net.name(), true, layout.hidden().contains(net.name()), null));
        }
        return out;
    }

    /** The categories in the layout's order, the ones it does not name after them. */
    static List<String> ordered(List<String> categories, AnswerLayout layout) {
        List<String> out = new ArrayList<>();
        for (String label : layout.order()) {
            if (categories.contains(label) && !out.contains(label)) {
                out.add(label);
            }
        }
        for (String label : categories) {
            if (!out.contains(label)) {
                out.add(label);
            }
        }
        return out;
    }
}
