package org.pathways.platform.web;

import org.pathways.shared.PublicEndpoint;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form; Spring Security handles the POST. */
@Controller
class SignInPage {

    @PublicEndpoint("people sign in here")
    @GetMapping("/login")
    String signIn() {
        return "platform/login";
    }
}
