import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.innoport.InnoPortApplication;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.Ordered;

/**
 * Tasks benchmark (issue 5). Starts the application in this JVM (demo profile, throw-away embedded PostgreSQL),
 * generates N workflow tasks with budget lines and M disbursements plus registry records with bulk SQL
 * (bench/tasks/generate.sql), then measures through the real HTTP API with a Bearer token:
 * <ul>
 * <li>the task list {@code /api/v1/tasks} with three filters (programme, status, year), a sort and a page: server
 * time (a servlet filter in front of every other filter) and the SQL statements each request executed (a counting
 * proxy around the application's DataSource, attributed to the request's thread);</li>
 * <li>the portfolio report by year × source × programme {@code /api/v1/tasks/portfolio?groupBy=year,source,programme};</li>
 * <li>beside it, a naive version written here: load the tasks, then one query per task for its budget lines.</li>
 * </ul>
 * Run with bench/tasks/run.sh; writes docs/benchmarks-tasks.md.
 */
public class TasksBenchmark {

    /** SQL executed by the current request's thread; null outside measured requests. */
    static final ThreadLocal<List<String>> CAPTURE = new ThreadLocal<>();
    static final AtomicLong ALL_STATEMENTS = new AtomicLong();
    static final Map<String, Sample> SAMPLES = new ConcurrentHashMap<>();

    record Sample(long nanos, List<String> sql) {
    }

    static final int PORT = Integer.parseInt(System.getProperty("bench.port", "8186"));
    static final int PG_PORT = Integer.parseInt(System.getProperty("bench.pgPort", "54386"));

    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int disbursements = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int listCalls = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        int portfolioCalls = args.length > 3 ? Integer.parseInt(args[3]) : 40;
        int naiveRuns = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        Path report = Path.of(args.length > 5 ? args[5] : "docs/benchmarks-tasks.md");
        int registry = Math.max(1, tasks / 5);
        String load = loadAverage();

