package org.innoport.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.innoport.indicators.CompositeIndices.Format;
import org.innoport.indicators.composite.CompositeEngine;
import org.innoport.indicators.composite.DataTable;
import org.innoport.indicators.composite.Framework;
import org.innoport.indicators.composite.FrameworkTable;
import org.innoport.indicators.composite.ScoresTable;
import org.innoport.indicators.composite.Tables;

/**
 * {@code java -jar innoport.jar index compute --framework=F --data=D [--published=P] [--out=SCORES] [--lang=vi|en]
 * [--max-missing-share=0.5] [--skewness=2.25] [--kurtosis=3.5] [--max-winsorised=5] [--rank-decimals=2]}: computes a
 * composite index from files (CSV or XLSX, by extension; the same tables as the API and the pages) and writes every
 * node's score and rank for every unit to {@code --out} (or standard output), then exits with 0, or 1 on wrong input.
 * Like {@code admin create} it runs instead of the server; unlike it, it needs no database, so no Spring context
 * starts: the computation is the same pure engine the service runs.
 */
public final class IndexCommand {

    private static final String USAGE = """
            Usage: java -jar innoport.jar index compute --framework=FILE --data=FILE [--published=FILE] [--out=FILE]
                   [--lang=vi|en] [--max-missing-share=0.5] [--skewness=2.25] [--kurtosis=3.5] [--max-winsorised=5]
                   [--rank-decimals=2]
              FILE is .csv (UTF-8) or .xlsx. framework: code,parent,kind,name_vi,name_en,weight,direction,role (+ UNIT
              rows); data: unit, then one column per indicator; published: unit, then one column per node. Without
              --out the scores go to standard output.""";

    private IndexCommand() {
    }

    /** Whether the command line asks for an index command rather than the server. */
    public static boolean matches(String[] args) {
        return args.length > 0 && "index".equals(args[0]);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2 || !"compute".equals(args[1])) {
            err.println(USAGE);
            return 1;
        }
        Map<String, String> options = new java.util.HashMap<>();
        for (String arg : List.of(args).subList(2, args.length)) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                err.println("Unknown argument: " + arg);
                err.println(USAGE);
                return 1;
            }
            options.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        Locale locale = Locale.forLanguageTag(options.getOrDefault("lang", "en"));
        if (!options.containsKey("framework") || !options.containsKey("data")) {
            err.println("Missing --framework=FILE or --data=FILE");
            err.println(USAGE);
            return 1;
        }
        try {
            CompositeSettings settings = new CompositeSettings(number(options, "skewness"), number(options, "kurtosis"),
                    integer(options, "max-winsorised"), number(options, "max-missing-share"),
                    integer(options, "rank-decimals")).resolved();
            CompositeFrameworkDefinition definition = FrameworkTable.read(table(options.get("framework"), "framework"));
            Framework framework = Framework.of(definition);
            Map<String, Map<String, Double>> data = DataTable.read(table(options.get("data"), "data"));
            Map<String, Map<String, Double>> published = options.containsKey("published")
                    ? DataTable.read(table(options.get("published"), "published")) : Map.of();
            CompositeResult result = CompositeEngine.compute(framework,
                    new CompositeRunRequest(null, data, published, settings));
            List<List<String>> rows = ScoresTable.rows(definition.nodes(), result);
            String target = options.get("out");
            if (target == null) {
                write(rows, Format.CSV, out);
            } else {
                try (OutputStream file = Files.newOutputStream(Path.of(target))) {
                    write(rows, Format.of(target), file);
                }
            }
            PrintStream report = target == null ? err : out;
            report.printf(Locale.ROOT, "%s: %d units, %d nodes; outliers: %d winsorised, %d log-transformed%n",
                    definition.code(), result.units().size(), definition.nodes().size(),
                    result.treatments().stream().filter(t -> t.method().equals("WINSORISED")).count(),
                    result.treatments().stream().filter(t -> t.method().equals("LOG")).count());
            result.warnings().forEach(w -> report.println("warning: " + w));
            if (result.validation() != null && result.validation().largest() != null) {
                CompositeResult.Comparison largest = result.validation().largest();
                report.printf(Locale.ROOT, "published vs computed: %d scores compared, largest difference %.4f "
                                + "(unit %s, node %s)%n", result.validation().compared(), largest.difference(),
                        largest.unit(), largest.node());
            }
            if (target != null) {
                report.println("Scores written to " + target);
            }
            return 0;
        } catch (InvalidCompositeInputException e) {
            err.println("Not computed:");
            e.problems().forEach(p -> err.println("  - " + (p.field() == null ? "" : p.field() + ": ")
                    + message(p, locale)));
            return 1;
        } catch (IOException | RuntimeException e) {
            err.println("Not computed: " + e.getMessage());
            return 1;
        }
    }

    private static List<List<String>> table(String file, String sheet) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            return CompositeIndices.table(in, file, sheet);
        }
    }

    private static void write(List<List<String>> rows, Format format, OutputStream out) throws IOException {
        if (format == Format.CSV) {
            Tables.writeCsv(rows, out);
        } else {
            Tables.writeXlsx(Map.of("scores", rows), out);
        }
        out.flush();
    }

    private static String message(InvalidCompositeInputException.Problem problem, Locale locale) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n/indicators", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(bundle.getString(problem.messageKey()), locale).format(problem.args());
        } catch (MissingResourceException e) {
            return problem.messageKey();
        }
    }

    private static Double number(Map<String, String> options, String name) {
        String value = options.get(name);
        return value == null ? null : Double.valueOf(value);
    }

    private static Integer integer(Map<String, String> options, String name) {
        String value = options.get(name);
        return value == null ? null : Integer.valueOf(value);
    }
}
