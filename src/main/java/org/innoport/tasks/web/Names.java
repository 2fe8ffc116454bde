package org.innoport.tasks.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.innoport.directory.Organisations;
import org.innoport.directory.People;
import org.innoport.tasks.Programmes;
import org.innoport.tasks.Views.ProgrammeView;
import org.springframework.stereotype.Component;

/** Display names of the organisations, people and programmes that records refer to by ID. */
@Component
class Names {

    private final Organisations organisations;
    private final People people;
    private final Programmes programmes;

    Names(Organisations organisations, People people, Programmes programmes) {
        this.organisations = organisations;
        this.people = people;
        this.programmes = programmes;
    }

    Map<UUID, String> organisations(Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of() : organisations.names(ids);
    }

    Map<UUID, String> people(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        for (UUID id : ids) {
            try {
                names.put(id, people.get(id).fullName());
            } catch (RuntimeException e) {
                names.put(id, id.toString());
            }
        }
        return names;
    }

    Map<UUID, String> programmes() {
        Map<UUID, String> names = new HashMap<>();
        for (ProgrammeView programme : programmes.all()) {
            names.put(programme.id(), programme.name());
        }
        return names;
    }
}
