package org.innoport.indicators.composite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.innoport.indicators.CompositeFrameworkDefinition;
import org.innoport.indicators.CompositeNode;
import org.innoport.indicators.CompositeNodeKind;
import org.innoport.indicators.CompositeUnit;
import org.innoport.indicators.InvalidCompositeInputException;
import org.innoport.indicators.InvalidCompositeInputException.Problem;
import org.innoport.indicators.SubIndexRole;

/**
 * A validated framework tree, ready for computation: nodes indexed, children listed, a bottom-up order. Built only
 * through {@link #of}, which rejects a wrong tree with every problem found: a missing or duplicate code (an indicator
 * in two places), a weight that is not positive, an unknown parent, a cycle, not exactly one root, a child not deeper
 * than its parent, a node other than an indicator without children, a sub-index without a role.
 */
public final class Framework {

    private final CompositeFrameworkDefinition definition;
    private final List<CompositeNode> nodes;
    private final Map<String, Integer> index;
    private final int[][] children;
    private final int[] bottomUp;
    private final int root;

    private Framework(CompositeFrameworkDefinition definition, int[][] children, int[] bottomUp, int root) {
        this.definition = definition;
        this.nodes = definition.nodes();
        this.index = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i).code(), i);
        }
        this.children = children;
        this.bottomUp = bottomUp;
        this.root = root;
    }

    /** @throws InvalidCompositeInputException with every problem of a wrong tree */
    public static Framework of(CompositeFrameworkDefinition definition) {
        List<Problem> problems = new ArrayList<>();
        List<CompositeNode> nodes = definition.nodes();
        if (definition.code() == null || definition.code().isBlank()) {
            problems.add(new Problem("code", "indicators.composite.code-required"));
        }
        if (nodes.isEmpty()) {
            problems.add(new Problem("nodes", "indicators.composite.nodes-required"));
            throw new InvalidCompositeInputException(problems);
        }
        Map<String, Integer> first = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            CompositeNode node = nodes.get(i);
            String field = "nodes[" + i + "]";
            if (node == null || node.code() == null || node.code().isBlank()) {
                problems.add(new Problem(field + ".code", "indicators.composite.node.code-required", i + 1));
                continue;
            }
            Integer previous = first.putIfAbsent(node.code(), i);
            if (previous != null) {
                problems.add(new Problem(field + ".code", "indicators.composite.node.duplicate", node.code(),
                        String.valueOf(nodes.get(previous).parent()), String.valueOf(node.parent())));
            }
            if (node.kind() == null) {
                problems.add(new Problem(field + ".kind", "indicators.composite.node.kind-required", node.code()));
            }
            double weight = node.weightOrDefault();
            if (!(weight > 0) || Double.isInfinite(weight)) {
                problems.add(new Problem(field + ".weight", "indicators.composite.node.weight-positive", node.code(),
                        String.valueOf(weight)));
            }
            if (node.kind() == CompositeNodeKind.SUB_INDEX && node.role() == null) {
                problems.add(new Problem(field + ".role", "indicators.composite.node.role-required", node.code()));
            }
        }
        List<Integer> roots = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            CompositeNode node = nodes.get(i);
            if (node == null || node.code() == null || node.code().isBlank()) {
                continue;
            }
            if (node.parent() == null || node.parent().isBlank()) {
                roots.add(i);
            } else if (!first.containsKey(node.parent())) {
                problems.add(new Problem("nodes[" + i + "].parent", "indicators.composite.node.parent-unknown",
                        node.code(), node.parent()));
            } else {
                CompositeNode parent = nodes.get(first.get(node.parent()));
                if (node.kind() != null && parent.kind() != null && node.kind().ordinal() <= parent.kind().ordinal()) {
                    problems.add(new Problem("nodes[" + i + "].kind", "indicators.composite.node.level",
                            node.code(), node.kind(), parent.code(), parent.kind()));
                }
            }
        }
        reportCycles(nodes, first, problems);
        if (roots.size() != 1) {
            problems.add(new Problem("nodes", "indicators.composite.root-count", roots.size(),
                    String.join(", ", roots.stream().map(i -> nodes.get(i).code()).toList())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCompositeInputException(problems);
        }
        int[][] children = childrenOf(nodes, first);
        for (int i = 0; i < nodes.size(); i++) {
            CompositeNode node = nodes.get(i);
            boolean leaf = children[i].length == 0;
            if (leaf && node.kind() != CompositeNodeKind.INDICATOR) {
                problems.add(new Problem("nodes[" + i + "].kind", "indicators.composite.node.no-children",
                        node.code()));
            }
            if (!leaf && node.kind() == CompositeNodeKind.INDICATOR) {
                problems.add(new Problem("nodes[" + i + "].kind", "indicators.composite.node.indicator-not-leaf",
                        node.code()));
            }
        }
        int root = roots.getFirst();
        List<CompositeNode> subIndices = java.util.Arrays.stream(children[root]).mapToObj(nodes::get)
                .filter(n -> n.kind() == CompositeNodeKind.SUB_INDEX).toList();
        if (!subIndices.isEmpty() && (subIndices.size() != 2 || subIndices.size() != children[root].length
                || subIndices.stream().filter(n -> n.role() == SubIndexRole.INPUT).count() != 1
                || subIndices.stream().filter(n -> n.role() == SubIndexRole.OUTPUT).count() != 1)) {
            problems.add(new Problem("nodes", "indicators.composite.sub-indices", nodes.get(root).code()));
        }
        Set<String> units = new HashSet<>();
        for (int i = 0; i < definition.units().size(); i++) {
            CompositeUnit unit = definition.units().get(i);
            if (unit == null || unit.code() == null || unit.code().isBlank()) {
                problems.add(new Problem("units[" + i + "].code", "indicators.composite.unit.code-required", i + 1));
            } else if (!units.add(unit.code())) {
                problems.add(new Problem("units[" + i + "].code", "indicators.composite.unit.duplicate", unit.code()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCompositeInputException(problems);
        }
        List<Integer> order = new ArrayList<>();
        postOrder(root, children, order);
        return new Framework(definition, children, order.stream().mapToInt(Integer::intValue).toArray(), root);
    }

    private static void reportCycles(List<CompositeNode> nodes, Map<String, Integer> first, List<Problem> problems) {
        Set<Integer> reported = new HashSet<>();
        for (int start = 0; start < nodes.size(); start++) {
            List<Integer> path = new ArrayList<>();
            Integer current = start;
            while (current != null && !path.contains(current)) {
                path.add(current);
                CompositeNode node = nodes.get(current);
                current = node == null || node.parent() == null ? null : first.get(node.parent());
            }
            if (current != null && reported.add(current)) {
                List<Integer> cycle = path.subList(path.indexOf(current), path.size());
                cycle.forEach(reported::add);
                List<String> codes = new ArrayList<>(cycle.stream().map(i -> nodes.get(i).code()).toList());
                codes.add(nodes.get(current).code());
                problems.add(new Problem("nodes[" + current + "].parent", "indicators.composite.node.cycle",
                        String.join(" → ", codes)));
            }
        }
    }

    private static int[][] childrenOf(List<CompositeNode> nodes, Map<String, Integer> first) {
        List<List<Integer>> lists = new ArrayList<>();
        nodes.forEach(n -> lists.add(new ArrayList<>()));
        for (int i = 0; i < nodes.size(); i++) {
            String parent = nodes.get(i).parent();
            if (parent != null && !parent.isBlank()) {
                lists.get(first.get(parent)).add(i);
            }
        }
        return lists.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    private static void postOrder(int node, int[][] children, List<Integer> out) {
        for (int child : children[node]) {
            postOrder(child, children, out);
        }
        out.add(node);
    }

    public CompositeFrameworkDefinition definition() {
        return definition;
    }

    public List<CompositeNode> nodes() {
        return nodes;
    }

    public CompositeNode node(int i) {
        return nodes.get(i);
    }

    public int size() {
        return nodes.size();
    }

    /** Position of a node code, or -1. */
    public int indexOf(String code) {
        return index.getOrDefault(code, -1);
    }

    public int[] children(int node) {
        return children[node];
    }

    /** Every node, children before their parent. */
    public int[] bottomUp() {
        return bottomUp;
    }

    public int root() {
        return root;
    }

    /** The sub-index with this role directly under the root, or -1 when the index has no sub-indices. */
    public int subIndex(SubIndexRole role) {
        for (int child : children[root]) {
            if (nodes.get(child).kind() == CompositeNodeKind.SUB_INDEX && nodes.get(child).role() == role) {
                return child;
            }
        }
        return -1;
    }

    public boolean isIndicator(int node) {
        return nodes.get(node).kind() == CompositeNodeKind.INDICATOR;
    }
}
