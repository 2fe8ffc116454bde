package org.innoport.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTests {

    @Test
    void servesVietnameseNamesAsRfc6266AttachmentsWithAnAsciiFallback() {
        assertThat(FileNames.attachment("Báo cáo tổng kết đề tài.pdf")).isEqualTo("attachment; "
                + "filename=\"Bao cao tong ket de tai.pdf\"; "
                + "filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20t%E1%BB%95ng%20k%E1%BA%BFt%20%C4%91%E1%BB%81%20t%C3%A0i.pdf");
    }

    @Test
    void keepsQuotesAndSemicolonsOutOfTheHeader() {
        String header = FileNames.attachment("a\"b;c%d\\e.txt");
        assertThat(header).startsWith("attachment; filename=\"a_b_c_d_e.txt\"; filename*=UTF-8''a%22b%3Bc%25d%5Ce.txt");
    }

    @Test
    void cleansUploadedNamesOfFoldersControlCharactersAndDecomposedAccents() {
        assertThat(FileNames.clean("C:\\fakepath\\Biên bản.pdf")).isEqualTo("Biên bản.pdf");
        assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.clean("hoa\u0300\n.txt")).isEqualTo("ho\u00e0.txt");
        assertThat(FileNames.clean("  ")).isEqualTo("file");
        assertThat(FileNames.clean(null)).isEqualTo("file");
        assertThat(FileNames.clean("x".repeat(400) + ".docx")).hasSize(255).endsWith(".docx");
    }
}
