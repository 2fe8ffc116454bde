package org.innoport.directory.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** TT 24/2025 reference data. */
public interface ClassificationRepository extends JpaRepository<Classification, String> {

    List<Classification> findAllByOrderByPosition();
}
