package org.pathways.platform.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.pathways.platform.PathwaysUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the one layout needs on every page: who is signed in and where they are (for the language switch). */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

    @ModelAttribute("me")
    static PathwaysUser me() {
        return PathwaysUser.currentIfSignedIn().orElse(null);
    }

    @ModelAttribute("currentPath")
    static String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The current address with its filters but without the page number, ready for "page=N" to be appended. */
    @ModelAttribute("pageLinkBase")
    static String pageLinkBase(HttpServletRequest request) {
        StringBuilder link = new StringBuilder(request.getRequestURI()).append('?');
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("page") && !name.equals("lang") && !name.equals("_csrf")) {
                for (String value : values) {
                    link.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                            .append(URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8)).append('&');
                }
            }
        });
        return link.toString();
    }
}
