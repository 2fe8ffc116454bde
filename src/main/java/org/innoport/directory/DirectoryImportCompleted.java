package org.innoport.directory;

import java.util.UUID;
import org.innoport.shared.AuditedEvent;

/** A spreadsheet import finished; one event for the whole file rather than one per row. */
public record DirectoryImportCompleted(UUID importId, String resource, ImportMode mode, int rowsRead, int imported, int errors) implements AuditedEvent {

    @Override
    public String aggregateType() {
        return "DirectoryImport";
    }

    @Override
    public String aggregateId() {
        return importId.toString();
    }

    @Override
    public String action() {
        return "directory.import-completed";
    }

    @Override
    public Object after() {
        return java.util.Map.of("resource", resource, "mode", mode, "rowsRead", rowsRead, "imported", imported,
                "errors", errors);
    }
}
