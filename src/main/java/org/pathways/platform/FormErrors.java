package org.pathways.platform;

import org.pathways.shared.Conflict;
import org.pathways.shared.InvalidInput;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The one way a page turns a service's refusal into what the form shows (decision 0006): each {@link InvalidInput}
 * problem at its field (or, when it names no field of the form, at the top), a {@link Conflict} as the form's
 * problem, with what the person typed kept on the page.
 */
public final class FormErrors {

    private FormErrors() {
    }

    /**
     * Each problem at its field; one that names no field of the form, or a field the form shows as a group of its own
     * ({@code atTop}: the pain points of a critical job), is shown at the top.
     */
    public static void reject(BindingResult errors, InvalidInput invalid, String... atTop) {
        java.util.Set<String> top = java.util.Set.of(atTop);
        for (InvalidInput problem : invalid.problems()) {
            if (!top.contains(problem.field()) && errors.getTarget() != null && isField(errors, problem.field())) {
                errors.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), problem.messageKey());
            } else {
                errors.reject(problem.messageKey(), problem.arguments(), problem.messageKey());
            }
        }
    }

    /**
     * The service's problems beside those the form's binding already found, so a person sees every problem in one round:
     * a field already in error keeps its first message. Nothing happens for a form the page could not read at all.
     */
    public static void rejectAlso(BindingResult errors, java.util.List<InvalidInput> problems) {
        if (errors.getTarget() == null) {
            return;
        }
        java.util.List<InvalidInput> more = problems.stream().filter(p -> !errors.hasFieldErrors(p.field())).toList();
        if (!more.isEmpty()) {
            reject(errors, InvalidInput.all(more));
        }
    }

    /** "Someone saved this after you opened it": shown above the form, which keeps what was typed. */
    /**
     * A value the form could not read (a kind that is not one, a date that is not a date) leaves a constructor-bound
     * form null: the page is shown with {@code instead} (the saved record, or a blank form) and the problems kept.
     */
    public static void showInstead(Model model, BindingResult errors, Object instead) {
        showInstead(model, errors, instead, "form");
    }

    /**
     * The same for a form bound under another name, or for a form shown with more than was sent (spare empty rows): putting
     * another object under the form's name would drop its problems, so they are kept with the object shown.
     */
    public static void showInstead(Model model, BindingResult errors, Object instead, String name) {
        org.springframework.validation.BeanPropertyBindingResult kept =
                new org.springframework.validation.BeanPropertyBindingResult(instead, name);
        kept.addAllErrors(errors);
        model.addAttribute(name, instead);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, kept);
    }

    public static void conflict(Model model, Conflict conflict) {
        model.addAttribute("problem", conflict.messageKey());
    }

    /**
     * The version a form was opened at, sent back as text in a hidden field; null when it is not a number (a page
     * edited by hand, or cut off), which the form treats as "opened too long ago": open it again.
     */
    public static Integer openedVersion(String version) {
        return version != null && version.matches("[0-9]{1,9}") ? Integer.valueOf(version) : null;
    }

    private static boolean isField(BindingResult errors, String field) {
        try {
            return errors.getFieldType(field) != null;
        } catch (RuntimeException notAField) {
            return false;
        }
    }
}
