package org.innoport.tasks.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.Instant;
import org.innoport.platform.FlashMessage;
import org.innoport.shared.DomainException;
import org.innoport.shared.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Runs a page command and redirects: success flashes {@code successKey}, a refused rule flashes its reason. */
final class PageActions {

    static final ZoneId CITY_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private PageActions() {
    }

    static String run(RedirectAttributes redirect, String target, String successKey, Runnable command) {
        try {
            command.run();
            FlashMessage.success(redirect, successKey);
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            FlashMessage.warning(redirect, e.messageKey(), e.args());
        } catch (OptimisticLockingFailureException e) {
            FlashMessage.warning(redirect, "tasks.page.version-conflict");
        }
        return "redirect:" + target;
    }

    /** A {@code datetime-local} input is local time in the city. */
    static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(CITY_ZONE).toInstant();
    }
}
