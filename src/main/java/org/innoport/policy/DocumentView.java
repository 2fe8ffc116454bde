package org.innoport.policy;

import java.time.LocalDate;
import java.util.List;

/** A policy document as readers see it, with the documents it implements and those implementing it. */
public record DocumentView(long id, String number, LocalDate issuedOn, int issuedYear, String issuer, DocumentKind kind,
                           String title, List<String> implementsNumbers, List<String> implementedBy,
                           List<CommitmentView> commitments, long version) {
}
