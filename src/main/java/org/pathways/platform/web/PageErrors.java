package org.pathways.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.pathways.platform.AuditLog;
import org.pathways.platform.PrivateLinks;
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
    ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) {
        return page(HttpStatus.NOT_FOUND, request, response);
    }

    @ExceptionHandler({Conflict.class, OptimisticLockingFailureException.class})
    ModelAndView conflict(HttpServletRequest request, HttpServletResponse response) {
        return page(HttpStatus.CONFLICT, request, response);
    }

    @ExceptionHandler({InvalidInput.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class})
    ModelAndView badRequest(HttpServletRequest request, HttpServletResponse response) {
        return page(HttpStatus.BAD_REQUEST, request, response);
    }

    /**
     * Refusals that services decide (someone lacking a role within their own organization) are
     * audited here; refusals from {@code @PreAuthorize} are audited from Spring Security's event.
     */
    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView denied(AccessDeniedException denied, HttpServletRequest request, HttpServletResponse response) {
        if (!(denied instanceof AuthorizationDeniedException)) {
            audit.record("access.denied", null, null, request.getMethod() + " " + request.getRequestURI());
        }
        return page(HttpStatus.FORBIDDEN, request, response);
    }

    /** A private link that opens nothing: one page that helps, the same for every module but the wording. */
    @ExceptionHandler(PrivateLinks.Refused.class)
    ModelAndView linkRefused(PrivateLinks.Refused refused, HttpServletRequest request, HttpServletResponse response) {
        ModelAndView page = page(refused.refusal() == PrivateLinks.Refusal.UNKNOWN ? HttpStatus.NOT_FOUND : HttpStatus.GONE, request,
                response);
        page.setViewName("platform/link-refused");
        page.addObject("reason", refused.refusal().name());
        page.addObject("opens", refused.opens());
        return page;
    }

    /** Exception handlers do not get the advice's model attributes, so the layout's are added here. */
    private static ModelAndView page(HttpStatus status, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(status.value());
        ModelAndView page = new ModelAndView("error/" + status.value());
        page.addObject("me", LayoutAdvice.me());
        page.addObject("currentPath", LayoutAdvice.currentPath(request));
        page.addObject("pageLinkBase", LayoutAdvice.pageLinkBase(request));
        page.setStatus(status);
        page.addObject("status", status.value());
        return page;
    }
}
