package com.surveypivot.notes;

import java.util.List;
import java.util.Map;

/**
 * The claims about one table or map, with the answers each NET named in them is made of (for the sentences).
 *
 * @param claims the claims in reading order
 * @param nets   NET name → its answer labels
 */
public record Findings(List<Claim> claims, Map<String, List<String>> nets) {
    public Findings {
        claims = List.copyOf(claims);
        nets = Map.copyOf(nets);
    }
}
