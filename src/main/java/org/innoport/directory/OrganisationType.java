package org.innoport.directory;

/** Kinds of organisation the city deals with. Enterprises carry an {@link EnterpriseSubtype}. */
public enum OrganisationType {
    RESEARCH_INSTITUTE, UNIVERSITY, PUBLIC_SERVICE_UNIT, ENTERPRISE, ST_ENTERPRISE, STARTUP, GOVERNMENT_AGENCY,
    ASSOCIATION, FOREIGN_ORGANISATION;

    public boolean isEnterprise() {
        return this == ENTERPRISE || this == ST_ENTERPRISE || this == STARTUP;
    }
}
