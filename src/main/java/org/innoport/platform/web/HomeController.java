package org.innoport.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what this instance offers, as far as it exists. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "platform/home";
    }
}
