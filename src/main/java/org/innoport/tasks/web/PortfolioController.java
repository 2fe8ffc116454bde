package org.innoport.tasks.web;

import java.util.ArrayList;
import java.util.List;
import org.innoport.tasks.Portfolio;
import org.innoport.tasks.Portfolio.FigureRow;
import org.innoport.tasks.Portfolio.Reconciliation;
import org.innoport.tasks.Portfolio.Report;
import org.innoport.tasks.TaskLevel;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /tasks/portfolio}: the portfolio report with its chart and the reconciliation with reported figures. */
@Controller
@PreAuthorize("hasAnyRole('OFFICER', 'LEADER', 'ADMIN')")
class PortfolioController {

    static final List<String> GROUPINGS = List.of("level", "programme", "field", "hostType", "year", "status",
            "source");

    private final Portfolio portfolio;

    PortfolioController(Portfolio portfolio) {
        this.portfolio = portfolio;
    }

    @GetMapping("/tasks/portfolio")
    String page(@RequestParam(defaultValue = "year") String groupBy, @RequestParam(required = false) TaskLevel level,
                @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
                Model model) {
        Report report = portfolio.report(GROUPINGS.contains(groupBy) ? groupBy : "year", level, from, to);
        Reconciliation reconciliation = portfolio.reconcile(level == null ? TaskLevel.CITY : level,
                from == null ? 2013 : from, to == null ? 2022 : to);
        List<FigureRow> rows = new ArrayList<>();
        if (reconciliation.reported() != null) {
            rows.add(new FigureRow("tasks.reconciliation.registry", reconciliation.registry()));
            rows.add(new FigureRow("tasks.reconciliation.reported", reconciliation.reported()));
            rows.add(new FigureRow("tasks.reconciliation.difference", reconciliation.difference()));
        }
        model.addAttribute("report", report);
        model.addAttribute("reconciliation", reconciliation);
        model.addAttribute("groupings", GROUPINGS);
        model.addAttribute("figureRows", rows);
        model.addAttribute("query", "groupBy=" + report.groupBy() + (level == null ? "" : "&level=" + level.name())
                + (from == null ? "" : "&from=" + from) + (to == null ? "" : "&to=" + to));
        return "tasks/portfolio";
    }
}
