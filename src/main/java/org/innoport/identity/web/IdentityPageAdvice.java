package org.innoport.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.innoport.platform.InstanceProperties;
import org.innoport.shared.NotFoundException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the identity pages need beside the shell's {@code ui}. */
@ControllerAdvice(assignableTypes = {ProfileController.class, UserAdminController.class})
class IdentityPageAdvice {

    private final Times times;

    IdentityPageAdvice(InstanceProperties instance) {
        this.times = new Times(instance.zoneId());
    }

    @ModelAttribute("times")
    Times times() {
        return times;
    }

    /** An unknown user or someone else's token: the shell's 404 page. */
    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
