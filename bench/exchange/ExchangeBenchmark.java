import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.hibernate.search.mapper.orm.Search;
import org.innoport.InnoPortApplication;
import org.innoport.exchange.ListingMatches;
import org.innoport.exchange.ListingQuery;
import org.innoport.exchange.ListingSearch;
import org.innoport.exchange.Match;
import org.innoport.exchange.domain.Listing;
import org.postgresql.PGConnection;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Exchange benchmarks (issue 8), run with bench/exchange/run.sh:
 * <ul>
 *   <li>{@code judged}: the hand-judged set (bench/exchange/offers.psv, requests.psv): nDCG@10, Recall@50 and MRR@10
 *       of plain BM25 and of the full matcher, for the requests as written, with diacritics stripped and with
 *       old-style tone placement;</li>
 *   <li>{@code scale N Q}: N generated listings, Q searches (ranked page of 20, with and without facets) and Q top-10 matches with
 *       reasons, beside PostgreSQL {@code unaccent(..) ILIKE} on the same rows in the same run.</li>
 * </ul>
 */
public class ExchangeBenchmark {

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "judged";
        // bench.data (BENCH_DATA in run.sh): keep the database and the index there and reuse them when they already
        // hold the generated listings (scale mode), so that a second run skips COPY and indexing; blank = throw-away
        String data = System.getProperty("bench.data", "");
        String pgDirectory = data.isBlank() ? "" : Path.of(data, "pg").toAbsolutePath().toString();
        String indexDirectory = data.isBlank() ? "" : Path.of(data, "index").toAbsolutePath().toString();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(InnoPortApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.profiles.active=bench", "--innoport.database.embedded.data-directory=" + pgDirectory,
                        "--innoport.database.embedded.port=" + System.getProperty("pg.port", "54393"),
                        "--innoport.directory.index-directory=" + indexDirectory, "--logging.level.root=WARN",
                        "--logging.level.org.innoport=INFO", "--spring.main.banner-mode=off",
                        "--innoport.exchange.expiry-initial-delay=1d");
        try {
            String report = mode.equals("judged") ? judged(context)
                    : scale(context, Integer.parseInt(args.length > 1 ? args[1] : "1000000"),
                    Integer.parseInt(args.length > 2 ? args[2] : "300"));
            Path out = Path.of("target/bench/exchange-" + mode
                    + ("yes".equals(System.getProperty("bench.filtered")) ? "-filtered" : "") + ".md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            System.out.println(report);
        } finally {
            context.close();
        }
    }

    // ------------------------------------------------------------------ judged set

    record Row(String id, String category, String field, Integer trl, String title, String summary,
               Map<String, Integer> grades) {
    }

