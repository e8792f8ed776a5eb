package org.pathways.participants.web;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.pathways.participants.ParticipantExport;
import org.pathways.participants.ParticipantExport.ExportRequest;
import org.pathways.platform.Permissions.Staff;
import org.pathways.shared.InvalidInput;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The OPSO's participants as CSV, from the list page. The request is checked before the file is made, so a refusal (the
 * confidential columns asked by someone who is not an administrator, or without a reason) is a message on the list page,
 * not half a file.
 */
@Controller
@Staff
class ParticipantExportPages {

    private final ParticipantExport export;

    ParticipantExportPages(ParticipantExport export) {
        this.export = export;
    }

    @PostMapping("/participants/export")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "false") boolean confidential, @RequestParam(required = false) String reason,
                                  Locale locale, HttpServletRequest request, HttpServletResponse response) {
        ExportRequest asked = new ExportRequest(confidential, reason);
        try {
            export.check(asked);
        } catch (InvalidInput invalid) {
            // back to the list with the reason, as a redirect with a flash message would say it
            FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
            flash.put("problem", invalid.messageKey());
            flash.setTargetRequestPath("/participants");
            RequestContextUtils.saveOutputFlashMap("/participants", request, response);
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/participants#export")).build();
        }
        return csv(export, asked, locale);
    }

    /** The file, made inside the request (the signed-in person and the audit are the request's), never cached. */
    static ResponseEntity<byte[]> csv(ParticipantExport export, ExportRequest request, Locale locale) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        export.write(request, locale, new OutputStreamWriter(file, StandardCharsets.UTF_8));
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"participants-" + LocalDate.now() + ".csv\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(file.toByteArray());
    }
}
