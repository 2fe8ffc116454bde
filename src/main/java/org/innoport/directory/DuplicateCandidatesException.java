package org.innoport.directory;

import java.util.List;
import org.innoport.shared.DomainException;

/** Saving would probably create a duplicate; the officer must look at the candidates and confirm. */
public class DuplicateCandidatesException extends DomainException {

    public static final String CODE = "directory.duplicate-candidates";

    private final transient List<DuplicateCandidate> candidates;

    public DuplicateCandidatesException(List<DuplicateCandidate> candidates) {
        super(CODE, "directory.duplicate.candidates");
        this.candidates = List.copyOf(candidates);
    }

    public List<DuplicateCandidate> candidates() {
        return candidates;
    }
}
