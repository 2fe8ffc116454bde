package org.innoport.tasks.web;

import org.innoport.tasks.Programmes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /programmes}: the city's S&T programmes (public). */
@Controller
class ProgrammeController {

    private final Programmes programmes;

    ProgrammeController(Programmes programmes) {
        this.programmes = programmes;
    }

    @GetMapping("/programmes")
    String list(Model model) {
        model.addAttribute("programmes", programmes.all());
        return "tasks/programmes";
    }
}
