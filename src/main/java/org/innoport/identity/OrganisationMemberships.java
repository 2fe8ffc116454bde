package org.innoport.identity;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.innoport.directory.OrganisationsMerged;
import org.innoport.identity.domain.User;
import org.innoport.identity.domain.UserRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the directory merges a duplicate organisation into its survivor, the members of the duplicate become members
 * of the survivor — in the merge's own transaction, so both happen or neither does.
 */
@Component
class OrganisationMemberships {

    private final UserRepository users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrganisationMemberships(UserRepository users, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(OrganisationsMerged merged) {
        for (User user : users.findByOrganisationId(merged.sourceId())) {
            List<Role> roles = List.copyOf(user.roles());
            if (user.changeAccess(Set.copyOf(roles), merged.targetId(), clock.instant())) {
                events.publishEvent(new UserRolesChanged(new UserId(user.id()), user.username(), roles,
                        merged.sourceId(), roles, merged.targetId()));
            }
        }
    }
}
