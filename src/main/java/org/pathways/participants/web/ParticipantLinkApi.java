package org.pathways.participants.web;

import java.util.List;

import org.pathways.participants.ParticipantLinks;
import org.pathways.participants.ParticipantLinks.LinkView;
import org.pathways.participants.ParticipantLinks.SendTo;
import org.pathways.platform.Permissions.Staff;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The private links for scripts: a participant's own consent page, an employer's page for one referral; staff only. */
@RestController
@Staff
class ParticipantLinkApi {

    /** Whether to send the participant's link to the email address on their profile. */
    record ConsentLinkRequest(boolean send) {
    }

    private final ParticipantLinks links;

    ParticipantLinkApi(ParticipantLinks links) {
        this.links = links;
    }

    /** The participant's links that work today, theirs and their referrals' (each with its URL: treat it like a key). */
    @GetMapping("/api/v1/participants/{participantId}/links")
    List<LinkView> live(@PathVariable long participantId) {
        return links.live(participantId);
    }

    @PostMapping("/api/v1/participants/{participantId}/consent-link")
    ResponseEntity<LinkView> issueConsentLink(@PathVariable long participantId, @RequestBody(required = false) ConsentLinkRequest body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(links.issueConsentLink(participantId, body != null && body.send()));
    }

    @PostMapping("/api/v1/referrals/{referralId}/employer-link")
    ResponseEntity<LinkView> issueReferralLink(@PathVariable long referralId, @RequestBody(required = false) SendTo body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(links.issueReferralLink(referralId, body == null ? new SendTo(null) : body));
    }

    @PostMapping("/api/v1/participants/{participantId}/links/{linkId}/withdraw")
    ResponseEntity<Void> withdraw(@PathVariable long participantId, @PathVariable long linkId) {
        links.withdraw(participantId, linkId);
        return ResponseEntity.noContent().build();
    }
}
