package org.innoport.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import org.innoport.directory.DirectoryMother;
import org.innoport.directory.Organisations;
import org.innoport.identity.domain.User;
import org.innoport.identity.domain.UserRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** Merging duplicate organisations in the directory moves the members of the duplicate to the survivor. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class OrganisationMembershipsTests {

    @Autowired
    Organisations organisations;

    @Autowired
    UserRepository users;

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void mergingOrganisationsMovesTheirMembersAndAuditsIt() {
        String token = DirectoryMother.token();
        var duplicate = organisations.create(DirectoryMother.organisation("Trường Cao đẳng Nghề Thủy " + token), true);
        var survivor = organisations.create(DirectoryMother.organisation("Trường Cao đẳng Nghề Thủy sản " + token), true);
        User member = users.save(new User("member" + token.toLowerCase(), "Thành viên " + token, null, "x",
                EnumSet.of(Role.APPLICANT), duplicate.id(), false, Instant.now()));

        organisations.merge(duplicate.id(), duplicate.version(), survivor.id());

        assertThat(users.findById(member.id()).orElseThrow().organisationId()).isEqualTo(survivor.id());
        assertThat(jdbc.sql("select count(*) from audit.entries where aggregate_id = ? and action = 'user.roles-changed'")
                .param(member.id().toString()).query(Long.class).single()).isEqualTo(1L);
    }
}
