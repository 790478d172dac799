package com.surveypivot.workspace;

import java.util.List;
import java.util.Objects;

/**
 * A NET made in the table: some answers of the question merged into one row (a respondent counts once if they gave
 * any of them).
 *
 * @param name        the NET's label
 * @param members     the answers it merges, as displayed
 * @param placement   shown above or below its members
 * @param keepMembers whether the member answers stay shown beside the NET (else the NET shows instead of them)
 */
public record NetDefinition(String name, List<String> members, Placement placement, boolean keepMembers) {

    /** Where the NET row goes. */
    public enum Placement { ABOVE, BELOW }

    public NetDefinition {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || members == null || members.isEmpty()) {
            throw new IllegalArgumentException("a NET needs a name and at least one answer");
        }
        members = List.copyOf(members);
        placement = placement == null ? Placement.ABOVE : placement;
    }

    public NetDefinition withName(String newName) {
        return new NetDefinition(newName, members, placement, keepMembers);
    }

    public NetDefinition withPlacement(Placement newPlacement, boolean keep) {
        return new NetDefinition(name, members, newPlacement, keep);
    }
}
