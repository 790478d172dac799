package com.surveypivot.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One story, one finding: where a segment's box (a NET such as the top-2 box) is a finding, the answers of that box
 * moving the same way, and the opposite box (disjoint answers) moving the other way, say the same thing; they are
 * folded into the stronger box finding. Folded findings stay in the test count; they are just not listed.
 */
final class StoryFolding {
    private StoryFolding() {
    }

    static List<Finding> fold(List<Finding> findings) {
        List<Finding> boxes = findings.stream().filter(f -> Finding.CELL.equals(f.kind()) && f.net()).toList();
        if (boxes.isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (!folded(f, boxes)) {
                out.add(f);
            }
        }
        return out;
    }

    private static boolean folded(Finding f, List<Finding> boxes) {
        if (!Finding.CELL.equals(f.kind())) {
            return false;
        }
        for (Finding box : boxes) {
            if (box == f || box.question() != f.question() || box.attribute() != f.attribute()
                    || !Objects.equals(box.segment(), f.segment())) {
                continue;
            }
            boolean same = Math.signum(box.gap()) == Math.signum(f.gap());
            if (!f.net() && same && box.members().contains(f.answer())) {
                return true;
            }
            boolean opposite = f.net() && !same && f.members().stream().noneMatch(box.members()::contains);
            if (opposite && Math.abs(box.gap()) > Math.abs(f.gap())) {
                return true;
            }
        }
        return false;
    }
}
