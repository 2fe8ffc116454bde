import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small closed-loop HTTP load generator for InnoPort benchmarks: N clients, each on its own keep-alive connection,
 * sending its next request as soon as the previous one answered. Every scenario is first driven for the warm-up time
 * (not recorded), then each is measured in turn (1 s to settle, then the measured time). Plain JDK, no dependencies;
 * run it in source-launch mode:
 *
 * <pre>
 * java bench/load/Load.java --base-url http://127.0.0.1:8184 --clients 32 --warmup 5 --duration 20 \
 *      --scenarios liveness,api,session-page --username admin --password innoport-demo
 * </pre>
 *
 * Scenarios, run one after the other against the same server:
 * <ul>
 *   <li>{@code liveness}: {@code GET /actuator/health/liveness}, anonymous (the trivial endpoint);</li>
 *   <li>{@code api}: {@code GET /api/v1/users?size=20} with {@code Authorization: Bearer <token>}, the token taken
 *       from {@code POST /api/v1/auth/tokens};</li>
 *   <li>{@code session-page}: an HTML page ({@code /} by default) with the session cookie of a form login.</li>
 * </ul>
 * Only loopback addresses are accepted; every loop is bounded by time. Exit status: 0 all scenarios ran without
 * errors, 1 usage or a scenario could not start, 2 some requests failed, 3 a scenario was unavailable (skipped).
 */
