package org.pathways.platform.web;

import java.net.URI;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.pathways.shared.PublicEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the servlet container sends every error no controller handled: unknown addresses, refusals,
 * crashes. API addresses get ProblemDetail JSON; everything else gets a page that says what to do next.
 */
@Controller
class ErrorPages implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);
    private static final Set<Integer> PAGES = Set.of(400, 403, 404, 409, 413, 500);

    private final JsonMapper json;

    ErrorPages(JsonMapper json) {
        this.json = json;
    }

    @PublicEndpoint("the container forwards every unhandled error here, signed in or not")
    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request) {
        HttpStatus status = status(request);
        logIfServerError(request, status);
        if (isApi(request)) {
            ProblemDetail problem = problemFor(request, status);
            return new ModelAndView((model, req, res) -> {
                res.setStatus(status.value());
                res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                res.setCharacterEncoding("UTF-8");
                json.writeValue(res.getOutputStream(), problem);
            });
        }
        int shown = PAGES.contains(status.value()) ? status.value() : (status.is4xxClientError() ? 400 : 500);
        ModelAndView page = new ModelAndView("error/" + shown);
        page.setStatus(status);
        page.addObject("status", status.value());
        return page;
    }

    @PublicEndpoint("the container forwards every unhandled error here, signed in or not")
    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        logIfServerError(request, status);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problemFor(request, status));
    }

    private static ProblemDetail problemFor(HttpServletRequest request, HttpStatus status) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setDetail(switch (status) {
            case NOT_FOUND -> "There is nothing at this address. Check the path against /v3/api-docs.";
            case METHOD_NOT_ALLOWED -> "This address does not accept that HTTP method.";
            case UNAUTHORIZED -> "Sign-in required: send 'Authorization: Bearer <token>'.";
            case FORBIDDEN -> "Your roles do not allow this request.";
            default -> status.is5xxServerError()
                    ? "Something went wrong on our side. Nothing was changed; try again, and tell your administrator if it keeps happening."
                    : status.getReasonPhrase();
        });
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            problem.setInstance(URI.create(uri.toString()));
        }
        return problem;
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri != null && uri.toString().startsWith(request.getContextPath() + "/api/");
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null && request.getDispatcherType() == jakarta.servlet.DispatcherType.REQUEST) {
            return HttpStatus.BAD_REQUEST; // someone typed /error: there is no error to report, and nothing went wrong here
        }
        // a body the multipart reader could not read (cut short, malformed) is the sender's mistake, read before any handler runs
        for (Throwable cause = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION); cause != null; cause = cause.getCause()) {
            if (cause instanceof org.springframework.web.multipart.MaxUploadSizeExceededException) {
                return HttpStatus.PAYLOAD_TOO_LARGE;
            }
            if (cause instanceof org.springframework.web.multipart.MultipartException) {
                return HttpStatus.BAD_REQUEST;
            }
        }
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static void logIfServerError(HttpServletRequest request, HttpStatus status) {
        if (status.is5xxServerError()) {
            log.error("Error {} at {}", status.value(), request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        }
    }
}
