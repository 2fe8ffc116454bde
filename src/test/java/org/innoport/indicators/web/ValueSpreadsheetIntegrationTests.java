package org.innoport.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.innoport.indicators.Direction;
import org.innoport.indicators.IndicatorCatalogue;
import org.innoport.indicators.NewIndicator;
import org.innoport.indicators.Periodicity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class ValueSpreadsheetIntegrationTests {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IndicatorCatalogue catalogue;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void inAllOrNothingModeAFileWithWrongRowsStoresNothingAndReportsEachErrorByRowAndColumn() throws Exception {
        String code = newIndicator();
        JsonNode result = importFile(sheet(code), null);

        assertThat(result.get("state").asString()).isEqualTo("REJECTED");
        assertThat(result.get("rowsRead").asInt()).isEqualTo(8);
        assertThat(result.get("rowsImported").asInt()).isZero();
        assertThat(storedValues(code)).isZero();
        assertWrongRowsReported(result);
        assertThat(auditEvents(result.get("id").asString())).isZero();

        mvc.perform(get(result.get("errorReportUrl").asString()).with(OFFICER)).andExpect(status().isOk())
                .andExpect(content().string(containsString("row,column,reason")))
                .andExpect(content().string(containsString("5,\"qualifier\"")));
    }

    @Test
    void inValidRowsModeTheGoodRowsAreStoredWithTheirProvenanceAndTheImportIsAuditedOnce() throws Exception {
        String code = newIndicator();
        JsonNode result = importFile(sheet(code), "VALID_ROWS");

        assertThat(result.get("state").asString()).isEqualTo("IMPORTED");
        assertThat(result.get("rowsImported").asInt()).isEqualTo(3);
        assertThat(storedValues(code)).isEqualTo(3);
        assertWrongRowsReported(result);
        assertThat(jdbc.sql("""
                select v.quote from indicators.data_values v join indicators.indicators i on i.id = v.indicator_id
                where i.code = :code and v.period_start = 2021""").param("code", code).query(String.class).single())
                .isEqualTo("Năm 2021 đạt 12,5 %.");
        assertThat(auditEvents(result.get("id").asString())).isEqualTo(1);

        byte[] exported = mvc.perform(get("/api/v1/indicators/values.xlsx").param("indicator", code))
                .andExpect(status().isOk()).andExpect(content().contentType(XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(0).getCell(9).getStringCellValue()).isEqualTo("quote");
            assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).isEqualTo("2021");
            assertThat(sheet.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(12.5);
            assertThat(sheet.getRow(3).getCell(4).getStringCellValue()).isEqualTo("ABOUT");
            assertThat(sheet.getRow(3).getCell(9).getStringCellValue()).isEqualTo("Năm 2021 đạt 12,5 %.");
        }

        JsonNode again = importFile(exported, "VALID_ROWS");
        assertThat(again.get("rowsImported").asInt()).isZero();
        assertThat(again.get("errors").get(0).get("reason").asString()).contains("2013–2022");
    }

    @Test
    void aFileThatIsNoSpreadsheetIsRefusedAtUploadAndNothingIsKept() throws Exception {
        long before = imports();
        mvc.perform(multipart("/api/v1/indicators/values/imports")
                        .file(new MockMultipartFile("file", "values.xlsx", XLSX,
                                "indicator,area\nx,VN-HP\n".getBytes(StandardCharsets.UTF_8)))
                        .with(OFFICER).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(multipart("/api/v1/indicators/values/imports")
                        .file(new MockMultipartFile("file", "report.pdf", "application/pdf",
                                "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))
                        .with(OFFICER).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        assertThat(imports()).isEqualTo(before);
    }

    @Test
    void aBrokenWorkbookIsRejectedByTheJobWithAClearMessageAndTheDatabaseUnchanged() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("not xml at all".getBytes(StandardCharsets.UTF_8));
        }
        long values = jdbc.sql("select count(*) from indicators.data_values").query(Long.class).single();
        JsonNode result = importFile(bytes.toByteArray(), null);

        assertThat(result.get("state").asString()).isEqualTo("REJECTED");
        assertThat(result.get("errors").get(0).get("column").asString()).isEqualTo("file");
        assertThat(result.get("errors").get(0).get("reason").asString()).contains(".xlsx");
        assertThat(jdbc.sql("select count(*) from indicators.data_values").query(Long.class).single())
                .isEqualTo(values);
        mvc.perform(get(result.get("jobUrl").asString().replace("/jobs/", "/api/v1/jobs/")).with(OFFICER))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("FAILED"));
    }

    @Test
    void anApplicantIsRefusedAndAnAnonymousCallerMustSignIn() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "values.xlsx", XLSX, sheet("gdp"));
        mvc.perform(multipart("/api/v1/indicators/values/imports").file(file)
                        .with(user("applicant").roles("APPLICANT")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/indicators/values/imports").file(file).with(csrf()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void theOfficerPageUploadsAndContinuesOnTheJobsProgressPage() throws Exception {
        mvc.perform(get("/data-imports")).andExpect(status().isOk())
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
        String code = newIndicator();
        mvc.perform(multipart("/data-imports").file(new MockMultipartFile("file", "v.xlsx", XLSX, sheet(code)))
                        .param("mode", "VALID_ROWS").with(csrf()))
                .andExpect(redirectedUrlPattern("/jobs/*"));
    }

    private static void assertWrongRowsReported(JsonNode result) {
        List<String> errors = result.get("errors").valueStream()
                .map(e -> e.get("row").asInt() + ":" + e.get("column").asString()).toList();
        assertThat(errors).containsExactly("3:value", "4:period", "5:qualifier", "6:source_publication",
                "7:indicator");
        assertThat(result.get("errorCount").asInt()).isEqualTo(5);
        assertThat(result.get("errors").get(0).get("reason").asString()).contains("abc");
    }

    private JsonNode importFile(byte[] content, String mode) throws Exception {
        var request = multipart("/api/v1/indicators/values/imports")
                .file(new MockMultipartFile("file", "số liệu.xlsx", XLSX, content)).with(OFFICER).with(csrf());
        if (mode != null) {
            request.param("mode", mode);
        }
        String body = mvc.perform(request).andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String id = json.readTree(body).get("id").asString();
        // generous: on a loaded machine the job may wait for a worker behind other tests' jobs
        return await().atMost(Duration.ofMinutes(3)).pollInSameThread().until(
                () -> json.readTree(mvc.perform(get("/api/v1/indicators/values/imports/" + id).with(OFFICER))
                        .andExpect(status().isOk()).andReturn().getResponse()
                        .getContentAsString(StandardCharsets.UTF_8)),
                view -> !List.of("QUEUED", "RUNNING").contains(view.get("state").asString()));
    }

    /** Good rows 2, 8, 9; wrong rows 3 (value), 4 (period), 5 (qualifier), 6 (no source), 7 (unknown indicator). */
    private static byte[] sheet(String code) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("values");
            row(sheet, 0, "indicator", "area", "period", "value", "qualifier", "status", "source_document",
                    "source_publication", "source_page", "quote", "note");
            row(sheet, 1, code, "VN-HP", 2020, 10, "EXACT", "REPORTED", null, "Niên giám 2021", "12",
                    "Năm 2020 đạt 10 %.", null);
            row(sheet, 2, code, "VN-HP", 2019, "abc", "EXACT", "REPORTED", null, "Niên giám", null, null, null);
            row(sheet, 3, code, "VN-HP", "20x1", 3, "EXACT", "REPORTED", null, "Niên giám", null, null, null);
            row(sheet, 4, code, "VN-HP", 2018, 3, "ROUGHLY", "REPORTED", null, "Niên giám", null, null, null);
            row(sheet, 5, code, "VN-HP", 2017, 3, "EXACT", "REPORTED", null, null, null, null, null);
            row(sheet, 6, "no_such_" + code, "VN-HP", 2016, 3, "EXACT", "REPORTED", null, "Niên giám", null,
                    null, null);
            row(sheet, 7, code, "VN-HP", 2021, new BigDecimal("12.5"), "about", "REPORTED", null, "Niên giám 2022",
                    "14", "Năm 2021 đạt 12,5 %.", null);
            row(sheet, 8, code, "VN", "2013-2022", 7, "AT_LEAST", "ESTIMATED", null, "Báo cáo", null, null,
                    "ước tính");
            book.write(out);
            return out.toByteArray();
        }
    }

    private static void row(Sheet sheet, int index, Object... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            switch (cells[i]) {
                case null -> { }
                case Number n -> row.createCell(i).setCellValue(n.doubleValue());
                default -> row.createCell(i).setCellValue(cells[i].toString());
            }
        }
    }

    private String newIndicator() {
        String code = "imp_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        catalogue.define(new NewIndicator(code, "Chỉ tiêu nhập " + code, "Imported " + code, "%", Direction.HIGHER,
                Periodicity.ANNUAL, null, null, null, null));
        return code;
    }

    private long storedValues(String code) {
        return jdbc.sql("""
                select count(*) from indicators.data_values v join indicators.indicators i on i.id = v.indicator_id
                where i.code = :code""").param("code", code).query(Long.class).single();
    }

    private long auditEvents(String importId) {
        return jdbc.sql("select count(*) from audit.entries where aggregate_type = 'ValueImport' and aggregate_id = :id")
                .param("id", importId).query(Long.class).single();
    }

    private long imports() {
        return jdbc.sql("select count(*) from indicators.value_imports").query(Long.class).single();
    }
}
