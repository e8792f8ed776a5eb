package org.pathways.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import org.pathways.platform.PathwaysUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the one layout needs on every page: who is signed in and where they are (for the language switch). */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

    @ModelAttribute("me")
    PathwaysUser me() {
        return PathwaysUser.currentIfSignedIn().orElse(null);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
