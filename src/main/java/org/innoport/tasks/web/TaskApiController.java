package org.innoport.tasks.web;

import java.util.UUID;
import org.innoport.platform.PageResponse;
import org.innoport.tasks.Callers;
import org.innoport.tasks.TaskRegister;
import org.innoport.tasks.Views.TaskView;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/tasks}: approved tasks (read only; written by the approval). */
@RestController
@RequestMapping("/api/v1/tasks")
class TaskApiController {

    private final TaskRegister register;
    private final Callers callers;

    TaskApiController(TaskRegister register, Callers callers) {
        this.register = register;
        this.callers = callers;
    }

    @GetMapping
    PageResponse<TaskView> list(@org.springframework.web.bind.annotation.RequestParam(required = false)
                                org.innoport.tasks.TaskLevel level,
                                @org.springframework.web.bind.annotation.RequestParam(required = false)
                                UUID programme,
                                @org.springframework.web.bind.annotation.RequestParam(required = false) String field,
                                @org.springframework.web.bind.annotation.RequestParam(required = false) String status,
                                @org.springframework.web.bind.annotation.RequestParam(required = false) Integer year,
                                @org.springframework.web.bind.annotation.RequestParam(required = false) UUID host,
                                @org.springframework.web.bind.annotation.RequestParam(required = false) String q,
                                @PageableDefault(size = 20, sort = "approvedAt") Pageable pageable,
                                Authentication auth) {
        return PageResponse.of(register.tasks(callers.of(auth),
                new org.innoport.tasks.TaskFilter(level, programme, field, status, year, host, q), pageable));
    }

    @GetMapping("/{id}")
    TaskView get(@PathVariable UUID id, Authentication auth) {
        return register.task(callers.of(auth), id);
    }
}
