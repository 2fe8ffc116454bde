package org.innoport.tasks.domain;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.innoport.tasks.TaskLevel;

/** Registered tasks of any level; used only inside the tasks module. */
public interface RegistryTaskRepository extends JpaRepository<RegistryTask, UUID> {

    @Query("""
            select r from RegistryTask r where (:level is null or r.level = :level)
            and (:q is null or lower(r.title) like lower(concat('%', cast(:q as string), '%'))
                 or lower(r.code) like lower(concat('%', cast(:q as string), '%')))""")
    Page<RegistryTask> search(TaskLevel level, String q, Pageable pageable);

    boolean existsByCode(String code);
}
