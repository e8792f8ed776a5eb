package org.pathways.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.pathways.platform.AuditLog;
import org.pathways.shared.Conflict;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.NotFound;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Named failures on pages become the error page that tells a person what to do next, with the right
 * status. The API has its own advice ({@link ApiErrors}) that answers with ProblemDetail instead.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    private final AuditLog audit;

    PageErrors(AuditLog audit) {
        this.audit = audit;
    }

    @ExceptionHandler(NotFound.class)
    ModelAndView notFound(HttpServletResponse response) {
        return page(HttpStatus.NOT_FOUND, response);
    }

    @ExceptionHandler({Conflict.class, OptimisticLockingFailureException.class})
    ModelAndView conflict(HttpServletResponse response) {
        return page(HttpStatus.CONFLICT, response);
    }

    @ExceptionHandler({InvalidInput.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class})
    ModelAndView badRequest(HttpServletResponse response) {
        return page(HttpStatus.BAD_REQUEST, response);
    }

    /**
     * Refusals that services decide (someone lacking a role within their own organization) are
     * audited here; refusals from {@code @PreAuthorize} are audited from Spring Security's event.
     */
    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView denied(AccessDeniedException denied, HttpServletRequest request, HttpServletResponse response) {
        if (!(denied instanceof AuthorizationDeniedException)) {
            audit.record("ACCESS_DENIED", null, null, request.getMethod() + " " + request.getRequestURI());
        }
        return page(HttpStatus.FORBIDDEN, response);
    }

    static ModelAndView page(HttpStatus status, HttpServletResponse response) {
        response.setStatus(status.value());
        ModelAndView page = new ModelAndView("error/" + status.value());
        page.setStatus(status);
        page.addObject("status", status.value());
        return page;
    }
}
