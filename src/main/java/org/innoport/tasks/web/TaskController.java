package org.innoport.tasks.web;

import java.util.UUID;
import org.innoport.tasks.Callers;
import org.innoport.tasks.TaskRegister;
import org.innoport.tasks.Views.TaskView;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /tasks}: approved S&T tasks with their budget per source and year. */
@Controller
class TaskController {

    private final TaskRegister register;
    private final Callers callers;
    private final Names names;
    private final TaskPage page;

    TaskController(TaskRegister register, Callers callers, Names names, TaskPage page) {
        this.page = page;
        this.register = register;
        this.callers = callers;
        this.names = names;
    }

    @GetMapping("/tasks")
    String list(@PageableDefault(size = 20, sort = "approvedAt", direction = Sort.Direction.DESC) Pageable pageable,
                Authentication auth, Model model) {
        var page = register.tasks(callers.of(auth.getName()), pageable);
        model.addAttribute("tasks", page);
        model.addAttribute("organisations", names.organisations(page.map(TaskView::hostOrganisationId).toList()));
        return "tasks/tasks";
    }

    @GetMapping("/tasks/{id}")
    String detail(@PathVariable UUID id, Authentication auth, Model model) {
        return page.render(id, auth, model, TaskForms.none());
    }
}
