package org.innoport.exchange;

import java.util.Set;

/** What is offered or requested. */
public enum ListingCategory {
    TECHNOLOGY, EQUIPMENT, SERVICE, IP_LICENCE;

    /** Categories that can satisfy each other: a technology is often transferred through a licence. */
    public Set<ListingCategory> compatible() {
        return switch (this) {
            case TECHNOLOGY, IP_LICENCE -> Set.of(TECHNOLOGY, IP_LICENCE);
            case EQUIPMENT -> Set.of(EQUIPMENT, TECHNOLOGY);
            case SERVICE -> Set.of(SERVICE);
        };
    }
}
