package org.innoport.platform;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A message shown once on the page after a redirect (post/redirect/get).
 *
 * @param level a Bootstrap alert type: success, info, warning, danger
 * @param messageKey key in the message bundles
 * @param args message arguments
 */
public record FlashMessage(String level, String messageKey, Object... args) {

    public static final String ATTRIBUTE = "flash";

    public static void success(RedirectAttributes redirect, String messageKey, Object... args) {
        redirect.addFlashAttribute(ATTRIBUTE, new FlashMessage("success", messageKey, args));
    }

    public static void warning(RedirectAttributes redirect, String messageKey, Object... args) {
        redirect.addFlashAttribute(ATTRIBUTE, new FlashMessage("warning", messageKey, args));
    }
}
