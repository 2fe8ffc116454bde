package org.innoport.exchange.search;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.innoport.exchange.domain.Listing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the listing index at start when it is empty but the table is not (a new index directory, a restored
 * database, a test context with a throw-away index over a shared database). Runs before the demo listings.
 */
@Component
@Order(-9)
class ListingIndexOnStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ListingIndexOnStart.class);

    private final EntityManagerFactory entityManagerFactory;

    ListingIndexOnStart(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        var entityManager = entityManagerFactory.createEntityManager();
        try {
            long indexed = Search.session(entityManager).search(Listing.class).where(f -> f.matchAll()).fetchTotalHitCount();
            long rows = entityManager.createQuery("select count(l) from Listing l", Long.class).getSingleResult();
            if (indexed == 0 && rows > 0) {
                log.info("Exchange index is empty; indexing {} listings", rows);
                Search.session(entityManager).massIndexer(Listing.class).threadsToLoadObjects(2).startAndWait();
            }
        } finally {
            entityManager.close();
        }
    }
}
