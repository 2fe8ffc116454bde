package org.innoport.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar innoport.jar index compute ...}: the same computation from files, without the server. */
class IndexCommandTests {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void computesTheFixtureFromCsvFilesAndWritesEveryScoreAndRank() throws IOException {
        Path scores = dir.resolve("scores.csv");
        int code = run("index", "compute", "--framework=" + copy("framework.csv"), "--data=" + copy("data.csv"),
                "--published=" + copy("expected-scores.csv"), "--out=" + scores);

        assertThat(code).isZero();
        assertThat(text(out)).contains("PII: 63 units, 83 nodes").contains("Scores written to " + scores)
                .containsPattern("published vs computed: \\d+ scores compared, largest difference -?0\\.00");
        List<String> lines = Files.readAllLines(scores, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(64);
        assertThat(lines.getFirst()).startsWith("\uFEFFunit,name,PII,IN,OUT,P1").contains("rank:PII");
        assertThat(lines.get(1)).startsWith("VN-01,Tỉnh/thành phố 01,55.75");
    }

    @Test
    void writesXlsxWhenTheOutputFileSaysSo() throws IOException {
        Path scores = dir.resolve("scores.xlsx");
        assertThat(run("index", "compute", "--framework=" + copy("framework.csv"), "--data=" + copy("data.csv"),
                "--out=" + scores)).isZero();
        assertThat(Files.readAllBytes(scores)).startsWith('P', 'K');
    }

    @Test
    void aWrongFrameworkExitsWithOneAndEveryProblemInTheChosenLanguage() throws IOException {
        Path framework = dir.resolve("wrong.csv");
        Files.writeString(framework, """
                code,parent,kind,name_vi,name_en,weight,direction,role
                X,,INDEX,,,,,
                P,X,PILLAR,,,0,,
                i,P,INDICATOR,,,,,
                i,P,INDICATOR,,,,,
                """);
        Path data = dir.resolve("d.csv");
        Files.writeString(data, "unit,i\nA,1\n");

        assertThat(run("index", "compute", "--framework=" + framework, "--data=" + data, "--lang=vi")).isEqualTo(1);
        assertThat(text(err)).contains("Not computed:")
                .contains("nodes[1].weight: Trọng số của nút «P» phải lớn hơn 0 (đang là 0.0).")
                .contains("nodes[3].code: Mã «i» xuất hiện ở hai chỗ");
    }

    @Test
    void withoutItsFilesTheCommandPrintsItsUsage() {
        assertThat(IndexCommand.matches(new String[] {"index", "compute"})).isTrue();
        assertThat(IndexCommand.matches(new String[] {"admin", "create"})).isFalse();
        assertThat(run("index", "compute")).isEqualTo(1);
        assertThat(text(err)).contains("Usage: java -jar innoport.jar index compute --framework=FILE --data=FILE");
    }

    private int run(String... args) {
        return IndexCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path copy(String name) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/indicators/composite/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
