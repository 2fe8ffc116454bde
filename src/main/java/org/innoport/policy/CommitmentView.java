package org.innoport.policy;

/** A commitment (target) a document states, in the document's own words. */
public record CommitmentView(String code, String documentNumber, String text, Integer targetYear) {
}
