package org.pathways.platform.web;

import java.io.IOException;
import java.time.Duration;

import org.pathways.shared.PublicEndpoint;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Browsers ask for /favicon.ico whatever the page links to (a PDF or a Word file has no link to give); the answer
 * is the same icon the pages name, instead of a 404 in every console.
 */
@Controller
class FaviconPage {

    @PublicEndpoint("the browser asks for it before anyone signs in")
    @GetMapping("/favicon.ico")
    ResponseEntity<byte[]> favicon() throws IOException {
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml")).cacheControl(CacheControl.maxAge(Duration.ofDays(7)))
                .body(new ClassPathResource("static/img/favicon.svg").getContentAsByteArray());
    }
}
