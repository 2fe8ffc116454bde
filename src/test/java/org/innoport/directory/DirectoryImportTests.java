package org.innoport.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class DirectoryImportTests {

    static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    long organisationsNamed(String token) {
        return jdbc.queryForObject("select count(*) from directory.organisation where name like ?", Long.class,
                "%" + token + "%");
    }

    long organisationCount() {
        return jdbc.queryForObject("select count(*) from directory.organisation", Long.class);
    }

    JsonNode upload(byte[] content, String fileName, String mode, int expectedStatus) throws Exception {
        return upload("organisations", content, fileName, mode, expectedStatus);
    }

    /**
     * Uploads a file; an accepted import (202, a QUEUED job) is followed until its job has finished, and the final
     * answer of {@code GET /api/v1/{resources}/imports/{id}} is returned.
     */
    JsonNode upload(String resources, byte[] content, String fileName, String mode, int expectedStatus) throws Exception {
        var response = mvc.perform(multipart("/api/v1/" + resources + "/imports")
                        .file(new MockMultipartFile("file", fileName, XLSX, content))
                        .param("mode", mode).header("Accept-Language", "vi").with(OFFICER).with(csrf()))
                .andExpect(status().is(expectedStatus)).andReturn().getResponse();
        JsonNode answer = json.readTree(response.getContentAsString());
        if (expectedStatus != 202) {
            return answer;
        }
        assertThat(answer.get("state").asString()).isIn("QUEUED", "RUNNING");
        assertThat(answer.get("jobId").asString()).isNotBlank();
        assertThat(response.getHeader("Location")).isEqualTo("/api/v1/" + resources + "/imports/" + answer.get("id").asString());
        return await().atMost(Duration.ofMinutes(3)).pollInSameThread().until(
                () -> json.readTree(mvc.perform(get(response.getHeader("Location")).header("Accept-Language", "vi")
                        .with(OFFICER)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString()),
                view -> !List.of("QUEUED", "RUNNING").contains(view.get("state").asString()));
    }

    @Test
    void tenThousandRowsWithThreeBadOnesAllOrNothingThenValidRows() throws Exception {
        String token = DirectoryMother.token();
        byte[] file = ImportFiles.organisations(token, 10_000);

        JsonNode rejected = upload(file, "to-chuc.xlsx", "ALL_OR_NOTHING", 202);
        assertThat(rejected.get("state").asString()).isEqualTo("COMPLETED");
        assertThat(rejected.get("percent").asInt()).isEqualTo(100);
        JsonNode report = rejected.get("report");
        assertThat(report.get("state").asString()).isEqualTo("REJECTED");
        assertThat(report.get("rowsRead").asInt()).isEqualTo(10_000);
        assertThat(report.get("imported").asInt()).isZero();
        assertThat(rows(report)).containsExactlyElementsOf(ImportFiles.BAD_ROWS);
        assertThat(report.get("errors").get(0).get("column").asString()).isEqualTo("Mã số thuế");
        assertThat(report.get("errors").get(0).get("reason").asString()).contains("Mã số thuế không hợp lệ");
        assertThat(report.get("errors").get(1).get("column").asString()).isEqualTo("Tên tổ chức");
        assertThat(report.get("errors").get(1).get("reason").asString()).isEqualTo("Không được để trống.");
        assertThat(report.get("errors").get(2).get("column").asString()).isEqualTo("Loại hình");
        assertThat(report.get("errors").get(2).get("reason").asString()).contains("Hợp tác xã không có");
        assertThat(organisationsNamed(token)).isZero();

        JsonNode imported = upload(file, "to-chuc.xlsx", "VALID_ROWS", 202).get("report");
        assertThat(imported.get("state").asString()).isEqualTo("COMPLETED");
        assertThat(imported.get("imported").asInt()).isEqualTo(9_997);
        assertThat(rows(imported)).containsExactlyElementsOf(ImportFiles.BAD_ROWS);
        assertThat(organisationsNamed(token)).isEqualTo(9_997);
        mvc.perform(get("/api/v1/organisations").param("q", "cong ty thu nghiem nhap " + token + " 4321"))
                .andExpect(jsonPath("$.items[0].name").value("Công ty Thử nghiệm Nhập " + token + " 4321"));

        String csv = mvc.perform(get("/api/v1/organisations/imports/{id}/errors", imported.get("id").asString())
                        .param("format", "csv").with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Dòng,Cột,Lý do,Giá trị").contains("1001,Mã số thuế").contains("9999,Loại hình");
        byte[] xlsx = mvc.perform(get("/api/v1/organisations/imports/{id}/errors", imported.get("id").asString())
                        .param("format", "xlsx").with(OFFICER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(3);
        }
    }

    @Test
    void aFileThatIsNotAnXlsxGetsAClearErrorAndChangesNothing() throws Exception {
        long before = organisationCount();
        JsonNode text = upload("Tên tổ chức;Loại hình\nA;B".getBytes(StandardCharsets.UTF_8), "to-chuc.csv",
                "VALID_ROWS", 400);
        assertThat(text.get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(text.get("errors").get(0).get("message").asString()).contains("không phải bảng tính Excel");
        byte[] damaged = new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        assertThat(upload(damaged, "hong.xlsx", "VALID_ROWS", 400).get("errors").get(0).get("field").asString())
                .isEqualTo("file");
        byte[] truncated = java.util.Arrays.copyOf(ImportFiles.organisations(DirectoryMother.token(), 50), 3000);
        upload(truncated, "cut.xlsx", "VALID_ROWS", 400);
        assertThat(organisationCount()).isEqualTo(before);
    }

    @Test
    void aWorkbookWithoutTheRequiredColumnsIsRefused() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        org.innoport.directory.imports.SpreadsheetWriter.xlsx(out, new org.innoport.directory.imports.SpreadsheetWriter.Table(
                "x", List.of("Cột lạ", "Khác"), List.of(List.of("a", "b"))));
        JsonNode problem = upload(out.toByteArray(), "x.xlsx", "VALID_ROWS", 400);
        assertThat(problem.get("errors").get(0).get("message").asString()).contains("Tên tổ chức").contains("Loại hình");
    }

    @Test
    void rowsAlreadyInTheDirectoryAreReportedNotDuplicated() throws Exception {
        String token = DirectoryMother.token();
        byte[] file = ImportFiles.organisations(token, 3);
        assertThat(upload(file, "a.xlsx", "VALID_ROWS", 202).get("report").get("imported").asInt()).isEqualTo(3);
        JsonNode again = upload(file, "a.xlsx", "VALID_ROWS", 202).get("report");
        assertThat(again.get("imported").asInt()).isZero();
        assertThat(rows(again)).containsExactly(2, 2, 3, 3, 4, 4);
        assertThat(again.get("errors").get(0).get("reason").asString() + again.get("errors").get(1).get("reason").asString())
                .contains("đã được dùng cho tổ chức").contains("Trùng tên với tổ chức đã có");
        assertThat(organisationsNamed(token)).isEqualTo(3);
    }

    @Test
    void applicantsCannotImport() throws Exception {
        mvc.perform(multipart("/api/v1/organisations/imports")
                        .file(new MockMultipartFile("file", "x.xlsx", XLSX, ImportFiles.organisations(DirectoryMother.token(), 2)))
                        .with(user("applicant").roles("APPLICANT")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void templatesAndExportsAreDownloadable() throws Exception {
        byte[] template = mvc.perform(get("/api/v1/labs/imports/template"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tên phòng thí nghiệm *");
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
        }
        byte[] export = mvc.perform(get("/api/v1/organisations/export").param("q", "hang hai").param("format", "xlsx"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            List<String> names = new ArrayList<>();
            workbook.getSheetAt(0).forEach(row -> names.add(row.getCell(0).getStringCellValue()));
            assertThat(names).contains("Trường Đại học Hàng hải Việt Nam");
        }
        String csv = mvc.perform(get("/api/v1/labs/export").param("format", "csv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Phòng thí nghiệm Môi trường biển (Dữ liệu mẫu)");
        String people = mvc.perform(get("/api/v1/people/export").param("format", "csv").param("q", "nguyen van an")
                        .with(user("applicant").roles("APPLICANT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(people).contains("Nguyễn Văn An").doesNotContain("@mau.invalid");
    }

    @Test
    void peopleAndLabsImportFromTheirTemplates() throws Exception {
        String token = DirectoryMother.token();
        var out = new java.io.ByteArrayOutputStream();
        var vi = java.util.Locale.forLanguageTag("vi");
        org.innoport.directory.imports.SpreadsheetWriter.xlsx(out, new org.innoport.directory.imports.SpreadsheetWriter.Table("p",
                ImportColumns.LABS.stream().map(c -> c.label(vi)).toList(),
                List.of(java.util.Arrays.asList("PTN Nhập " + token, "Viện Nghiên cứu hải sản", null, null, "405", "Thủy sản",
                        "01/06/2024", null))));
        JsonNode labs = upload("labs", out.toByteArray(), "labs.xlsx", "ALL_OR_NOTHING", 202);
        assertThat(labs.get("report").get("imported").asInt()).isEqualTo(1);
        out.reset();
        org.innoport.directory.imports.SpreadsheetWriter.xlsx(out, new org.innoport.directory.imports.SpreadsheetWriter.Table("p",
                ImportColumns.PEOPLE.stream().map(c -> c.label(vi)).toList(),
                List.of(java.util.Arrays.asList("Người Nhập " + token, "PGS", "TS", null, "a@example.invalid", null,
                        "02/03/1970", "Trường Đại học Hàng hải Việt Nam", "Giảng viên", "203", "tàu thủy; máy"))));
        JsonNode peopleReport = upload("people", out.toByteArray(), "people.xlsx", "ALL_OR_NOTHING", 202);
        assertThat(peopleReport.get("report").get("imported").asInt()).isEqualTo(1);
        mvc.perform(get("/api/v1/people").param("q", "nguoi nhap " + token).with(OFFICER))
                .andExpect(jsonPath("$.items[0].affiliations[0].organisationName").value("Trường Đại học Hàng hải Việt Nam"))
                .andExpect(jsonPath("$.items[0].personal.birthDate").value("1970-03-02"));
    }

    static List<Integer> rows(JsonNode report) {
        List<Integer> rows = new ArrayList<>();
        report.get("errors").forEach(e -> rows.add(e.get("row").asInt()));
        return rows;
    }
}
