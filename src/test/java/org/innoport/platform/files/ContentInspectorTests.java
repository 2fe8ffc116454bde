package org.innoport.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.innoport.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentInspectorTests {

    @TempDir
    Path folder;

    FileType inspect(byte[] content, String name) throws IOException {
        Path file = Files.write(folder.resolve("upload.part"), content);
        return ContentInspector.inspect(file, name);
    }

    @Test
    void recognisesEachAcceptedTypeByItsBytes() throws IOException {
        assertThat(inspect(FileSamples.pdf(), "Thuyết minh đề tài.pdf")).isEqualTo(FileType.PDF);
        assertThat(inspect(FileSamples.png(), "sơ đồ.PNG")).isEqualTo(FileType.PNG);
        assertThat(inspect(FileSamples.jpeg(), "ảnh.jpeg")).isEqualTo(FileType.JPEG);
        assertThat(inspect(FileSamples.docx(), "Hồ sơ.docx")).isEqualTo(FileType.DOCX);
        assertThat(inspect(FileSamples.xlsx(), "Dự toán kinh phí.xlsx")).isEqualTo(FileType.XLSX);
        assertThat(inspect(FileSamples.pptx(), "Báo cáo.pptx")).isEqualTo(FileType.PPTX);
        assertThat(inspect(FileSamples.odt(), "Biên bản.odt")).isEqualTo(FileType.ODT);
        assertThat(inspect(FileSamples.ods(), "Bảng tính.ods")).isEqualTo(FileType.ODS);
        assertThat(inspect(FileSamples.csv(), "danh-sach.csv")).isEqualTo(FileType.CSV);
        assertThat(inspect("Ghi chú\r\n\tdòng hai\n".getBytes(StandardCharsets.UTF_8), "ghi-chu.txt"))
                .isEqualTo(FileType.TEXT);
    }

    @Test
    void acceptsANameWithoutExtensionForWhatTheBytesSay() throws IOException {
        assertThat(inspect(FileSamples.pdf(), "scan")).isEqualTo(FileType.PDF);
        assertThat(inspect(FileSamples.csv(), "README")).isEqualTo(FileType.TEXT);
    }

    @Test
    void refusesAnExecutableRenamedPdf() {
        assertThatThrownBy(() -> inspect(FileSamples.exe(), "hoa-don.pdf"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("files.type-not-allowed");
                    assertThat(e.field()).isEqualTo("file");
                });
    }

    @Test
    void refusesAPdfWhoseNameClaimsAnotherType() {
        assertThatThrownBy(() -> inspect(FileSamples.pdf(), "bao-cao.docx"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("files.extension-mismatch"));
        assertThatThrownBy(() -> inspect(FileSamples.docx(), "bao-cao.xlsx"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("files.extension-mismatch"));
    }

    @Test
    void refusesArchivesMacrosMarkupAndTextThatIsNotUtf8() {
        assertThatThrownBy(() -> inspect(FileSamples.plainZip(), "ho-so.zip")).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> inspect(FileSamples.plainZip(), "ho-so.docx")).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> inspect(FileSamples.docm(), "macro.docx")).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> inspect("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "trang.html"))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> inspect("<svg onload=alert(1)/>".getBytes(StandardCharsets.UTF_8), "logo.svg"))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> inspect(FileSamples.latin1Text(), "ghi-chu.txt"))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> inspect("a\u0000b".getBytes(StandardCharsets.UTF_8), "ghi-chu.txt"))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void acceptsUtf8TextWithAByteOrderMarkAndMultiByteCharactersAcrossBufferBoundaries() throws IOException {
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        byte[] long_ = "Đổi mới sáng tạo; ".repeat(10_000).getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + long_.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(long_, 0, content, bom.length, long_.length);
        assertThat(inspect(content, "du-lieu.csv")).isEqualTo(FileType.CSV);
    }
}
