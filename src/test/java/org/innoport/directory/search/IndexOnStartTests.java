package org.innoport.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.innoport.directory.DirectorySearch;
import org.innoport.directory.domain.Equipment;
import org.innoport.directory.domain.Lab;
import org.innoport.directory.domain.Organisation;
import org.innoport.directory.domain.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class IndexOnStartTests {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    IndexOnStart indexOnStart;

    @Autowired
    DirectorySearch search;

    @Test
    void anEmptyIndexIsRebuiltFromTheTablesAtStart() throws Exception {
        var workspace = Search.mapping(entityManagerFactory)
                .scope(List.of(Organisation.class, Person.class, Lab.class, Equipment.class)).workspace();
        workspace.purge();
        workspace.refresh();
        assertThat(search.search("truong dai hoc hang hai", null, null, false, 0, 5).items()).isEmpty();

        indexOnStart.run(null);

        assertThat(search.search("truong dai hoc hang hai", null, null, false, 0, 5).items()).first()
                .extracting(DirectorySearch.Hit::name).isEqualTo("Trường Đại học Hàng hải Việt Nam");
    }
}
