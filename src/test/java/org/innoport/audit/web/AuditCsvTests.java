package org.innoport.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditCsvTests {

    @Test
    void quotesCellsWithSeparatorsQuotesOrLineBreaks() {
        assertThat(AuditCsv.cell("plain")).isEqualTo("plain");
        assertThat(AuditCsv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(AuditCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AuditCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(AuditCsv.cell(null)).isEmpty();
    }

    @Test
    void defusesCellsASpreadsheetWouldRunAsFormulas() {
        assertThat(AuditCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(AuditCsv.cell("+1")).isEqualTo("'+1");
        assertThat(AuditCsv.cell("@sum")).isEqualTo("'@sum");
    }
}
