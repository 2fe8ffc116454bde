package org.innoport.directory;

import java.util.UUID;

/** Filters of the directory's lists; every list also takes a free-text {@code q}. Null = no filter. */
public final class Queries {

    private Queries() {
    }

    /** Organisation list filters. MERGED records are left out unless asked for by status. */
    public record OrganisationQuery(String q, OrganisationType type, String province, String field,
                                    Boolean scienceTechnology, OrganisationStatus status) {
        public static OrganisationQuery text(String q) {
            return new OrganisationQuery(q, null, null, null, null, null);
        }
    }

    /** People list filters. */
    public record PersonQuery(String q, UUID organisationId, String field, Boolean expert) {
        public static PersonQuery text(String q) {
            return new PersonQuery(q, null, null, null);
        }
    }

    /** Lab list filters; status is evaluated today. */
    public record LabQuery(String q, UUID organisationId, String field, LabStatus status) {
        public static LabQuery text(String q) {
            return new LabQuery(q, null, null, null);
        }
    }

    /** Equipment list filters. */
    public record EquipmentQuery(String q, UUID organisationId, UUID labId, String category, Boolean shareable) {
        public static EquipmentQuery text(String q) {
            return new EquipmentQuery(q, null, null, null, null);
        }
    }
}
