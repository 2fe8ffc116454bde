package org.innoport.platform.web;

import java.beans.PropertyEditorSupport;
import java.text.Normalizer;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every text that data binding produces (path variables, and once more anything from parameters) is Unicode NFC:
 * "hoà" typed as "hoa" + U+0300 COMBINING GRAVE ACCENT (as some keyboards, macOS file names and copy-paste from PDFs
 * produce) becomes the precomposed "hoà", so equal words compare, sort, search and are unique as people expect.
 * Parameters are already normalised by {@link NfcParameterFilter}, JSON bodies by {@link JsonConfiguration}.
 */
@ControllerAdvice
class TextInputAdvice {

    @InitBinder
    void normaliseText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new NfcEditor());
    }

    /** Not thread-safe, like every PropertyEditor: one per binder. */
    private static final class NfcEditor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            setValue(text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC));
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }
}
