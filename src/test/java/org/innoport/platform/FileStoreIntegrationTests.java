package org.innoport.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Stream;
import org.innoport.platform.files.FileSamples;
import org.innoport.platform.files.FileStoreProperties;
import org.innoport.shared.NotFoundException;
import org.innoport.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class FileStoreIntegrationTests {

    @Autowired
    FileStore files;
    @Autowired
    FileStoreProperties properties;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MockMvc mvc;

    @Test
    void storesAPdfUnderItsIdInShardedFoldersWithItsHashAndMetadata() throws Exception {
        byte[] pdf = FileSamples.pdf();
        StoredFile stored = files.store(new ByteArrayInputStream(pdf), "Thuyết minh đề tài.pdf", "application/octet-stream",
                "applicant");

        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.size()).isEqualTo(pdf.length);
        assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        assertThat(stored.owner()).isEqualTo("applicant");
        assertThat(stored.originalName()).isEqualTo("Thuyết minh đề tài.pdf");

        Path path = files.pathOf(stored.id());
        String id = stored.id().toString();
        assertThat(path).isEqualTo(root().resolve(id.substring(0, 2)).resolve(id.substring(2, 4)).resolve(id));
        assertThat(Files.readAllBytes(path)).isEqualTo(pdf);
        try (InputStream in = files.open(stored.id())) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        var row = jdbc.sql("select original_name, content_type, declared_type, size_bytes, sha256, owner from platform.files where id = ?")
                .param(stored.id()).query().singleRow();
        assertThat(row).containsEntry("content_type", "application/pdf")
                .containsEntry("declared_type", "application/octet-stream")
                .containsEntry("size_bytes", (long) pdf.length)
                .containsEntry("sha256", stored.sha256())
                .containsEntry("owner", "applicant");
        assertThat(files.get(stored.id())).isEqualTo(stored);
    }

    @Test
    void keepsTheUploadedNameInNfcWithoutFolders() {
        String decomposed = Normalizer.normalize("Biên bản họp.docx", Normalizer.Form.NFD);
        StoredFile stored = files.store(new ByteArrayInputStream(FileSamples.docx()), "C:\\fakepath\\" + decomposed,
                null, "officer");
        assertThat(stored.originalName()).isEqualTo(Normalizer.normalize("Biên bản họp.docx", Normalizer.Form.NFC));
        assertThat(stored.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void refusesAnExecutableRenamedPdfAndLeavesNothingBehind() throws IOException {
        String name = "hoa-don-" + UUID.randomUUID() + ".pdf";
        long filesBefore = storedFileCount();

        assertThatThrownBy(() -> files.store(new ByteArrayInputStream(FileSamples.exe()), name, "application/pdf", "applicant"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("files.type-not-allowed");
                    assertThat(e.field()).isEqualTo("file");
                });

        assertThat(jdbc.sql("select count(*) from platform.files where original_name = ?").param(name)
                .query(Long.class).single()).isZero();
        assertThat(storedFileCount()).isEqualTo(filesBefore);
        assertThat(incoming()).isEmpty();
    }

    @Test
    void refusesAFileLargerThanTheLimitWhileReadingIt() throws IOException {
        long limit = properties.maxSize().toBytes();
        InputStream tooLarge = new InputStream() {
            long left = limit + 1;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'a');
                left -= n;
                return n;
            }
        };
        assertThatThrownBy(() -> files.store(tooLarge, "lon.txt", "text/plain", "applicant"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("files.too-large"));
        assertThat(incoming()).isEmpty();
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> files.store(new ByteArrayInputStream(new byte[0]), "rong.pdf", null, "applicant"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("files.empty"));
    }

    @Test
    void removesTheBytesWhenTheCallersTransactionRollsBack() {
        StoredFile stored = transactions.execute(status -> {
            StoredFile file = files.store(new ByteArrayInputStream(FileSamples.png()), "so-do.png", "image/png", "applicant");
            assertThat(files.pathOf(file.id())).exists();
            status.setRollbackOnly();
            return file;
        });
        assertThat(files.pathOf(stored.id())).doesNotExist();
        assertThatThrownBy(() -> files.get(stored.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void servesAFileAsAnAttachmentWithItsVietnameseNameTypeAndNosniff() throws Exception {
        byte[] pdf = FileSamples.pdf();
        StoredFile stored = files.store(new ByteArrayInputStream(pdf), "Báo cáo tổng kết.pdf", "application/pdf", "applicant");

        mvc.perform(get("/test/services/files/{id}", stored.id()).with(user("applicant")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"Bao cao tong ket.pdf\"; "
                        + "filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20t%E1%BB%95ng%20k%E1%BA%BFt.pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().longValue("Content-Length", pdf.length))
                .andExpect(content().bytes(pdf));
    }

    @Test
    void servesTextAsUtf8() throws Exception {
        StoredFile stored = files.store(new ByteArrayInputStream(FileSamples.csv()), "danh-sach.csv", "text/csv", "applicant");
        mvc.perform(get("/test/services/files/{id}", stored.id()).with(user("applicant")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(content().string(new String(FileSamples.csv(), StandardCharsets.UTF_8)));
    }

    @Test
    void deletesTheRowAndTheBytes() {
        StoredFile stored = files.store(new ByteArrayInputStream(FileSamples.jpeg()), "anh.jpg", "image/jpeg", "applicant");
        files.delete(stored.id());
        assertThat(files.pathOf(stored.id())).doesNotExist();
        assertThatThrownBy(() -> files.open(stored.id())).isInstanceOf(NotFoundException.class);
    }

    private Path root() {
        return properties.root().toAbsolutePath().normalize();
    }

    private long storedFileCount() throws IOException {
        if (!Files.exists(root())) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(root())) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    private java.util.List<Path> incoming() throws IOException {
        Path incoming = root().resolve(".incoming");
        if (!Files.exists(incoming)) {
            return java.util.List.of();
        }
        try (Stream<Path> list = Files.list(incoming)) {
            return list.toList();
        }
    }
}
