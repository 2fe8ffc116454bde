package org.innoport.tasks.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.innoport.directory.People;
import org.innoport.directory.Queries.PersonQuery;
import org.innoport.tasks.Caller;
import org.innoport.tasks.Callers;
import org.innoport.tasks.FundingSource;
import org.innoport.tasks.Programmes;
import org.innoport.tasks.TaskExecution;
import org.innoport.tasks.TaskRegister;
import org.innoport.tasks.Views.TaskView;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the model of a task page ({@code tasks/task}): the task, its file (money, reports…) and its forms. */
@Component
class TaskPage {

    private final TaskRegister register;
    private final TaskExecution execution;
    private final Programmes programmes;
    private final Callers callers;
    private final Names names;
    private final People people;

    TaskPage(TaskRegister register, TaskExecution execution, Programmes programmes, Callers callers, Names names,
             People people) {
        this.register = register;
        this.execution = execution;
        this.programmes = programmes;
        this.callers = callers;
        this.names = names;
        this.people = people;
    }

    String render(UUID id, Authentication auth, Model model, TaskForms forms) {
        Caller caller = callers.of(auth.getName());
        TaskView task = register.task(caller, id);
        var file = execution.file(caller, id);
        model.addAttribute("file", file);
        model.addAttribute("task", task);
        model.addAttribute("programme", programmes.get(task.programmeId()));
        model.addAttribute("organisation", names.organisations(List.of(task.hostOrganisationId()))
                .getOrDefault(task.hostOrganisationId(), ""));
        model.addAttribute("pi", names.people(List.of(task.piPersonId())).get(task.piPersonId()));
        model.addAttribute("sources", FundingSource.values());
        model.addAttribute("years", task.budgetTotals().byYear().keySet().stream().toList());
        model.addAttribute("forms", forms);
        Map<String, String> team = new LinkedHashMap<>();
        if (caller.staff()) {
            people.list(new PersonQuery(null, task.hostOrganisationId(), null, null), PageRequest.of(0, 200))
                    .forEach(p -> team.put(p.id().toString(), p.fullName()));
        }
        model.addAttribute("hostPeople", team);
        return "tasks/task";
    }
}
