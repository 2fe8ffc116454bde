package org.innoport.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.innoport.identity.UserMother;
import org.innoport.platform.JobState;
import org.innoport.platform.Jobs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;

/** XLSX import of registry tasks as a platform job: valid rows registered, invalid rows kept as per-row errors. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class RegistryImportTests {

    @Autowired
    RegistryImports imports;
    @Autowired
    TaskRegistry registry;
    @Autowired
    Jobs jobs;

    @Test
    void validRowsAreRegisteredAndInvalidRowsAreReportedWithTheirRowAndColumn() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet();
            write(sheet.createRow(0), RegistryImports.COLUMNS);
            write(sheet.createRow(1), "QG." + run + ".1", "Nhiệm vụ quốc gia nhập thử", "NATIONAL", "", "2",
                    "Viện thử", "INSTITUTE", "", "2024", "2024", "2026", "IN_PROGRESS", "3000000000", "500000000",
                    "0", "");
            write(sheet.createRow(2), "CS." + run + ".2", "Nhiệm vụ cơ sở nhập thử", "GRASSROOTS", "", "1",
                    "Bệnh viện thử", "HOSPITAL", "", "2025", "2025", "2025", "CLOSED", "80000000", "0", "0", "");
            write(sheet.createRow(3), "XX." + run + ".3", "Cấp không có", "PROVINCIAL", "", "1", "Đơn vị thử",
                    "OTHER", "", "2025", "2025", "2025", "CLOSED", "1", "0", "0", "");
            write(sheet.createRow(4), "BO." + run + ".4", "Số tiền âm", "MINISTERIAL", "", "1", "Đơn vị thử",
                    "OTHER", "", "2025", "2025", "2025", "CLOSED", "-5", "0", "0", "");
            book.write(out);
            xlsx = out.toByteArray();
        }
        UUID job = UserMother.asAdmin(() -> imports.start("admin", xlsx));
        assertThat(await().atMost(Duration.ofSeconds(60)).pollInSameThread().until(
                () -> jobs.status(job, "admin", true).state(), JobState::finished)).isEqualTo(JobState.SUCCEEDED);
        assertThat(registry.list(null, run, PageRequest.of(0, 10)).getContent())
                .extracting(TaskRegistry.RegistryView::code).containsExactlyInAnyOrder("QG." + run + ".1",
                        "CS." + run + ".2");
        assertThat(imports.errors(job)).extracting(RegistryImports.RowError::row, RegistryImports.RowError::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, "level"),
                        org.assertj.core.groups.Tuple.tuple(5, "state"));
    }

    private static void write(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }
}
