package org.innoport.platform.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small but genuine-looking files of every kind the store accepts or refuses. */
public final class FileSamples {

    private FileSamples() {
    }

    public static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
    }

    public static byte[] jpeg() {
        return new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0, 1};
    }

    /** A Windows executable: "MZ" header and NUL bytes. */
    public static byte[] exe() {
        byte[] bytes = new byte[256];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3c] = (byte) 0x80;
        return bytes;
    }

    public static byte[] docx() {
        return zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>");
    }

    public static byte[] xlsx() {
        return zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>");
    }

    public static byte[] pptx() {
        return zip("[Content_Types].xml", "<Types/>", "ppt/presentation.xml", "<p:presentation/>");
    }

    /** A Word document with macros (docm content): refused whatever it is called. */
    public static byte[] docm() {
        return zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>", "word/vbaProject.bin", "x");
    }

    public static byte[] odt() {
        return odf("application/vnd.oasis.opendocument.text");
    }

    public static byte[] ods() {
        return odf("application/vnd.oasis.opendocument.spreadsheet");
    }

    public static byte[] plainZip() {
        return zip("readme.txt", "hello", "setup.exe", "MZ");
    }

    public static byte[] csv() {
        return "mã,tên đề tài,kinh phí\nĐT.2026.014,\"Đổi mới sáng tạo, Hải Phòng\",1500000000\n"
                .getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] latin1Text() {
        return "Kinh phí được duyệt".getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] odf(String mimetype) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                byte[] content = mimetype.getBytes(StandardCharsets.US_ASCII);
                ZipEntry entry = new ZipEntry("mimetype");
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(content.length);
                CRC32 crc = new CRC32();
                crc.update(content);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(content);
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("content.xml"));
                zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] zip(String... namesAndContents) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                for (int i = 0; i < namesAndContents.length; i += 2) {
                    zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                    zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
