package org.innoport.evaluation;

import java.util.UUID;

/**
 * What a council evaluates, e.g. ("proposal-round", roundId), ("call", callId), ("task", taskId) for acceptance.
 *
 * @param kind the subject kind understood by one {@link DossierSource}
 * @param id the subject's ID in its owning module
 */
public record CouncilSubject(String kind, UUID id) {
}