public final class Load {

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern CSRF_INPUT = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("load: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(1);
            return;
        }
        System.out.printf(Locale.ROOT, "load: %s, %d clients, %d s warm-up per scenario first, then 1 s + %d s "
                        + "measured per scenario, %d cores, "
                        + "load average %s, %s%n", options.baseUrl, options.clients, options.warmupSeconds,
                options.durationSeconds, Runtime.getRuntime().availableProcessors(), loadAverage(),
                ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));

        List<Result> results = new ArrayList<>();
        boolean failed = false;
        boolean errors = false;
        boolean skipped = false;
        Map<String, Scenario> ready = new LinkedHashMap<>();
        Map<String, Result> unavailable = new LinkedHashMap<>();
        for (String name : options.scenarios) {
            try {
                Scenario scenario = prepare(name, options);
                probe(scenario, options);
                ready.put(name, scenario);
            } catch (Unavailable e) {
                System.out.println("load: scenario '" + name + "' skipped: " + e.getMessage());
                unavailable.put(name, Result.skipped(name, e.getMessage()));
                skipped = true;
            } catch (IllegalStateException | IllegalArgumentException | IOException e) {
                System.out.println("load: scenario '" + name + "' failed: " + e.getMessage());
                unavailable.put(name, Result.skipped(name, "failed: " + e.getMessage()));
                failed = true;
            }
        }
        // Warm every code path first, so that the scenario measured first does not pay for the JIT alone.
        for (Scenario scenario : ready.values()) {
            System.out.println("load: warming up " + scenario.name + " for " + options.warmupSeconds + " s");
            drive(scenario, options, 0, options.warmupSeconds);
        }
        for (String name : options.scenarios) {
            Scenario scenario = ready.get(name);
            if (scenario == null) {
                results.add(unavailable.get(name));
                continue;
            }
            Result result = drive(scenario, options, 1, options.durationSeconds);
            results.add(result);
            System.out.println("load: " + result.line());
            errors |= result.errors > 0;
        }
        System.out.println();
        System.out.println(table(results));
        System.exit(failed ? 1 : errors ? 2 : skipped ? 3 : 0);
    }

    // ------------------------------------------------------------------------------------------------------------

    /**
     * What one request of a scenario looks like: a GET of {@code path} with {@code headers}; the first answer must
     * contain {@code expected}.
     */
    record Scenario(String name, String description, String path, Map<String, String> headers, String expected) {

        HttpRequest request(Options options) {
            HttpRequest.Builder builder = get(options, path);
            headers.forEach(builder::header);
            return builder.build();
        }

        /** The same request as raw HTTP/1.1 bytes for the measured loop (keep-alive). */
        byte[] raw(Options options) {
            URI base = options.uri("/");
            StringBuilder request = new StringBuilder("GET ").append(path).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(base.getAuthority()).append("\r\n")
                    .append("User-Agent: innoport-bench-load\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            return request.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    static Scenario prepare(String name, Options options) throws Exception {
        return switch (name) {
            case "liveness" -> new Scenario(name, "GET /actuator/health/liveness (anonymous)",
                    "/actuator/health/liveness", Map.of(), "\"UP\"");
            case "api" -> {
                String token = token(options);
                yield new Scenario(name, "GET " + options.apiPath + " (Bearer token, " + options.username + ")",
                        options.apiPath, Map.of("Authorization", "Bearer " + token, "Accept", "application/json"),
                        "\"items\"");
            }
            case "session-page" -> {
                String cookie = formLogin(options);
                yield new Scenario(name, "GET " + options.pagePath + " (session cookie, " + options.username + ")",
                        options.pagePath, Map.of("Cookie", cookie, "Accept", "text/html"), "id=\"profile-link\"");
            }
            default -> throw new IllegalArgumentException("unknown scenario " + name);
        };
    }

    /** One request first, so that a scenario that cannot work fails loudly instead of measuring errors. */
    static void probe(Scenario scenario, Options options) throws InterruptedException {
        try (HttpClient probe = client()) {
            HttpResponse<String> answer = probe.send(scenario.request(options), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200 || !answer.body().contains(scenario.expected)) {
                throw new IllegalStateException("first request answered " + answer.statusCode() + " without "
                        + scenario.expected + ": " + excerpt(answer.body()));
            }
        } catch (IOException e) {
            throw new IllegalStateException("first request failed: " + e, e);
        }
    }

    /** Runs the clients for {@code settleSeconds} unrecorded, then {@code measureSeconds} recorded. */
    static Result drive(Scenario scenario, Options options, int settleSeconds, int measureSeconds)
            throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + Duration.ofSeconds(settleSeconds).toNanos();
        long end = measureFrom + Duration.ofSeconds(measureSeconds).toNanos();
        Client[] clients = new Client[options.clients];
        CountDownLatch done = new CountDownLatch(clients.length);
        for (int i = 0; i < clients.length; i++) {
            clients[i] = new Client(options.uri("/"), scenario.raw(options), measureFrom, end, done);
            Thread.ofPlatform().name("load-" + scenario.name + "-" + i).daemon(true).start(clients[i]);
        }
        // Bounded: every client stops at `end`; a request itself times out after 10 s.
        done.await();
        double measuredSeconds = Math.max(1e-9, (end - measureFrom) / 1e9);

        int total = 0;
        long errors = 0;
        String firstError = null;
        for (Client client : clients) {
            total += client.count;
            errors += client.errors;
            if (firstError == null) {
                firstError = client.firstError.get();
            }
        }
        long[] latencies = new long[total];
        int offset = 0;
        for (Client client : clients) {
            System.arraycopy(client.latencies, 0, latencies, offset, client.count);
            offset += client.count;
        }
        Arrays.sort(latencies);
        return new Result(scenario.name, scenario.description, options.clients, total, errors, firstError,
                total / measuredSeconds, percentile(latencies, 50), percentile(latencies, 95),
                percentile(latencies, 99), latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1e6, null);
    }

    /**
     * One closed-loop client on its own keep-alive connection: a blocking socket and a minimal HTTP/1.1 reader (status
     * line, headers, body by Content-Length or chunked). The JDK HttpClient hands every response between threads, which
     * on 2 shared cores added milliseconds to chunked responses (all JSON ones) and skewed the comparison; this reader
     * costs the same for every response. Records latencies (ns) of requests started after the warm-up.
     */
    static final class Client implements Runnable {
        private final URI base;
        private final byte[] request;
        private final long measureFrom;
        private final long end;
        private final CountDownLatch done;
        final AtomicReference<String> firstError = new AtomicReference<>();
        long[] latencies = new long[16_384];
        int count;
        long errors;
        private Socket socket;
        private InputStream in;
        private OutputStream out;
        private boolean closeAfterResponse;

        Client(URI base, byte[] request, long measureFrom, long end, CountDownLatch done) {
            this.base = base;
            this.request = request;
            this.measureFrom = measureFrom;
            this.end = end;
            this.done = done;
        }

        @Override
        public void run() {
            try {
                long now = System.nanoTime();
                while (now < end) {
                    long sent = now;
                    String error = null;
                    try {
                        int status = exchange();
                        if (status != 200) {
                            error = "HTTP " + status;
                        }
                    } catch (IOException | RuntimeException e) {
                        error = e.toString();
                        disconnect();
                    }
                    now = System.nanoTime();
                    if (sent >= measureFrom && now <= end) {
                        record(now - sent);
                        if (error != null) {
                            errors++;
                            firstError.compareAndSet(null, error);
                        }
                    }
                }
            } finally {
                disconnect();
                done.countDown();
            }
        }

        private int exchange() throws IOException {
            if (socket == null) {
                socket = new Socket();
                socket.setTcpNoDelay(true);
                socket.setSoTimeout(10_000);
                socket.connect(new InetSocketAddress(base.getHost(), base.getPort() < 0 ? 80 : base.getPort()), 5_000);
                in = new BufferedInputStream(socket.getInputStream(), 16_384);
                out = socket.getOutputStream();
            }
            out.write(request);
            out.flush();
            String statusLine = line();
            if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12) {
                throw new IOException("bad status line: " + statusLine);
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            closeAfterResponse = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.contains("chunked");
                    case "connection" -> closeAfterResponse = value.contains("close");
                    default -> { }
                }
            }
            if (chunked) {
                for (long size = chunkSize(); size > 0; size = chunkSize()) {
                    skip(size);
                    line();
                }
                for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
                    // trailers are ignored
                }
            } else if (length >= 0) {
                skip(length);
            } else {
                closeAfterResponse = true;
                while (in.read() >= 0) {
                    // body until the server closes
                }
            }
            if (closeAfterResponse) {
                disconnect();
            }
            return status;
        }

        private long chunkSize() throws IOException {
            String line = line();
            int extension = line.indexOf(';');
            return Long.parseLong((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("connection closed by the server");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        private void skip(long bytes) throws IOException {
            long left = bytes;
            while (left > 0) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new IOException("connection closed inside a body");
                    }
                    skipped = 1;
                }
                left -= skipped;
            }
        }

        private void disconnect() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
            }
            socket = null;
            in = null;
            out = null;
        }

        private void record(long nanos) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, latencies.length * 2);
            }
            latencies[count++] = nanos;
        }
    }

    record Result(String name, String description, int clients, long requests, long errors, String firstError,
                  double perSecond, double p50, double p95, double p99, double max, String skipped) {

        static Result skipped(String name, String why) {
            return new Result(name, "", 0, 0, 0, null, 0, 0, 0, 0, 0, why);
        }

        String line() {
            return String.format(Locale.ROOT, "%-12s %8.0f req/s  p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  max %7.2f ms"
                    + "  %d requests, %d errors%s", name, perSecond, p50, p95, p99, max, requests, errors,
                    firstError == null ? "" : " (first: " + firstError + ")");
        }
    }

    static String table(List<Result> results) {
        StringBuilder out = new StringBuilder();
        out.append("| scenario | request | clients | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            if (r.skipped != null) {
                out.append("| ").append(r.name).append(" | skipped: ").append(r.skipped)
                        .append(" | | | | | | | | |\n");
                continue;
            }
            out.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.0f | %.2f | %.2f | %.2f | %.2f | %d |%n",
                    r.name, r.description, r.clients, r.requests, r.perSecond, r.p50, r.p95, r.p99, r.max, r.errors));
        }
        Result trivial = results.stream().filter(r -> r.skipped == null && r.name.equals("liveness")).findFirst()
                .orElse(null);
        if (trivial != null && trivial.perSecond > 0) {
            for (Result r : results) {
                if (r != trivial && r.skipped == null) {
                    out.append(String.format(Locale.ROOT, "%nratio %s / liveness throughput: %.3f", r.name,
                            r.perSecond / trivial.perSecond));
                }
            }
        }
        return out.toString();
    }

    // ------------------------------------------------------------------------------------------------------------

    /** Signals a scenario that this server cannot run yet (for example the token endpoint is missing). */
    static final class Unavailable extends Exception {
        Unavailable(String message) {
            super(message);
        }
    }

    static String token(Options options) throws Exception {
        String json = "{\"username\":\"" + jsonEscape(options.username) + "\",\"password\":\""
                + jsonEscape(options.password) + "\"}";
        HttpRequest request = HttpRequest.newBuilder(options.uri("/api/v1/auth/tokens"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        try (HttpClient http = client()) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404 || response.statusCode() == 405) {
                throw new Unavailable("POST /api/v1/auth/tokens answered " + response.statusCode()
                        + " (API tokens not available on this server yet)");
            }
            Matcher token = TOKEN.matcher(response.body());
            if ((response.statusCode() != 200 && response.statusCode() != 201) || !token.find()) {
                throw new IllegalStateException("POST /api/v1/auth/tokens answered " + response.statusCode() + ": "
                        + excerpt(response.body()));
            }
            return token.group(1);
        }
    }

    /** Signs in through the login form like a browser and returns the session cookie header. */
    static String formLogin(Options options) throws Exception {
        CookieManager cookies = new CookieManager();
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build()) {
            HttpResponse<String> page = http.send(get(options, "/login").build(), HttpResponse.BodyHandlers.ofString());
            Matcher csrf = CSRF_INPUT.matcher(page.body());
            if (page.statusCode() != 200 || !csrf.find()) {
                throw new IllegalStateException("GET /login answered " + page.statusCode() + " without a CSRF field");
            }
            String form = "username=" + URLEncoder.encode(options.username, StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(options.password, StandardCharsets.UTF_8)
                    + "&" + csrf.group(1) + "=" + URLEncoder.encode(csrf.group(2), StandardCharsets.UTF_8);
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(options.uri("/login"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            String location = login.headers().firstValue("Location").orElse("");
            if (login.statusCode() != 302 || location.contains("error")) {
                throw new IllegalStateException("form login as " + options.username + " failed: HTTP "
                        + login.statusCode() + " Location " + location);
            }
            StringBuilder header = new StringBuilder();
            for (HttpCookie cookie : cookies.getCookieStore().get(options.uri("/"))) {
                header.append(header.isEmpty() ? "" : "; ").append(cookie.getName()).append('=').append(cookie.getValue());
            }
            return header.toString();
        }
    }

    static HttpRequest.Builder get(Options options, String path) {
        return HttpRequest.newBuilder(options.uri(path)).timeout(Duration.ofSeconds(10)).GET();
    }

    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }

    static String excerpt(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "..." : flat;
    }

    static String jsonEscape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    // ------------------------------------------------------------------------------------------------------------

    static final class Options {
        static final String USAGE = """
                usage: java bench/load/Load.java [--base-url http://127.0.0.1:8184] [--clients 32] [--warmup 5]
                       [--duration 20] [--scenarios liveness,api,session-page] [--username admin]
                       [--password innoport-demo] [--api-path /api/v1/users?size=20] [--page-path /]""";

        String baseUrl = "http://127.0.0.1:8184";
        int clients = 32;
        int warmupSeconds = 5;
        int durationSeconds = 20;
        List<String> scenarios = List.of("liveness", "api", "session-page");
        String username = "admin";
        String password = "innoport-demo";
        String apiPath = "/api/v1/users?size=20";
        String pagePath = "/";

        static Options parse(String[] args) throws IOException {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (!arg.startsWith("--")) {
                    throw new IllegalArgumentException("unexpected argument " + arg);
                }
                String key = arg.substring(2);
                String value;
                int eq = key.indexOf('=');
                if (eq >= 0) {
                    value = key.substring(eq + 1);
                    key = key.substring(0, eq);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new IllegalArgumentException("missing value for --" + key);
                }
                values.put(key, value);
            }
            Options o = new Options();
            for (var entry : values.entrySet()) {
                String v = entry.getValue();
                switch (entry.getKey()) {
                    case "base-url" -> o.baseUrl = v.replaceAll("/+$", "");
                    case "clients" -> o.clients = bounded("clients", v, 1, 512);
                    case "warmup" -> o.warmupSeconds = bounded("warmup", v, 0, 300);
                    case "duration" -> o.durationSeconds = bounded("duration", v, 1, 600);
                    case "scenarios" -> o.scenarios = List.of(v.split(","));
                    case "username" -> o.username = v;
                    case "password" -> o.password = v;
                    case "api-path" -> o.apiPath = v;
                    case "page-path" -> o.pagePath = v;
                    default -> throw new IllegalArgumentException("unknown option --" + entry.getKey());
                }
            }
            URI base = URI.create(o.baseUrl);
            if (!"http".equals(base.getScheme()) || base.getHost() == null) {
                throw new IllegalArgumentException("--base-url must be http://HOST[:PORT] (loopback, no TLS)");
            }
            // Load is only ever sent to this machine.
            for (InetAddress address : InetAddress.getAllByName(base.getHost())) {
                if (!address.isLoopbackAddress()) {
                    throw new IllegalArgumentException("--base-url must point at a loopback address, not " + address);
                }
            }
            return o;
        }

        URI uri(String path) {
            return URI.create(baseUrl + path);
        }

        private static int bounded(String name, String value, int min, int max) {
            int parsed = Integer.parseInt(value);
            if (parsed < min || parsed > max) {
                throw new IllegalArgumentException("--" + name + " must be between " + min + " and " + max);
            }
            return parsed;
        }
    }
}
