package org.innoport.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.innoport.shared.RuleViolationException;

/**
 * Decides what a file is from its bytes (magic numbers, the parts inside an Office or ODF package, UTF-8 validity for
 * text), then checks that its name does not claim something else: an {@code .exe} renamed {@code .pdf} has no PDF
 * signature and is refused; a PDF named {@code .docx} is refused as well.
 */
public final class ContentInspector {

    /** The field name used in the errors, as in an upload form. */
    public static final String FIELD = "file";

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] GIF87 = "GIF87a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GIF89 = "GIF89a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP = "WEBP".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] UTF8_BOM = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};

    private ContentInspector() {
    }

    /**
     * The type of the file at {@code content}, stored under {@code originalName}.
     *
     * @throws RuleViolationException {@code files.type-not-allowed} or {@code files.extension-mismatch}
     */
    public static FileType inspect(Path content, String originalName) throws IOException {
        String extension = extensionOf(originalName);
        FileType type = detect(content, extension)
                .orElseThrow(() -> new RuleViolationException(FIELD, "files.type-not-allowed", originalName));
        if (!type.allowsExtension(extension)) {
            throw new RuleViolationException(FIELD, "files.extension-mismatch", originalName, type.contentType());
        }
        return type;
    }

    /** The lowercase extension without the dot, or empty when the name has none. */
    public static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static Optional<FileType> detect(Path content, String extension) throws IOException {
        byte[] head = new byte[16];
        int read;
        try (InputStream in = Files.newInputStream(content)) {
            read = in.readNBytes(head, 0, head.length);
        }
        head = Arrays.copyOf(head, read);
        if (startsWith(head, PDF)) {
            return Optional.of(FileType.PDF);
        }
        if (startsWith(head, PNG)) {
            return Optional.of(FileType.PNG);
        }
        if (startsWith(head, JPEG)) {
            return Optional.of(FileType.JPEG);
        }
        if (startsWith(head, GIF87) || startsWith(head, GIF89)) {
            return Optional.of(FileType.GIF);
        }
        if (startsWith(head, RIFF) && head.length >= 12 && Arrays.equals(head, 8, 12, WEBP, 0, 4)) {
            return Optional.of(FileType.WEBP);
        }
        if (startsWith(head, ZIP)) {
            return officePackage(content);
        }
        boolean textName = extension.isEmpty() || FileType.CSV.allowsExtension(extension)
                || FileType.TEXT.allowsExtension(extension);
        if (isUtf8Text(content)) {
            return Optional.of("csv".equals(extension) ? FileType.CSV : FileType.TEXT)
                    .filter(type -> textName);
        }
        return Optional.empty();
    }

    /** OOXML (Word, Excel, PowerPoint) or ODF (LibreOffice) by their inner parts; any other ZIP is refused. */
    private static Optional<FileType> officePackage(Path content) throws IOException {
        try (ZipFile zip = new ZipFile(content.toFile())) {
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null) {
                try (InputStream in = zip.getInputStream(mimetype)) {
                    String declared = new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip();
                    return switch (declared) {
                        case "application/vnd.oasis.opendocument.text" -> Optional.of(FileType.ODT);
                        case "application/vnd.oasis.opendocument.spreadsheet" -> Optional.of(FileType.ODS);
                        case "application/vnd.oasis.opendocument.presentation" -> Optional.of(FileType.ODP);
                        default -> Optional.empty();
                    };
                }
            }
            if (zip.getEntry("[Content_Types].xml") == null) {
                return Optional.empty();
            }
            if (zip.stream().anyMatch(entry -> entry.getName().endsWith("vbaProject.bin"))) {
                return Optional.empty();
            }
            if (zip.getEntry("word/document.xml") != null) {
                return Optional.of(FileType.DOCX);
            }
            if (zip.getEntry("xl/workbook.xml") != null) {
                return Optional.of(FileType.XLSX);
            }
            if (zip.getEntry("ppt/presentation.xml") != null) {
                return Optional.of(FileType.PPTX);
            }
            return Optional.empty();
        } catch (ZipException e) {
            return Optional.empty();
        }
    }

    /** Strict UTF-8 (a BOM is fine) without NUL or other control characters than tab, line and page breaks. */
    private static boolean isUtf8Text(Path content) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        boolean first = true;
        try (var channel = Files.newByteChannel(content)) {
            while (true) {
                int read = channel.read(bytes);
                bytes.flip();
                if (first && bytes.remaining() >= 3 && bytes.get(0) == UTF8_BOM[0] && bytes.get(1) == UTF8_BOM[1]
                        && bytes.get(2) == UTF8_BOM[2]) {
                    bytes.position(3);
                }
                first = false;
                CoderResult result = decoder.decode(bytes, chars, read < 0);
                if (result.isError()) {
                    return false;
                }
                if (!plainText(chars.flip())) {
                    return false;
                }
                chars.clear();
                bytes.compact();
                if (read < 0) {
                    break;
                }
            }
            CoderResult flushed = decoder.flush(chars);
            return !flushed.isError();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean plainText(CharBuffer chars) {
        while (chars.hasRemaining()) {
            char c = chars.get();
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                return false;
            }
            if (c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] head, byte[] signature) {
        return head.length >= signature.length && Arrays.equals(head, 0, signature.length, signature, 0, signature.length);
    }
}
