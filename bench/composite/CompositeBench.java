import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.innoport.indicators.CompositeFrameworkDefinition;
import org.innoport.indicators.CompositeNode;
import org.innoport.indicators.CompositeNodeKind;
import org.innoport.indicators.CompositeResult;
import org.innoport.indicators.CompositeRunRequest;
import org.innoport.indicators.Direction;
import org.innoport.indicators.SubIndexRole;
import org.innoport.indicators.composite.CompositeEngine;
import org.innoport.indicators.composite.Framework;

/**
 * Times one composite index run (validation of the tree, outlier treatment, normalisation, aggregation, ranks and the
 * published-vs-computed comparison) over UNITS units x INDICATORS indicators, in-process, the way the service and the
 * CLI call the engine. Usage (from the worktree root, after ./mvnw -B -q compile):
 *   java -cp target/classes bench/composite/CompositeBench.java [units=200] [indicators=100] [runs=200]
 */
public class CompositeBench {

    public static void main(String[] args) {
        int units = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int indicators = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        CompositeFrameworkDefinition definition = framework(indicators);
        CompositeRunRequest request = data(definition, units);

        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        CompositeResult first = CompositeEngine.compute(Framework.of(definition), request);
        double cold = (System.nanoTime() - t0) / 1e6;
        double coldCpu = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        long t1 = System.nanoTime();
        CompositeEngine.compute(Framework.of(definition), request);
        double second = (System.nanoTime() - t1) / 1e6;
        for (int i = 0; i < runs; i++) {
            CompositeEngine.compute(Framework.of(definition), request);
        }
        double[] ms = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            CompositeEngine.compute(Framework.of(definition), request);
            ms[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        long treated = first.treatments().stream().filter(t -> !t.method().equals("NONE")).count();
        System.out.printf("units=%d indicators=%d nodes=%d outlier-treated=%d runs=%d%n", units, indicators,
                definition.nodes().size(), treated, runs);
        System.out.printf("first run (cold JVM): %.1f ms wall, %.1f ms CPU; second run: %.1f ms wall%n", cold, coldCpu,
                second);
        System.out.printf("warm, wall time: min %.2f ms, median %.2f ms, p95 %.2f ms, max %.2f ms%n", ms[0], ms[runs / 2],
                ms[(int) Math.ceil(runs * 0.95) - 1], ms[runs - 1]);
        System.out.printf("warm, CPU time of the run's thread: median %.2f ms, p95 %.2f ms%n", cpu[runs / 2],
                cpu[(int) Math.ceil(runs * 0.95) - 1]);
    }

    /** Index -> input/output -> 7 pillars (5 input, 2 output) -> 3 sub-pillars each -> the indicators spread over them. */
    static CompositeFrameworkDefinition framework(int indicators) {
        List<CompositeNode> nodes = new ArrayList<>();
        nodes.add(new CompositeNode("X", null, CompositeNodeKind.INDEX, "X", null, null, null, null));
        nodes.add(new CompositeNode("IN", "X", CompositeNodeKind.SUB_INDEX, "IN", null, null, null, SubIndexRole.INPUT));
        nodes.add(new CompositeNode("OUT", "X", CompositeNodeKind.SUB_INDEX, "OUT", null, null, null, SubIndexRole.OUTPUT));
        List<String> subPillars = new ArrayList<>();
        for (int p = 1; p <= 7; p++) {
            nodes.add(new CompositeNode("P" + p, p <= 5 ? "IN" : "OUT", CompositeNodeKind.PILLAR, "P" + p, null, null,
                    null, null));
            for (int s = 1; s <= 3; s++) {
                String code = "P" + p + "." + s;
                nodes.add(new CompositeNode(code, "P" + p, CompositeNodeKind.SUB_PILLAR, code, null, null, null, null));
                subPillars.add(code);
            }
        }
        for (int i = 0; i < indicators; i++) {
            nodes.add(new CompositeNode("i" + i, subPillars.get(i % subPillars.size()), CompositeNodeKind.INDICATOR,
                    "i" + i, null, i % 9 == 4 ? 0.5 : null, i % 7 == 3 ? Direction.LOWER : Direction.HIGHER, null));
        }
        return new CompositeFrameworkDefinition("X", "bench", nodes, List.of());
    }

    /** Normal, uniform and heavy-tailed indicators, 4 % missing, and published overall scores to compare. */
    static CompositeRunRequest data(CompositeFrameworkDefinition definition, int units) {
        Random random = new Random(42);
        Map<String, Map<String, Double>> values = new LinkedHashMap<>();
        Map<String, Map<String, Double>> published = new LinkedHashMap<>();
        List<CompositeNode> leaves = definition.nodes().stream().filter(n -> n.kind() == CompositeNodeKind.INDICATOR)
                .toList();
        for (int u = 0; u < units; u++) {
            Map<String, Double> row = new LinkedHashMap<>();
            for (int i = 0; i < leaves.size(); i++) {
                if (random.nextDouble() < 0.04) {
                    continue;
                }
                double v = switch (i % 3) {
                    case 0 -> 50 + 12 * random.nextGaussian();
                    case 1 -> 100 * random.nextDouble();
                    default -> Math.exp(1 + 1.5 * random.nextGaussian());
                };
                row.put(leaves.get(i).code(), v);
            }
            values.put("U" + u, row);
            published.put("U" + u, Map.of("X", 50.0));
        }
        return new CompositeRunRequest("bench", values, published, null);
    }
}
