package org.pathways.platform.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.util.function.Function;

import org.pathways.shared.Text;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Numbers in forms and query parameters are written with the digits 0 to 9. Java reads "١٢" (Arabic-Indic digits)
 * as 12, which a person reading the totals would not; such a value gets the field's "wrong format" message. An
 * editor, not a converter: when a converter refuses, Spring falls back to its own number editor, which accepts it.
 */
@ControllerAdvice
class PlainNumbers {

    @InitBinder
    void numbers(WebDataBinder binder) {
        binder.registerCustomEditor(Integer.class, editor(text -> Integer.valueOf(whole(text))));
        binder.registerCustomEditor(Long.class, editor(text -> Long.valueOf(whole(text))));
        binder.registerCustomEditor(BigDecimal.class, editor(text -> {
            if (!Text.isPlainDecimal(text)) {
                throw new IllegalArgumentException("not a number written with 0 to 9 and a point: " + text);
            }
            return new BigDecimal(text);
        }));
    }

    private static String whole(String text) {
        if (!Text.isPlainWholeNumber(text)) {
            throw new IllegalArgumentException("not a whole number written with 0 to 9: " + text);
        }
        return text;
    }

    private static PropertyEditorSupport editor(Function<String, Object> parse) {
        return new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(text == null || text.isBlank() ? null : parse.apply(text.strip()));
            }

            @Override
            public String getAsText() {
                return getValue() == null ? "" : getValue().toString();
            }
        };
    }
}
