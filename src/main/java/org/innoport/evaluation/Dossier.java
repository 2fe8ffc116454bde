package org.innoport.evaluation;

import java.util.Set;
import java.util.UUID;

/**
 * One dossier as its owning module describes it; the council snapshots it when the officer adds the subject
 * (POST /api/v1/councils with subject) or at the latest when it convenes.
 *
 * @param id the dossier's ID (an application, a proposal, a task)
 * @param groupId dossiers compete within a group (for applications: the listed task; for proposals: the proposal itself)
 * @param title the dossier's title
 * @param hostOrganisationId the host organisation; drives the automatic conflict-of-interest block
 * @param teamPersonIds directory person IDs of the team; drives the automatic conflict-of-interest block
 * @param summary a short summary shown to members
 */
public record Dossier(UUID id, UUID groupId, String title, UUID hostOrganisationId, Set<UUID> teamPersonIds,
                      String summary) {
}
