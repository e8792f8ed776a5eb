package org.pathways.platform;

import java.util.List;

import org.pathways.shared.InvalidInput;
import org.springframework.stereotype.Component;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * A module's input records carry their own limits (Bean Validation on the record: required, lengths, ranges), and the
 * page, the API and the imports all bind or build that one record (decision 0006). Pages and the API have the limits
 * checked while binding; a service checks them again here before it writes, so an import or another module's call
 * meets the same rules, with every problem named at once in the form's own messages ({@code Size}, {@code Min}…).
 */
@Component
public class InputValidation {

    private final SpringValidatorAdapter validator;

    InputValidation(jakarta.validation.Validator validator) {
        // Spring's adapter gives the same error codes and arguments a form binding gets, so the messages are the same
        this.validator = new SpringValidatorAdapter(validator);
    }

    /** The input as given, or {@link InvalidInput} naming each field whose limits it breaks. */
    public <T> T check(T input) {
        List<InvalidInput> problems = problems(input);
        if (!problems.isEmpty()) {
            throw InvalidInput.all(problems);
        }
        return input;
    }

    /** Each field whose limits the input breaks, for a service that adds its own rules' problems to the same list. */
    public List<InvalidInput> problems(Object input) {
        DirectFieldBindingResult result = new DirectFieldBindingResult(input, "input");
        validator.validate(input, result);
        return result.getFieldErrors().stream().map(error -> new InvalidInput(error.getField(), error.getCode(), error.getArguments())).toList();
    }
}
