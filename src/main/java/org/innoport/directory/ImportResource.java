package org.innoport.directory;

/** What a spreadsheet import creates; {@code path} is the API collection name. */
public enum ImportResource {
    ORGANISATIONS("organisations"), PEOPLE("people"), LABS("labs");

    private final String path;

    ImportResource(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public static ImportResource ofPath(String path) {
        for (ImportResource resource : values()) {
            if (resource.path.equals(path)) {
                return resource;
            }
        }
        throw new org.innoport.shared.NotFoundException("import", path);
    }
}
