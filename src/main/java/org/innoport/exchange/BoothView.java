package org.innoport.exchange;

import java.util.List;
import java.util.UUID;

/** A fair booth with its exhibitor (null while free) and the exhibitor's published listings shown there. */
public record BoothView(UUID id, UUID eventId, String code, UUID exhibitorOrganisationId, String exhibitorName,
                        List<BoothListing> listings, long version) {

    /** A listing shown at a booth. */
    public record BoothListing(UUID id, String title, ListingKind kind) {
    }

    public boolean assigned() {
        return exhibitorOrganisationId != null;
    }
}
