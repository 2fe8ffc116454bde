package org.innoport.platform.files;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * File names as they come in (cleaned) and as they go out (RFC 6266 {@code Content-Disposition}, with an ASCII
 * fallback for old clients and {@code filename*=UTF-8''...} that keeps Vietnamese names intact).
 */
public final class FileNames {

    private static final int MAX_LENGTH = 255;
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private FileNames() {
    }

    /** The last path segment of an uploaded name, NFC, without control characters, at most 255 characters. */
    public static String clean(String uploaded) {
        String name = uploaded == null ? "" : uploaded;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || ".".equals(name) || "..".equals(name)) {
            return "file";
        }
        if (name.length() > MAX_LENGTH) {
            String extension = ContentInspector.extensionOf(name);
            int keep = MAX_LENGTH - (extension.isEmpty() ? 0 : extension.length() + 1);
            name = name.substring(0, keep) + (extension.isEmpty() || extension.length() >= MAX_LENGTH ? "" : "." + extension);
        }
        return name;
    }

    /** {@code attachment; filename="Bao cao.pdf"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o.pdf}. */
    public static String attachment(String name) {
        return "attachment; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + rfc5987(name);
    }

    static String asciiFallback(String name) {
        String folded = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        StringBuilder ascii = new StringBuilder(folded.length());
        for (char c : folded.toCharArray()) {
            boolean safe = c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' && c != ';';
            ascii.append(safe ? c : '_');
        }
        return ascii.isEmpty() ? "file" : ascii.toString();
    }

    static String rfc5987(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || ATTR_CHARS.indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
