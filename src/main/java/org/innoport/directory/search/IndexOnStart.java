package org.innoport.directory.search;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.innoport.directory.DirectoryProperties;
import org.innoport.directory.domain.Equipment;
import org.innoport.directory.domain.Lab;
import org.innoport.directory.domain.Organisation;
import org.innoport.directory.domain.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the directory indexes at start when they are empty but the tables are not (a new index directory, a
 * restored database). Runs before the demo data so that it never indexes the same rows twice.
 */
@Component
@Order(-10)
class IndexOnStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IndexOnStart.class);

    private final EntityManagerFactory entityManagerFactory;
    private final DirectoryProperties properties;

    IndexOnStart(EntityManagerFactory entityManagerFactory, DirectoryProperties properties) {
        this.entityManagerFactory = entityManagerFactory;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        if (!properties.massIndexOnStart()) {
            return;
        }
        var entityManager = entityManagerFactory.createEntityManager();
        try {
            long indexed = Search.session(entityManager)
                    .search(java.util.List.of(Organisation.class, Person.class, Lab.class, Equipment.class))
                    .where(f -> f.matchAll()).fetchTotalHitCount();
            long rows = entityManager.createQuery("select count(o) from Organisation o", Long.class).getSingleResult()
                    + entityManager.createQuery("select count(p) from Person p", Long.class).getSingleResult();
            if (indexed == 0 && rows > 0) {
                log.info("Directory index is empty; indexing {} organisations and people (and labs, equipment)", rows);
                Search.session(entityManager).massIndexer(Organisation.class, Person.class, Lab.class, Equipment.class)
                        .threadsToLoadObjects(2).startAndWait();
            }
        } finally {
            entityManager.close();
        }
    }
}
