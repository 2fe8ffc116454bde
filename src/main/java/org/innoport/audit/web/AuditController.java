package org.innoport.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.innoport.audit.AuditTrail;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/audit}: browse the trail with filters, newest first, verify the chain, export the filtered rows as CSV.
 * Handlers answer htmx requests with the fragment only and everything else with the whole page.
 */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

    private static final int PAGE_SIZE = 50;
    /** Set by htmx to the id of the element it swaps; absent on full loads and on history restores. */
    private static final String HX_TARGET = "HX-Target";

    private final AuditTrail trail;
    private final DateTimeFormatter time;

    AuditController(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.time = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss").withZone(clock.getZone());
    }

    @GetMapping
    String list(@ModelAttribute("form") AuditFilterForm form, @RequestParam(defaultValue = "0") int page,
                @RequestHeader(name = HX_TARGET, required = false) String target, Model model) {
        addResults(form, page, model);
        return "audit-browser".equals(target) ? "audit/results" : "audit/list";
    }

    @GetMapping("/verify")
    String verify(@ModelAttribute("form") AuditFilterForm form,
                  @RequestHeader(name = HX_TARGET, required = false) String target, Model model) {
        model.addAttribute("verification", trail.verify());
        if ("verify-result".equals(target)) {
            return "audit/verification";
        }
        addResults(form, 0, model);
        return "audit/list";
    }

    @GetMapping("/export.csv")
    void export(@ModelAttribute("form") AuditFilterForm form, HttpServletResponse response) throws IOException {
        AuditFilterForm.Parsed parsed = form.parse();
        if (parsed.errors().hasErrors()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("audit-trail.csv").build().toString());
        PrintWriter out = response.getWriter();
        AuditCsv csv = new AuditCsv(out);
        csv.header();
        trail.forEach(parsed.filter(), csv::row);
        out.flush();
    }

    private void addResults(AuditFilterForm form, int page, Model model) {
        AuditFilterForm.Parsed parsed = form.parse();
        model.addAttribute("errors", parsed.errors());
        model.addAttribute("page", trail.search(parsed.filter(),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "id"))));
        model.addAttribute("time", time);
    }
}
