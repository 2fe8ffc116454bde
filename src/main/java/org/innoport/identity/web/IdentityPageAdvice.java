package org.innoport.identity.web;

import org.innoport.platform.InstanceProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
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
}
