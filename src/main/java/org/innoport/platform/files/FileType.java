package org.innoport.platform.files;

import java.util.Set;

/**
 * The kinds of file InnoPort accepts, each with the extensions that may name it. Anything else (executables,
 * archives, HTML, SVG, macro-enabled Office files) is refused.
 */
public enum FileType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg", "jpe", "jfif"),
    GIF("image/gif", "gif"),
    WEBP("image/webp", "webp"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    ODP("application/vnd.oasis.opendocument.presentation", "odp"),
    CSV("text/csv", "csv"),
    TEXT("text/plain", "txt", "text", "md", "log");

    private final String contentType;
    private final Set<String> extensions;

    FileType(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = Set.of(extensions);
    }

    public String contentType() {
        return contentType;
    }

    public boolean isText() {
        return this == CSV || this == TEXT;
    }

    /** Whether a file named with this extension (lowercase, without the dot; empty for none) may be of this type. */
    public boolean allowsExtension(String extension) {
        return extension.isEmpty() || extensions.contains(extension);
    }
}