    static List<Row> read(String file) throws Exception {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] p = line.split("\\|", -1);
            Map<String, Integer> grades = new LinkedHashMap<>();
            if (p.length > 6) {
                for (String g : p[6].split(",")) {
                    String[] kv = g.strip().split(":");
                    grades.put(kv[0], Integer.parseInt(kv[1]));
                }
            }
            rows.add(new Row(p[0].strip(), p[1].strip(), p[2].strip(), p[3].isBlank() ? null : Integer.parseInt(p[3].strip()),
                    p[4].strip(), p[5].strip(), grades));
        }
        return rows;
    }

    static UUID idOf(String key) {
        return UUID.nameUUIDFromBytes(("judged:" + key).getBytes(StandardCharsets.UTF_8));
    }

    static String strip(String text) {
        String d = Normalizer.normalize(text, Normalizer.Form.NFD).replace('đ', 'd').replace('Đ', 'D');
        return d.replaceAll("\\p{M}+", "");
    }

    /** New-style tone placement (hòa, thủy) to the old style (hoà, thuỷ). */
    static String oldTones(String text) {
        String[][] pairs = {{"òa", "oà"}, {"óa", "oá"}, {"ỏa", "oả"}, {"õa", "oã"}, {"ọa", "oạ"},
                {"òe", "oè"}, {"óe", "oé"}, {"ỏe", "oẻ"}, {"õe", "oẽ"}, {"ọe", "oẹ"},
                {"ùy", "uỳ"}, {"úy", "uý"}, {"ủy", "uỷ"}, {"ũy", "uỹ"}, {"ụy", "uỵ"}};
        String result = Normalizer.normalize(text, Normalizer.Form.NFC);
        for (String[] pair : pairs) {
            result = result.replace(pair[0], pair[1]);
        }
        return result;
    }

    static final List<String> VARIANTS = List.of("as written", "diacritics stripped", "old tone placement");

    static String judged(ConfigurableApplicationContext context) throws Exception {
        List<Row> offers = read("bench/exchange/offers.psv");
        List<Row> requests = read("bench/exchange/requests.psv");
        DataSource dataSource = context.getBean(DataSource.class);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        StringBuilder copy = new StringBuilder();
        UUID owner = UUID.randomUUID();
        for (Row o : offers) {
            copy.append(line(idOf(o.id()), "OFFER", o, o.title(), o.summary(), owner, now));
        }
        for (Row r : requests) {
            copy.append(line(idOf(r.id() + "/0"), "REQUEST", r, r.title(), r.summary(), UUID.randomUUID(), now));
            copy.append(line(idOf(r.id() + "/1"), "REQUEST", r, strip(r.title()), strip(r.summary()), UUID.randomUUID(), now));
            copy.append(line(idOf(r.id() + "/2"), "REQUEST", r, oldTones(r.title()), oldTones(r.summary()), UUID.randomUUID(), now));
        }
        copyIn(dataSource, copy.toString());
        index(context);
        ListingMatches matches = context.getBean(ListingMatches.class);
        EntityManagerFactory emf = context.getBean(EntityManagerFactory.class);
        Map<String, UUID> offerIds = new LinkedHashMap<>();
        offers.forEach(o -> offerIds.put(o.id(), idOf(o.id())));
        Map<UUID, String> offerKeys = new LinkedHashMap<>();
        offerIds.forEach((k, v) -> offerKeys.put(v, k));

        double[][][] sums = new double[3][2][3];
        StringBuilder perQuery = new StringBuilder();
        for (Row r : requests) {
            double[] fullByVariant = new double[3];
            double bm25AsWritten = 0;
            List<String> topAsWritten = List.of();
            for (int variant = 0; variant < 3; variant++) {
                EntityManager em = emf.createEntityManager();
                Listing listing = em.find(Listing.class, idOf(r.id() + "/" + variant));
                List<Match> ranked = matches.rank(listing, 100, false);
                em.close();
                List<String> full = ranked.stream().map(m -> offerKeys.get(m.listing().id())).toList();
                List<String> bm25 = ranked.stream()
                        .sorted(Comparator.comparingDouble((Match m) -> m.components().get("lexical")).reversed())
                        .filter(m -> m.components().get("lexical") > 0)
                        .map(m -> offerKeys.get(m.listing().id())).toList();
                double[] f = metrics(full, r.grades());
                double[] b = metrics(bm25, r.grades());
                for (int k = 0; k < 3; k++) {
                    sums[variant][0][k] += b[k];
                    sums[variant][1][k] += f[k];
                }
                fullByVariant[variant] = f[0];
                if (variant == 0) {
                    bm25AsWritten = b[0];
                    topAsWritten = full.subList(0, Math.min(5, full.size()));
                }
            }
            perQuery.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f | %.2f | %.2f | %s |%n", r.id(), r.title(),
                    bm25AsWritten, fullByVariant[0], fullByVariant[1], fullByVariant[2], String.join(" ", topAsWritten)));
        }
        int n = requests.size();
        StringBuilder out = new StringBuilder();
        out.append("## Matching quality on the judged set\n\n")
                .append(requests.size()).append(" requests over ").append(offers.size())
                .append(" offers, written by hand in Vietnamese (`bench/exchange/requests.psv`, `offers.psv`); graded ")
                .append("relevance (3 = what was asked for, 2 = a good substitute or a large part of it, 1 = partly useful, ")
                .append("unlisted = 0) decided by reading, before ")
                .append("running the matcher. Every request is run three times: as written, with all diacritics ")
                .append("stripped (đ → d), and with old-style tone placement (hoà, thuỷ). Plain BM25 = the same ")
                .append("candidates (top 100) ordered by the BM25 signal alone (hits with BM25 = 0 dropped); full ")
                .append("matcher = BM25 + field + TRL + category, as `/api/v1/listings/{id}/matches` ranks them.\n\n")
                .append("| queries | ranking | nDCG@10 | Recall@50 | MRR@10 |\n|---|---|---|---|---|\n");
        for (int variant = 0; variant < 3; variant++) {
            for (int ranking = 0; ranking < 2; ranking++) {
                out.append(String.format(Locale.ROOT, "| %s | %s | %.3f | %.3f | %.3f |%n", VARIANTS.get(variant),
                        ranking == 0 ? "plain BM25" : "full matcher", sums[variant][ranking][0] / n,
                        sums[variant][ranking][1] / n, sums[variant][ranking][2] / n));
            }
        }
        out.append(String.format(Locale.ROOT, "%nLoss of nDCG@10 of the full matcher on stripped queries: %.1f points "
                        + "(budget ≤ 2); on old tone placement: %.1f points.%n",
                100 * (sums[0][1][0] - sums[1][1][0]) / n, 100 * (sums[0][1][0] - sums[2][1][0]) / n));
        out.append("\n<details><summary>Per request: nDCG@10 of BM25 and of the full matcher as written, of the full matcher "
                        + "with diacritics stripped and with old tone placement; top 5 of the full matcher as written</summary>\n\n")
                .append("| request | title | BM25 | full | full, stripped | full, old tones | top 5 |\n|---|---|---|---|---|---|---|\n")
                .append(perQuery)
                .append("\n</details>\n");
        return out.toString();
    }

    /** nDCG@10, Recall@50, MRR@10 of one ranking. */
    static double[] metrics(List<String> ranking, Map<String, Integer> grades) {
        double dcg = 0;
        for (int i = 0; i < Math.min(10, ranking.size()); i++) {
            int g = grades.getOrDefault(ranking.get(i), 0);
            dcg += (Math.pow(2, g) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        List<Integer> ideal = grades.values().stream().sorted(Comparator.reverseOrder()).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(10, ideal.size()); i++) {
            idcg += (Math.pow(2, ideal.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        long relevant = grades.values().stream().filter(g -> g > 0).count();
        long found = ranking.stream().limit(50).filter(id -> grades.getOrDefault(id, 0) > 0).count();
        double rr = 0;
        for (int i = 0; i < Math.min(10, ranking.size()); i++) {
            if (grades.getOrDefault(ranking.get(i), 0) > 0) {
                rr = 1.0 / (i + 1);
                break;
            }
        }
        return new double[] {idcg == 0 ? 0 : dcg / idcg, relevant == 0 ? 0 : (double) found / relevant, rr};
    }

    static String line(UUID id, String kind, Row r, String title, String summary, UUID owner, Instant now) {
        return String.join("\t", id.toString(), kind, r.category(), "PUBLISHED", clean(title), clean(summary), "\\N",
                r.field(), "\\N", r.trl() == null ? "\\N" : r.trl().toString(), "NONE", "NEGOTIABLE", "\\N", "Hải Phòng",
                owner.toString(), "bench", "false", now.toString(), now.plus(365, ChronoUnit.DAYS).toString(),
                now.toString(), now.toString(), "0") + "\n";
    }

    static String clean(String text) {
        return text.replace('\t', ' ').replace('\n', ' ').replace("\\", "\\\\");
    }

    static void copyIn(DataSource dataSource, String rows) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy exchange.listings (id, kind, category, status, title, "
                    + "summary, description, field, keywords, trl, ip_status, price_kind, price_vnd, location, "
                    + "owner_organisation_id, created_by, sample, published_at, expires_at, created_at, updated_at, version) "
                    + "from stdin", new StringReader(rows));
        }
    }

    static void index(ConfigurableApplicationContext context) throws InterruptedException {
        EntityManager em = context.getBean(EntityManagerFactory.class).createEntityManager();
        Search.session(em).massIndexer(Listing.class).threadsToLoadObjects(2).batchSizeToLoadObjects(200).startAndWait();
        em.close();
    }

    // ------------------------------------------------------------------ scale

    /**
     * The generated listings' vocabulary, most frequent first, drawn with a Zipf law (weight of rank r ∝ 1 / r^1.1):
     * the two-syllable phrases and the syllables of the judged set's titles and summaries (by their frequency there),
     * then generated two-syllable compounds of those syllables and model codes — a long tail in which most words are
     * rare, as in real listings, instead of a closed list of ~110 words that are all common.
     */
    static final class Vocabulary {
        final List<String> words = new ArrayList<>();
        final double[] cumulative;
        final int syllables;

        Vocabulary(Random random, int tail) throws Exception {
            Map<String, Integer> phraseCounts = new LinkedHashMap<>();
            Map<String, Integer> syllableCounts = new LinkedHashMap<>();
            for (String file : List.of("bench/exchange/offers.psv", "bench/exchange/requests.psv")) {
                for (Row row : read(file)) {
                    for (String part : (row.title() + " . " + row.summary()).split("[,.;:()/%]+")) {
                        String[] w = Arrays.stream(part.strip().split("\\s+"))
                                .filter(x -> x.codePoints().allMatch(Character::isLetter) && !x.isEmpty())
                                .map(x -> x.toLowerCase(Locale.ROOT)).toArray(String[]::new);
                        for (int i = 0; i < w.length; i++) {
                            syllableCounts.merge(w[i], 1, Integer::sum);
                            if (i + 1 < w.length) {
                                phraseCounts.merge(w[i] + " " + w[i + 1], 1, Integer::sum);
                            }
                        }
                    }
                }
            }
            Set<String> seen = new HashSet<>();
            List<String> syllableList = new ArrayList<>(syllableCounts.keySet());
            syllables = syllableList.size();
            phraseCounts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(e -> {
                        if (seen.add(e.getKey())) {
                            words.add(e.getKey());
                        }
                    });
            syllableCounts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(e -> {
                        if (seen.add(e.getKey())) {
                            words.add(e.getKey());
                        }
                    });
            while (words.size() < tail) {
                String word = random.nextInt(10) == 0
                        ? (char) ('A' + random.nextInt(26)) + "" + (char) ('A' + random.nextInt(26)) + "-"
                        + (100 + random.nextInt(9900))
                        : syllableList.get(random.nextInt(syllables)) + " " + syllableList.get(random.nextInt(syllables));
                if (seen.add(word)) {
                    words.add(word);
                }
            }
            cumulative = new double[words.size()];
            double sum = 0;
            for (int r = 0; r < words.size(); r++) {
                sum += 1 / Math.pow(r + 1, 1.1);
                cumulative[r] = sum;
            }
            for (int r = 0; r < cumulative.length; r++) {
                cumulative[r] /= sum;
            }
        }

        String next(Random random) {
            int i = Arrays.binarySearch(cumulative, random.nextDouble());
            return words.get(Math.min(words.size() - 1, i < 0 ? -i - 1 : i));
        }

        String text(Random random, int min, int max) {
            int n = min + random.nextInt(max - min + 1);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < n; i++) {
                String word = next(random);
                text.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word)
                        .append(i + 1 < n ? " " : "");
            }
            return text.toString();
        }
    }

    static final String[] FIELDS = {"101", "102", "104", "106", "201", "202", "203", "204", "205", "206", "207", "209",
            "211", "301", "302", "303", "401", "402", "405", "406"};
    static final String[] CATEGORIES = {"TECHNOLOGY", "EQUIPMENT", "SERVICE", "IP_LICENCE"};

    static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }

    static String scale(ConfigurableApplicationContext context, int total, int measured) throws Exception {
        DataSource dataSource = context.getBean(DataSource.class);
        Random random = new Random(8);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<UUID> owners = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            owners.add(UUID.randomUUID());
        }
        Vocabulary vocabulary = new Vocabulary(random, 60_000);
        List<String> titles = new ArrayList<>();
        List<UUID> requestIds = new ArrayList<>();
        long existing;
        try (Connection c = dataSource.getConnection(); var rs = c.createStatement()
                .executeQuery("select count(*) from exchange.listings where created_by = 'bench'")) {
            rs.next();
            existing = rs.getLong(1);
        }
        // the same seed gives the same rows: a kept data directory with exactly these rows is reused as it is
        boolean reuse = existing == total;
        if (!reuse && existing > 0) {
            throw new IllegalStateException("The data directory holds " + existing + " bench listings, not " + total);
        }
        long t0 = System.nanoTime();
        int chunk = 20_000;
        for (int start = 0; start < total; start += chunk) {
            StringBuilder rows = new StringBuilder();
            for (int i = start; i < Math.min(total, start + chunk); i++) {
                String title = vocabulary.text(random, 3, 6);
                String summary = vocabulary.text(random, 6, 10) + ", " + vocabulary.text(random, 5, 10) + ".";
                String kind = random.nextBoolean() ? "OFFER" : "REQUEST";
                UUID id = UUID.nameUUIDFromBytes(("scale:" + i).getBytes(StandardCharsets.UTF_8));
                if (titles.size() < 5_000 && random.nextInt(100) == 0) {
                    titles.add(title);
                }
                if ("REQUEST".equals(kind) && requestIds.size() < 5_000 && random.nextInt(100) == 0) {
                    requestIds.add(id);
                }
                Row row = new Row(null, pick(CATEGORIES, random), pick(FIELDS, random), 1 + random.nextInt(9), title,
                        summary, Map.of());
                rows.append(line(id, kind, row, title, summary, owners.get(random.nextInt(owners.size())), now));
            }
            if (!reuse) {
                copyIn(dataSource, rows.toString());
            }
        }
        double loadSeconds = Double.NaN;
        double indexSeconds = Double.NaN;
        if (!reuse) {
            try (Connection c = dataSource.getConnection()) {
                c.createStatement().execute("analyze exchange.listings");
            }
            loadSeconds = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            index(context);
            indexSeconds = (System.nanoTime() - t0) / 1e9;
        }
        boolean ilike = !"no".equals(System.getProperty("bench.ilike", "yes"));

        List<String> queries = new ArrayList<>();
        while (queries.size() < 50 + measured) {
            String[] words = strip(titles.get(random.nextInt(titles.size()))).toLowerCase(Locale.ROOT).split(" +");
            int length = 2 + random.nextInt(2);
            int from = random.nextInt(words.length - length + 1);
            queries.add(String.join(" ", Arrays.copyOfRange(words, from, from + length)));
        }
        if ("yes".equals(System.getProperty("bench.filtered", "no"))) {
            return filtered(context, queries);
        }
        ListingSearch search = context.getBean(ListingSearch.class);
        ListingMatches matches = context.getBean(ListingMatches.class);
        EntityManagerFactory emf = context.getBean(EntityManagerFactory.class);
        long[] lucene = new long[measured];
        long[] noFacets = new long[measured];
        long[] postgres = new long[measured];
        long[] matching = new long[measured];
        long[] luceneCpu = new long[measured];
        long[] noFacetsCpu = new long[measured];
        long[] fullRanking = new long[measured];
        long[] fullRankingCpu = new long[measured];
        int differentFromFull = 0;
        int large = 0;
        long[] matchingCpu = new long[measured];
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        int disagreements = 0;
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute("create extension if not exists unaccent");
            var statement = c.prepareStatement("select id, title from exchange.listings where status = 'PUBLISHED' and "
                    + "(unaccent(title) ilike ? or unaccent(summary) ilike ?) limit 20");
            for (int i = 0; i < queries.size(); i++) {
                String q = queries.get(i);
                long cpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                var withFacets = search.search(ListingQuery.text(q), 0, 20);
                long luceneTime = System.nanoTime() - start;
                long luceneCpuTime = threads.getCurrentThreadCpuTime() - cpu;
                cpu = threads.getCurrentThreadCpuTime();
                start = System.nanoTime();
                var withoutFacets = search.search(ListingQuery.text(q), 0, 20, false);
                long noFacetsTime = System.nanoTime() - start;
                long noFacetsCpuTime = threads.getCurrentThreadCpuTime() - cpu;
                // the reference: the same page ranked by scoring every hit (the ranking before the two-step one)
                cpu = threads.getCurrentThreadCpuTime();
                start = System.nanoTime();
                var full = search.search(ListingQuery.text(q), 0, 20, false, ListingSearch.Ranking.FULL);
                long fullTime = System.nanoTime() - start;
                long fullCpuTime = threads.getCurrentThreadCpuTime() - cpu;
                if (!full.items().stream().map(v -> v.id()).toList()
                        .equals(withFacets.items().stream().map(v -> v.id()).toList())) {
                    differentFromFull++;
                }
                if (!withFacets.exact()) {
                    large++;
                }
                // both variants must agree on the result: same first page, same size; exact facet counts add up to it
                if (!withFacets.items().stream().map(v -> v.id()).toList()
                        .equals(withoutFacets.items().stream().map(v -> v.id()).toList())
                        || withoutFacets.exact() != withFacets.exact() || withoutFacets.total() != withFacets.total()
                        || (!withFacets.facetsApproximate() && withFacets.total() != withFacets.facets().get("kind")
                        .values().stream().mapToLong(Long::longValue).sum())) {
                    disagreements++;
                }
                start = System.nanoTime();
                if (ilike) {
                    statement.setString(1, "%" + q + "%");
                    statement.setString(2, "%" + q + "%");
                    try (var rs = statement.executeQuery()) {
                        while (rs.next()) {
                            rs.getString(2);
                        }
                    }
                }
                long pgTime = System.nanoTime() - start;
                EntityManager em = emf.createEntityManager();
                Listing request = em.find(Listing.class, requestIds.get(i % requestIds.size()));
                cpu = threads.getCurrentThreadCpuTime();
                start = System.nanoTime();
                matches.rank(request, 10, true);
                long matchTime = System.nanoTime() - start;
                long matchCpuTime = threads.getCurrentThreadCpuTime() - cpu;
                em.close();
                if (i >= 50) {
                    lucene[i - 50] = luceneTime;
                    noFacets[i - 50] = noFacetsTime;
                    postgres[i - 50] = pgTime;
                    matching[i - 50] = matchTime;
                    luceneCpu[i - 50] = luceneCpuTime;
                    noFacetsCpu[i - 50] = noFacetsCpuTime;
                    fullRanking[i - 50] = fullTime;
                    fullRankingCpu[i - 50] = fullCpuTime;
                    matchingCpu[i - 50] = matchCpuTime;
                }
            }
        }
        Arrays.sort(lucene);
        Arrays.sort(noFacets);
        Arrays.sort(postgres);
        Arrays.sort(matching);
        Arrays.sort(luceneCpu);
        Arrays.sort(noFacetsCpu);
        Arrays.sort(fullRanking);
        Arrays.sort(fullRankingCpu);
        Arrays.sort(matchingCpu);
        return new StringBuilder()
                .append("## Scale: ").append(total).append(" listings\n\n")
                .append("Measured by `bench/exchange/run.sh scale ").append(total).append(' ').append(measured).append("` on ")
                .append(LocalDate.now()).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" CPU cores, max heap ").append(Runtime.getRuntime().maxMemory() / (1024 * 1024))
                .append(" MiB, embedded PostgreSQL, Hibernate Search 8.2 / Lucene 9.12.\n\n")
                .append("| what | value |\n|---|---|\n")
                .append("| listings (half offers, half requests, all published) | ").append(total).append(" |\n")
                .append("| vocabulary (Zipf, s = 1.1): words and two-syllable phrases / syllables of the judged set | ")
                .append(vocabulary.words.size()).append(" / ").append(vocabulary.syllables).append(" |\n")
                .append(reuse ? "| load and indexing | reused from the kept data directory (`BENCH_DATA`) |\n"
                        : String.format(Locale.ROOT, "| load (COPY) | %.1f s |%n| mass indexing (2 loader threads) | %.1f s |%n",
                        loadSeconds, indexSeconds))
                .append("\n").append(measured).append(" measured operations of each kind after 50 warm-up; queries are ")
                .append("folded two- and three-word sequences of generated titles, e.g. `")
                .append(String.join("`, `", queries.subList(50, 55))).append("`.\n\n")
                .append("| operation | p50 | p95 | p99 | max |\n|---|---|---|---|---|\n")
                .append(row("search: `ListingSearch` ranked top 20 + 6 facets (as `GET /api/v1/listings?q=`)", lucene))
                .append(row("search without facets: ranked top 20 only (API pages after the first, or `facets=false`)", noFacets))
                .append(row("reference: the same page ranked by scoring every hit (`Ranking.FULL`, the ranking before the two-step one), no facets", fullRanking))
                .append(row("PostgreSQL `unaccent(title/summary) ILIKE '%…%'` (first 20, unranked)", postgres))
                .append(row("top-10 matches with reasons (`ListingMatches`, as `/api/v1/listings/{id}/matches`)", matching))
                .append("\nCPU time of the calling thread for the same operations (Lucene searches run on it; the time a ")
                .append("busy machine keeps the thread waiting for a core is left out, so these move less with the ")
                .append("load than the elapsed times above):\n\n")
                .append("| operation | p50 | p95 | p99 | max |\n|---|---|---|---|---|\n")
                .append(row("search with facets, CPU", luceneCpu))
                .append(row("search without facets, CPU", noFacetsCpu))
                .append(row("reference: scoring every hit, no facets, CPU", fullRankingCpu))
                .append(row("top-10 matches with reasons, CPU", matchingCpu))
                .append(String.format(Locale.ROOT, "%nSearches whose page or total differed between the two variants, "
                        + "or whose exact facet counts did not add up to the total: %d of %d.%n", disagreements, queries.size()))
                .append(String.format(Locale.ROOT, "%nSearches with more than %d hits (total a lower bound, facets "
                        + "estimated from a sample, page ranked in two steps): %d of %d. First pages different from the "
                        + "reference ranking of every hit: %d of %d.%n", ListingSearch.EXACT_COUNT_LIMIT, large,
                        queries.size(), differentFromFull, queries.size()))
                .append(String.format(Locale.ROOT, "%nMachine load average at the end: %s.%n",
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
                .append(String.format(Locale.ROOT, "%nRatio p95 ILIKE / p95 Lucene search: **%.1f×**. Budgets: search p95 ≤ 30 ms, "
                        + "top-10 matches p95 ≤ 50 ms.%n", ms(pct(postgres, 95)) / ms(pct(lucene, 95))))
                .toString();
    }

    /**
     * {@code BENCH_FILTERED=yes}: the same queries with a filter (kind, field, TRL range) and as page 4, each by the
     * search as the API runs it ({@code Ranking.AUTO}) and by scoring every hit ({@code Ranking.FULL}): CPU time of
     * the calling thread after 50 warm-up queries, and how many pages differ (instead of the scale report).
     */
    static String filtered(ConfigurableApplicationContext context, List<String> queries) {
        ListingSearch search = context.getBean(ListingSearch.class);
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        StringBuilder out = new StringBuilder("## Filtered searches and a later page, " + queries.size()
                + " queries (CPU time, the first 50 not measured)\n\n| variant | as the API runs it p50 / p95 | "
                + "every hit scored p50 / p95 | results > 10,000 | pages different |\n|---|---|---|---|---|\n");
        for (String variant : List.of("kind=OFFER", "field=101", "trlMin=4&trlMax=6", "page=3, no facets")) {
            int n = queries.size();
            long[] auto = new long[n - 50];
            long[] full = new long[n - 50];
            int differ = 0;
            int large = 0;
            for (int i = 0; i < n; i++) {
                String q = queries.get(i);
                ListingQuery query = switch (variant) {
                    case "kind=OFFER" -> new ListingQuery(q, org.innoport.exchange.ListingKind.OFFER, null, null, null,
                            null, null, null, null, null, null);
                    case "field=101" -> new ListingQuery(q, null, null, "101", null, null, null, null, null, null, null);
                    case "trlMin=4&trlMax=6" -> new ListingQuery(q, null, null, null, 4, 6, null, null, null, null, null);
                    default -> ListingQuery.text(q);
                };
                int page = variant.startsWith("page") ? 3 : 0;
                long c0 = threads.getCurrentThreadCpuTime();
                var a = search.search(query, page, 20, page == 0, ListingSearch.Ranking.AUTO);
                long c1 = threads.getCurrentThreadCpuTime();
                var b = search.search(query, page, 20, false, ListingSearch.Ranking.FULL);
                long c2 = threads.getCurrentThreadCpuTime();
                if (!a.items().stream().map(v -> v.id()).toList().equals(b.items().stream().map(v -> v.id()).toList())) {
                    differ++;
                }
                if (!a.exact()) {
                    large++;
                }
                if (i >= 50) {
                    auto[i - 50] = c1 - c0;
                    full[i - 50] = c2 - c1;
                }
            }
            Arrays.sort(auto);
            Arrays.sort(full);
            out.append(String.format(Locale.ROOT, "| %s | %.1f / %.1f ms | %.1f / %.1f ms | %d of %d | %d of %d |%n", variant,
                    ms(pct(auto, 50)), ms(pct(auto, 95)), ms(pct(full, 50)), ms(pct(full, 95)), large, n, differ, n));
        }
        return out.toString();
    }

    static String row(String name, long[] sorted) {
        return String.format(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %.1f ms | %.1f ms |%n", name, ms(pct(sorted, 50)),
                ms(pct(sorted, 95)), ms(pct(sorted, 99)), ms(sorted[sorted.length - 1]));
    }

    static long pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }
}
