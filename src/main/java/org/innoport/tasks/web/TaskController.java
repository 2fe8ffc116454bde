package org.innoport.tasks.web;

import java.util.List;
import java.util.UUID;
import org.innoport.tasks.Callers;
import org.innoport.tasks.FundingSource;
import org.innoport.tasks.Programmes;
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
    private final Programmes programmes;
    private final Callers callers;
    private final Names names;
    private final org.innoport.tasks.TaskExecution execution;

    TaskController(TaskRegister register, Programmes programmes, Callers callers, Names names,
                   org.innoport.tasks.TaskExecution execution) {
        this.execution = execution;
        this.register = register;
        this.programmes = programmes;
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
        TaskView task = register.task(callers.of(auth.getName()), id);
        model.addAttribute("file", execution.file(callers.of(auth.getName()), id));
        model.addAttribute("task", task);
        model.addAttribute("programme", programmes.get(task.programmeId()));
        model.addAttribute("organisation", names.organisations(List.of(task.hostOrganisationId()))
                .getOrDefault(task.hostOrganisationId(), ""));
        model.addAttribute("pi", names.people(List.of(task.piPersonId())).get(task.piPersonId()));
        model.addAttribute("sources", FundingSource.values());
        model.addAttribute("years", task.budgetTotals().byYear().keySet().stream().toList());
        return "tasks/task";
    }
}
