package org.sitrep.spark;

import java.util.HashMap;
import java.util.Map;

/** Connected components over string nodes; a component is named by its smallest node. Not thread-safe. */
final class UnionFind {
    private final Map<String, String> parent = new HashMap<>();

    void union(String a, String b) {
        String ra = find(a);
        String rb = find(b);
        if (!ra.equals(rb)) {
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }

    String find(String node) {
        String root = node;
        while (true) {
            String up = parent.get(root);
            if (up == null) {
                break;
            }
            root = up;
        }
        // Path compression keeps later finds short.
        String walk = node;
        while (!walk.equals(root)) {
            String up = parent.get(walk);
            parent.put(walk, root);
            walk = up;
        }
        return root;
    }

    /** Every node seen in a union, with its component. */
    Map<String, String> components() {
        Map<String, String> out = new HashMap<>();
        for (String node : new java.util.ArrayList<>(parent.keySet())) {
            out.put(node, find(node));
        }
        for (String root : new java.util.HashSet<>(out.values())) {
            out.put(root, root);
        }
        return out;
    }
}