        ConfigurableApplicationContext context = new SpringApplicationBuilder(InnoPortApplication.class)
                .web(WebApplicationType.SERVLET)
                .initializers(ctx -> {
                    ctx.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                        @Override
                        public Object postProcessAfterInitialization(Object bean, String name) {
                            return bean instanceof DataSource ds && !Proxy.isProxyClass(bean.getClass())
                                    ? counting(ds) : bean;
                        }
                    });
                    ((GenericApplicationContext) ctx).registerBean("benchRequestProbe", FilterRegistrationBean.class,
                            () -> {
                                FilterRegistrationBean<Filter> probe = new FilterRegistrationBean<>(new Probe());
                                probe.setOrder(Ordered.HIGHEST_PRECEDENCE);
                                probe.addUrlPatterns("/api/*");
                                return probe;
                            });
                })
                .run("--spring.profiles.active=demo", "--innoport.database.embedded.data-directory=",
                        "--innoport.database.embedded.port=" + PG_PORT, "--server.port=" + PORT,
                        "--logging.level.root=WARN", "--logging.level.org.innoport=INFO",
                        "--spring.main.banner-mode=off");
        StringBuilder out = new StringBuilder();
        try {
            DataSource dataSource = context.getBean(DataSource.class);
            long t0 = System.nanoTime();
            generate(dataSource, tasks, disbursements, registry);
            double generateSeconds = (System.nanoTime() - t0) / 1e9;
            Map<String, Long> counts = counts(dataSource);
            System.out.println("generated in " + Math.round(generateSeconds) + " s: " + counts);

            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            String token = token(http);

            // parameters of the list: programme × status × year combinations that have rows
            List<String[]> combos = new ArrayList<>();
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                 var rs = s.executeQuery("""
                         select programme_id, status, extract(year from approved_at at time zone 'Asia/Ho_Chi_Minh')::int,
                                count(*) from tasks.tasks where code like 'NV.%.B%'
                         group by 1, 2, 3 order by 4 desc""")) {
                while (rs.next() && (combos.size() < 10 || rs.getLong(4) >= 100)) {
                    combos.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
            Random random = new Random(5);
            List<String> listUrls = new ArrayList<>();
            for (int i = 0; i < 30 + listCalls; i++) {
                String[] c = combos.get(random.nextInt(combos.size()));
                listUrls.add("/api/v1/tasks?programme=" + c[0] + "&status=" + c[1] + "&year=" + c[2]
                        + "&sort=approvedAt,desc&page=" + random.nextInt(5) + "&size=20");
            }
            Measured list = measure(http, token, listUrls, 30, "\"items\"");

            String portfolioUrl = "/api/v1/tasks/portfolio?groupBy=year,source,programme&from=2013&to=2026";
            List<String> portfolioUrls = new ArrayList<>();
            for (int i = 0; i < 5 + portfolioCalls; i++) {
                portfolioUrls.add(portfolioUrl);
            }
            Measured portfolio = measure(http, token, portfolioUrls, 5, "\"totals\"");
            String body = get(http, token, portfolioUrl).body();
            long apiTotal = number(body, "\"totals\":\\{[^}]*?\"total\":(\\d+)");
            long apiTasks = number(body, "\"totals\":\\{[^}]*?\"tasks\":(\\d+)");
            int apiRows = body.split("\"key\":").length - 2; // minus the part before the first row and the totals

            // the naive version, same figures: tasks first, then one query per task for its budget lines
            long[] naive = new long[naiveRuns];
            NaiveResult naiveResult = null;
            for (int i = 0; i < naiveRuns; i++) {
                long start = System.nanoTime();
                naiveResult = naive(dataSource);
                naive[i] = System.nanoTime() - start;
            }
            Arrays.sort(naive);

            // per-request statements, grouped
            Map<Integer, Integer> listHistogram = new TreeMap<>();
            list.statements.forEach(n -> listHistogram.merge(n, 1, Integer::sum));
            Map<Integer, Integer> portfolioHistogram = new TreeMap<>();
            portfolio.statements.forEach(n -> portfolioHistogram.merge(n, 1, Integer::sum));

            double naiveP50 = ms(naive[(naive.length - 1) / 2]);
            double portfolioP50 = ms(pct(portfolio.server, 50));
            String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").format(Instant.now().atOffset(ZoneOffset.UTC));
            out.append("# Tasks benchmarks (issue 5)\n\n")
                    .append("Generated by `bench/tasks/run.sh").append(args.length > 0 ? " " + String.join(" ", Arrays.copyOf(args, Math.min(args.length, 5))) : "")
                    .append("` on ").append(when).append(" (commit `").append(System.getProperty("bench.commit", "?"))
                    .append("`), ").append(Runtime.getRuntime().availableProcessors())
                    .append(" CPU cores, max heap ").append(Runtime.getRuntime().maxMemory() / (1024 * 1024))
                    .append(" MiB, embedded PostgreSQL ").append(serverVersion(dataSource))
                    .append(". Load average before the run: ").append(load).append(", after: ").append(loadAverage())
                    .append(". **The machine has 2 cores shared with other helpers' builds and tests during this run: ")
                    .append("absolute figures are pessimistic; the ratio naive / report holds better.**\n\n")
                    .append("## Data (bulk SQL, `bench/tasks/generate.sql`)\n\n| what | rows |\n|---|---:|\n");
            counts.forEach((k, v) -> out.append("| ").append(k).append(" | ").append(String.format(Locale.ROOT, "%,d", v)).append(" |\n"));
            out.append(String.format(Locale.ROOT, "| generation time (INSERT … SELECT over generate_series, then ANALYZE) | %.0f s |%n", generateSeconds))
                    .append("\nWorkflow tasks: level CITY (the workflow's level), 10 programmes (skewed), 2,000 host ")
                    .append("organisations (skewed), years of approval 2013–2026 (more recent ones), statuses by age ")
                    .append("(mostly CLOSED before 2020, IN_PROGRESS/CONTRACTED lately, APPROVED only in 2026), ")
                    .append("4 task types, 12–36 months; budget lines for state budget (all), counterpart (75 %), other ")
                    .append("(25 %) over 1–3 fiscal years; the tranches spread over every task past APPROVED, never ")
                    .append("above a source's approved amount. Registry records (levels NATIONAL 2 %, MINISTERIAL 3 %, ")
                    .append("CITY 10 %, GRASSROOTS 85 %, 6 fields, 5 host types) so that the portfolio reads both halves.\n\n");

            out.append("## Task list: three filters, a sort and a page\n\n")
                    .append("`GET ").append(listUrls.get(30).replaceAll("programme=[0-9a-f-]+", "programme={id}"))
                    .append("` with `Authorization: Bearer …` (officer), ").append(listCalls)
                    .append(" requests after 30 warm-up, one at a time; programme, status and year drawn from the ")
                    .append(combos.size()).append(" combinations with ≥ 100 tasks (a page of 20 out of ~")
                    .append(combos.isEmpty() ? "?" : combos.get(combos.size() / 2)[3]).append(" matching), page 0–4.\n\n")
                    .append("| measure | p50 | p95 | p99 | max |\n|---|---:|---:|---:|---:|\n")
                    .append(row("server time (servlet filter before security)", list.server))
                    .append(row("client time (JDK HttpClient, loopback)", list.client))
                    .append("\nSQL statements per request (JDBC executions on the request's thread, including ")
                    .append("authentication and the caller lookup): ").append(histogram(listHistogram))
                    .append(". Target: p95 ≤ 50 ms, ≤ 3 statements.\n\nStatements of one request:\n\n");
            list.example.forEach(sql -> out.append("1. `").append(abbreviate(sql)).append("`\n"));
            outlier(out, list);

            out.append("\n## Portfolio by year × source × programme\n\n")
                    .append("`GET ").append(portfolioUrl).append("`, ").append(portfolioCalls)
                    .append(" requests after 5 warm-up: ").append(apiRows).append(" rows, ")
                    .append(String.format(Locale.ROOT, "%,d", apiTasks)).append(" tasks, ")
                    .append(String.format(Locale.ROOT, "%,d", apiTotal)).append(" VND.\n\n")
                    .append("| measure | p50 | p95 | p99 | max |\n|---|---:|---:|---:|---:|\n")
                    .append(row("server time", portfolio.server))
                    .append(row("client time", portfolio.client))
                    .append("\nSQL statements per request: ").append(histogram(portfolioHistogram))
                    .append(". Target: ≤ 200 ms.\n");
            outlier(out, portfolio);
            out.append("\n")
                    .append("Naive version beside it, same run (in-process JDBC, no HTTP): the tasks with their ")
                    .append("programme and year in one query, then one query per task for its budget lines ")
                    .append("(`select source, amount from tasks.task_budget where task_id = ?`, one prepared ")
                    .append("statement), the registry records in one query, summed in Java: ")
                    .append(String.format(Locale.ROOT, "%,d", naiveResult.queries)).append(" queries, ")
                    .append(naiveResult.cells).append(" cells, ")
                    .append(String.format(Locale.ROOT, "%,d", naiveResult.tasks)).append(" tasks, ")
                    .append(String.format(Locale.ROOT, "%,d", naiveResult.total)).append(" VND")
                    .append(naiveResult.total == apiTotal && naiveResult.tasks == apiTasks ? " (the same figures as the report)"
                            : " (**differs from the report**)")
                    .append(".\n\n| version | runs | median | min | max |\n|---|---:|---:|---:|---:|\n")
                    .append(String.format(Locale.ROOT, "| report (SQL in Portfolio, server time) | %d | %.1f ms | %.1f ms | %.1f ms |%n",
                            portfolio.server.length, portfolioP50, ms(portfolio.server[0]),
                            ms(portfolio.server[portfolio.server.length - 1])))
                    .append(String.format(Locale.ROOT, "| naive, one query per task | %d | %.0f ms | %.0f ms | %.0f ms |%n",
                            naive.length, naiveP50, ms(naive[0]), ms(naive[naive.length - 1])))
                    .append(String.format(Locale.ROOT, "%nRatio naive / report (medians): **%.0f×**.%n", naiveP50 / portfolioP50));
            Files.createDirectories(report.toAbsolutePath().getParent());
            Path raw = Path.of("target/bench/tasks-results.md");
            Files.createDirectories(raw.getParent());
            Files.writeString(raw, out.toString());
            System.out.println(out);
            System.out.println("(results also in " + raw + "; notes are kept by hand in " + report + ")");
            long hold = Long.getLong("bench.hold", 0L);
            if (hold > 0) {
                System.out.println("holding the application for " + hold + " s (bench.hold)");
                Thread.sleep(hold * 1000);
            }
        } finally {
            context.close();
        }
    }

    // ---- measuring -------------------------------------------------------------------------------------------

    static final class Measured {
        long[] server;
        long[] client;
        List<Integer> statements = new ArrayList<>();
        List<String> example = List.of();
        List<String> outlier = List.of();
    }

    static Measured measure(HttpClient http, String token, List<String> urls, int warmup, String expect)
            throws Exception {
        Measured m = new Measured();
        m.server = new long[urls.size() - warmup];
        m.client = new long[urls.size() - warmup];
        for (int i = 0; i < urls.size(); i++) {
            String id = UUID.randomUUID().toString();
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + urls.get(i)))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                    .header("X-Bench-Id", id).GET().build(), HttpResponse.BodyHandlers.ofString());
            long client = System.nanoTime() - start;
            if (response.statusCode() != 200 || !response.body().contains(expect)) {
                throw new IllegalStateException(urls.get(i) + " answered " + response.statusCode() + ": "
                        + response.body().substring(0, Math.min(500, response.body().length())));
            }
            Sample sample = SAMPLES.remove(id);
            if (i >= warmup) {
                m.server[i - warmup] = sample.nanos();
                m.client[i - warmup] = client;
                m.statements.add(sample.sql().size());
                if (i == warmup) {
                    m.example = sample.sql();
                } else if (m.outlier.isEmpty() && sample.sql().size() != m.example.size()) {
                    m.outlier = sample.sql();
                }
            }
        }
        Arrays.sort(m.server);
        Arrays.sort(m.client);
        return m;
    }

    record NaiveResult(long queries, int cells, long tasks, long total) {
    }

    static NaiveResult naive(DataSource dataSource) throws Exception {
        Map<String, long[]> cells = new HashMap<>();
        long queries = 0;
        long tasks = 0;
        long total = 0;
        try (Connection c = dataSource.getConnection()) {
            List<Object[]> rows = new ArrayList<>();
            try (Statement s = c.createStatement(); var rs = s.executeQuery("""
                    select t.id, p.code, extract(year from t.approved_at at time zone 'Asia/Ho_Chi_Minh')::int
                    from tasks.tasks t join tasks.programmes p on p.id = t.programme_id""")) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getObject(1), rs.getString(2), rs.getInt(3)});
                }
            }
            queries++;
            try (PreparedStatement lines = c.prepareStatement(
                    "select source, amount from tasks.task_budget where task_id = ?")) {
                for (Object[] row : rows) {
                    int year = (Integer) row[2];
                    if (year < 2013 || year > 2026) {
                        continue;
                    }
                    lines.setObject(1, row[0]);
                    long[] sums = new long[3];
                    try (var rs = lines.executeQuery()) {
                        while (rs.next()) {
                            sums[switch (rs.getString(1)) { case "STATE_BUDGET" -> 0; case "COUNTERPART" -> 1; default -> 2; }]
                                    += rs.getLong(2);
                        }
                    }
                    queries++;
                    tasks++;
                    for (int i = 0; i < 3; i++) {
                        cells.computeIfAbsent(year + "/" + i + "/" + row[1], k -> new long[1])[0] += sums[i];
                        total += sums[i];
                    }
                }
            }
            try (Statement s = c.createStatement(); var rs = s.executeQuery("""
                    select approval_year, coalesce(programme_code, '-'), state_amount, counterpart_amount, other_amount
                    from tasks.registry_tasks where approval_year between 2013 and 2026""")) {
                while (rs.next()) {
                    tasks++;
                    for (int i = 0; i < 3; i++) {
                        cells.computeIfAbsent(rs.getInt(1) + "/" + i + "/" + rs.getString(2), k -> new long[1])[0]
                                += rs.getLong(3 + i);
                        total += rs.getLong(3 + i);
                    }
                }
            }
            queries++;
        }
        return new NaiveResult(queries, cells.size(), tasks, total);
    }

    /** Server time and SQL of one request, keyed by the X-Bench-Id header. */
    static final class Probe implements Filter {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            String id = ((HttpServletRequest) request).getHeader("X-Bench-Id");
            if (id == null) {
                chain.doFilter(request, response);
                return;
            }
            List<String> sql = new ArrayList<>();
            CAPTURE.set(sql);
            long start = System.nanoTime();
            try {
                chain.doFilter(request, response);
            } finally {
                long nanos = System.nanoTime() - start;
                CAPTURE.remove();
                SAMPLES.put(id, new Sample(nanos, List.copyOf(sql)));
            }
        }
    }

    // ---- counting DataSource ----------------------------------------------------------------------------------

    static DataSource counting(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(TasksBenchmark.class.getClassLoader(), new Class<?>[] {DataSource.class},
                handler(target, (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection connection ? connection(connection) : result;
                }));
    }

    static Connection connection(Connection target) {
        return (Connection) Proxy.newProxyInstance(TasksBenchmark.class.getClassLoader(), new Class<?>[] {Connection.class},
                handler(target, (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    String name = method.getName();
                    if (result instanceof Statement statement && (name.equals("createStatement")
                            || name.equals("prepareStatement") || name.equals("prepareCall"))) {
                        String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
                        return statement(statement, sql);
                    }
                    return result;
                }));
    }

    static Statement statement(Statement target, String sql) {
        Class<?> type = target instanceof CallableStatement ? CallableStatement.class
                : target instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
        return (Statement) Proxy.newProxyInstance(TasksBenchmark.class.getClassLoader(), new Class<?>[] {type},
                handler(target, (proxy, method, args) -> {
                    if (method.getName().startsWith("execute")) {
                        ALL_STATEMENTS.incrementAndGet();
                        List<String> capture = CAPTURE.get();
                        if (capture != null) {
                            capture.add(args != null && args.length > 0 && args[0] instanceof String s ? s
                                    : (method.getName().equals("executeBatch") ? "[batch] " : "") + sql);
                        }
                    }
                    return invoke(target, method, args);
                }));
    }

    static InvocationHandler handler(Object target, InvocationHandler delegate) {
        return (proxy, method, args) -> switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            case "toString" -> "counting(" + target + ")";
            default -> delegate.invoke(proxy, method, args);
        };
    }

    static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    // ---- data ------------------------------------------------------------------------------------------------

    static void generate(DataSource dataSource, int tasks, int disbursements, int registry) throws Exception {
        String script = Files.readString(Path.of("bench/tasks/generate.sql"))
                .replace("{tasks}", Integer.toString(tasks))
                .replace("{disbursements}", Integer.toString(disbursements))
                .replace("{registry}", Integer.toString(registry));
        StringBuilder current = new StringBuilder();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            for (String line : script.split("\n")) {
                if (line.strip().startsWith("--") || line.isBlank()) {
                    continue;
                }
                current.append(line).append('\n');
                if (line.stripTrailing().endsWith(";")) {
                    String sql = current.toString().strip();
                    long start = System.nanoTime();
                    s.execute(sql.substring(0, sql.length() - 1));
                    System.out.printf(Locale.ROOT, "%6.1f s  %s%n", (System.nanoTime() - start) / 1e9,
                            sql.lines().findFirst().orElse(""));
                    current.setLength(0);
                }
            }
        }
    }

    static Map<String, Long> counts(DataSource dataSource) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : List.of("tasks", "task_budget", "task_disbursements", "registry_tasks", "proposals",
                    "listings", "applications", "programmes")) {
                try (var rs = s.executeQuery("select count(*) from tasks." + table)) {
                    rs.next();
                    counts.put("tasks." + table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    static String serverVersion(DataSource dataSource) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductVersion();
        }
    }

    // ---- HTTP ------------------------------------------------------------------------------------------------

    static String token(HttpClient http) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/api/v1/auth/tokens"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"officer\",\"password\":\"innoport-demo\",\"name\":\"tasks benchmark\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (response.statusCode() != 201 || !m.find()) {
            throw new IllegalStateException("no token: " + response.statusCode() + " " + response.body());
        }
        return m.group(1);
    }

    static HttpResponse<String> get(HttpClient http, String token, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + url))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static long number(String body, String regex) {
        Matcher m = Pattern.compile(regex).matcher(body);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    static void outlier(StringBuilder out, Measured m) {
        if (!m.outlier.isEmpty()) {
            out.append("\nStatements of the first request with another count (").append(m.outlier.size()).append("):\n\n");
            m.outlier.forEach(sql -> out.append("1. `").append(abbreviate(sql)).append("`\n"));
        }
    }

    // ---- formatting ------------------------------------------------------------------------------------------

    static String loadAverage() {
        try {
            return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (IOException e) {
            return "?";
        }
    }

    static String histogram(Map<Integer, Integer> histogram) {
        List<String> parts = new ArrayList<>();
        histogram.forEach((n, times) -> parts.add("**" + n + "** in " + times + " requests"));
        return String.join(", ", parts);
    }

    static String abbreviate(String sql) {
        String one = sql.replaceAll("\\s+", " ").strip();
        return one.length() > 220 ? one.substring(0, 220) + " …" : one;
    }

    static String row(String name, long[] sorted) {
        return String.format(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %.1f ms | %.1f ms |%n", name, ms(pct(sorted, 50)),
                ms(pct(sorted, 95)), ms(pct(sorted, 99)), ms(sorted[sorted.length - 1]));
    }

    static long pct(long[] sorted, int p) {
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1))];
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }
}
