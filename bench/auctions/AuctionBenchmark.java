import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.innoport.InnoPortApplication;
import org.innoport.exchange.AuctionVerification;
import org.innoport.exchange.Auctions;
import org.innoport.exchange.BidView;
import org.innoport.identity.Accounts;
import org.innoport.identity.ApiTokens;
import org.innoport.identity.CreateUser;
import org.innoport.identity.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Bids per second accepted by one English auction under N concurrent HTTP bidders (closed loop: each sends its next
 * bid when the previous one is answered), with latency percentiles, then the correctness invariants on the log.
 * Run with bench/auctions/run.sh.
 */
public class AuctionBenchmark {

    static final long START = 1_000_000_000L;
    static final long STEP = 10_000L;
    static final String PASSWORD = "Dau-gia-2026-thu-nghiem";

    public static void main(String[] args) throws Exception {
        int bidders = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int port = Integer.parseInt(System.getProperty("server.port", "8096"));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(InnoPortApplication.class)
                .run("--server.port=" + port, "--innoport.database.embedded.data-directory=",
                        "--innoport.database.embedded.port=" + System.getProperty("pg.port", "54396"),
                        "--innoport.directory.index-directory=", "--logging.level.root=WARN",
                        "--logging.level.org.innoport=WARN", "--spring.main.banner-mode=off",
                        "--innoport.files.root=" + Files.createTempDirectory("auction-bench-files"),
                        // no anti-sniping extension, so that the bidding window is what the run needs
                        "--innoport.exchange.auctions.extension-window=0s");
        try {
            String report = run(context, port, bidders, seconds, warmup);
            Files.createDirectories(Path.of("target/bench"));
            Files.writeString(Path.of("target/bench/auctions.md"), report);
            System.out.println(report);
        } finally {
            context.close();
        }
    }

