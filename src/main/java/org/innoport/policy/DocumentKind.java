package org.innoport.policy;

/** What a document is. {@code PUBLICATION} is a source that is not itself a policy act (e.g. a review article). */
public enum DocumentKind { RESOLUTION, DECISION, ACTION_PROGRAMME, PLAN, LEGAL_DOCUMENT, PUBLICATION }
