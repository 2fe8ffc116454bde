package org.innoport.tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.innoport.directory.DirectoryMother;
import org.innoport.directory.OrganisationView;
import org.innoport.directory.Organisations;
import org.innoport.directory.People;
import org.innoport.directory.PersonView;
import org.innoport.identity.Accounts;
import org.innoport.identity.Role;
import org.innoport.identity.UserMother;
import org.innoport.identity.UserSummary;

/** Uniquely named organisations, people and accounts for the tasks tests (the test database is shared). */
final class TasksMother {

    private final Organisations organisations;
    private final People people;
    private final Accounts accounts;

    TasksMother(Organisations organisations, People people, Accounts accounts) {
        this.organisations = organisations;
        this.people = people;
        this.accounts = accounts;
    }

    OrganisationView organisation(String name) {
        return UserMother.asAdmin(() -> organisations.create(
                DirectoryMother.organisation(name + " " + DirectoryMother.token()), true));
    }

    PersonView person(String name, UUID organisationId, String account) {
        return UserMother.asAdmin(() -> people.create(DirectoryMother.person(name + " " + DirectoryMother.token(),
                organisationId, account), true));
    }

    /** An EXPERT account linked to a directory person of the expert pool, affiliated with {@code organisationId}. */
    Expert expert(String name, UUID organisationId) {
        UserSummary user = UserMother.create(accounts, "expert", Role.EXPERT);
        PersonView person = person(name, organisationId, user.username());
        PersonView member = UserMother.asAdmin(() -> people.addToExpertPool(person.id(), person.version(),
                Set.of("405"), "test"));
        return new Expert(user.username(), member.id());
    }

    UserSummary applicant(UUID organisationId) {
        return UserMother.create(accounts, "applicant", organisationId, Role.APPLICANT);
    }

    record Expert(String username, UUID personId) {
    }

    static List<BudgetLine> lines(Object... cells) {
        List<BudgetLine> lines = new java.util.ArrayList<>();
        for (int i = 0; i < cells.length; i += 3) {
            lines.add(new BudgetLine((FundingSource) cells[i], (Integer) cells[i + 1],
                    org.innoport.shared.Money.of(((Number) cells[i + 2]).longValue())));
        }
        return lines;
    }

    static LocalDate today() {
        return LocalDate.now();
    }
}