    static void as(String username, String role, Runnable work) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username,
                null, AuthorityUtils.createAuthorityList("ROLE_" + role)));
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** One bid request: when it was sent (ns after bidding began), how long it took, the answer. */
    record Sample(long sent, long nanos, int status, String code) {
    }

    static String run(ConfigurableApplicationContext context, int port, int n, int seconds, int warmup) throws Exception {
        Accounts accounts = context.getBean(Accounts.class);
        ApiTokens tokens = context.getBean(ApiTokens.class);
        Auctions auctions = context.getBean(Auctions.class);
        ObjectMapper json = context.getBean(ObjectMapper.class);
        Clock clock = context.getBean(Clock.class);
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<String> bearer = new ArrayList<>();
        UUID auctionOrganisation = UUID.nameUUIDFromBytes(
                "organisation:Trường Đại học Hàng hải Việt Nam".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        as("admin", "ADMIN", () -> {
            for (int i = 0; i < n; i++) {
                String username = "bench-bidder-" + run + "-" + i;
                accounts.create(new CreateUser(username, "Bench bidder " + i, null, PASSWORD, Set.of(Role.APPLICANT),
                        UUID.randomUUID()));
                bearer.add(tokens.issue(username, PASSWORD, "auction bench").token());
            }
        });
        Instant now = clock.instant();
        Instant opens = now.plusSeconds(15);
        Instant ends = opens.plusSeconds(warmup + seconds + 3600);
        UUID[] id = new UUID[1];
        as("officer", "OFFICER", () -> {
            id[0] = auctions.create(new Auctions.NewAuction("Benchmark lot " + run, null, "Công nghệ thử nghiệm",
                    auctionOrganisation, null, START, STEP, null, START / 10, now.minusSeconds(60), opens, opens, ends))
                    .id();
            auctions.openRegistration(id[0], null);
        });
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String base = "http://127.0.0.1:" + port + "/api/v1/auctions/" + id[0];
        for (String token : bearer) {
            HttpResponse<String> registered = http.send(HttpRequest.newBuilder(URI.create(base + "/registrations"))
                    .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            UUID registration = UUID.fromString(json.readTree(registered.body()).get("id").asString());
            as("officer", "OFFICER", () -> auctions.confirmDeposit(id[0], registration, null));
        }
        while (clock.instant().isBefore(opens)) {
            Thread.sleep(100);
        }
        as("officer", "OFFICER", () -> auctions.start(id[0], null));

        AtomicLong ticket = new AtomicLong();
        Map<UUID, Long> acknowledged = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        long begin = System.nanoTime();
        long warmupEnd = begin + warmup * 1_000_000_000L;
        long end = warmupEnd + seconds * 1_000_000_000L;
        // one client for all bidders: each bidder still has its own connection (HTTP/1.1, one request in flight per
        // bidder), but the 50 bidders share one selector thread instead of 50, so the load generator, which runs on the
        // same two cores as the server, takes less of them
        // (its tasks run on the selector thread: they never block, and a hand-off to a worker pool per response cost
        // more than the work itself)
        HttpClient bidding = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(Runnable::run).build();
        URI bids = URI.create(base + "/bids");
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String token : bearer) {
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        long amount = START + 2 * STEP * ticket.getAndIncrement()
                                + ThreadLocalRandom.current().nextLong(STEP / 2);
                        long t0 = System.nanoTime();
                        HttpResponse<String> response = bidding.send(HttpRequest.newBuilder(bids)
                                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                                .header("Idempotency-Key", UUID.randomUUID().toString())
                                .POST(HttpRequest.BodyPublishers.ofString("{\"amountVnd\":" + amount + "}")).build(),
                                HttpResponse.BodyHandlers.ofString());
                        long t1 = System.nanoTime();
                        JsonNode node = json.readTree(response.body());
                        if (response.statusCode() == 201) {
                            acknowledged.put(UUID.fromString(node.get("id").asString()), amount);
                        }
                        samples.add(new Sample(t0 - begin, t1 - t0, response.statusCode(),
                                node.has("code") ? node.get("code").asString() : null));
                    }
                    return null;
                });
            }
        }
        List<BidView> log = new ArrayList<>();
        AuctionVerification[] verification = new AuctionVerification[1];
        as("officer", "OFFICER", () -> {
            log.addAll(auctions.bids(id[0]));
            verification[0] = auctions.verify(id[0]);
        });
        Set<UUID> logged = new HashSet<>();
        boolean increasing = true;
        boolean contiguous = true;
        for (int i = 0; i < log.size(); i++) {
            logged.add(log.get(i).id());
            contiguous &= log.get(i).seq() == i + 1;
            increasing &= i == 0 || log.get(i).amountVnd() >= log.get(i - 1).amountVnd() + STEP;
        }
        boolean everyAckLogged = logged.containsAll(acknowledged.keySet());
        boolean onlyAckLogged = acknowledged.keySet().containsAll(logged);

        List<Sample> measured = samples.stream().filter(s -> s.sent() >= warmup * 1_000_000_000L).toList();
        long accepted = measured.stream().filter(s -> s.status() == 201).count();
        long refusedLow = measured.stream().filter(s -> "auction.bid.too-low".equals(s.code())).count();
        long other = measured.size() - accepted - refusedLow;
        StringBuilder out = new StringBuilder();
        out.append("| bidders | measured s | bid requests/s | **accepted bids/s** | refused too-low | other answers | ")
                .append("p50 ms | p95 ms | **p99 ms** | p99 accepted ms |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        out.append("| ").append(n).append(" | ").append(seconds).append(" | ")
                .append(String.format("%.0f", measured.size() / (double) seconds)).append(" | **")
                .append(String.format("%.0f", accepted / (double) seconds)).append("** | ").append(refusedLow)
                .append(" | ").append(other).append(" | ").append(pct(measured, 50, false)).append(" | ")
                .append(pct(measured, 95, false)).append(" | **").append(pct(measured, 99, false)).append("** | ")
                .append(pct(measured, 99, true)).append(" |\n\n");
        // the whole run in 5 s steps: the warm-up shows how throughput grows while the JIT compiles the hot paths
        long[] perFive = new long[(warmup + seconds + 4) / 5];
        samples.stream().filter(s -> s.status() == 201).forEach(s -> perFive[(int) Math.min(perFive.length - 1,
                s.sent() / 5_000_000_000L)]++);
        out.append("Accepted bids/s per 5 s from the first bid (warm-up ").append(warmup).append(" s, then measured ")
                .append(seconds).append(" s): ").append(Arrays.stream(perFive).mapToObj(c -> Long.toString(c / 5))
                        .collect(Collectors.joining(", "))).append(".\n\n");
        out.append("Invariants after the run (whole run incl. warm-up): ").append(log.size()).append(" bids in the log, ")
                .append(acknowledged.size()).append(" acknowledged; every acknowledged bid in the log: ")
                .append(everyAckLogged).append("; no logged bid unacknowledged: ").append(onlyAckLogged)
                .append("; seq 1..n without gaps: ").append(contiguous).append("; strictly increasing by ≥ step: ")
                .append(increasing).append("; verify (log rules + stored = recomputed): ")
                .append(verification[0].consistent()).append(", violations ").append(verification[0].violations())
                .append(".\n");
        return out.toString();
    }

    static String pct(List<Sample> samples, int p, boolean acceptedOnly) {
        long[] nanos = samples.stream().filter(s -> !acceptedOnly || s.status() == 201).mapToLong(Sample::nanos)
                .sorted().toArray();
        if (nanos.length == 0) {
            return "-";
        }
        int rank = (int) Math.ceil(p / 100.0 * nanos.length);
        return String.format("%.1f", nanos[Math.max(0, rank - 1)] / 1e6);
    }
}
