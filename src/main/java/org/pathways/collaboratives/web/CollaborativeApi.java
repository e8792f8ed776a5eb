package org.pathways.collaboratives.web;

import java.util.List;

import org.pathways.collaboratives.Collaboratives;
import org.pathways.platform.Permissions.SignedIn;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Collaboratives as the caller's organization may see them; what the roster and shared jobs show depends on its relation. */
@RestController
@RequestMapping("/api/v1/collaboratives")
@SignedIn
class CollaborativeApi {

    private final Collaboratives collaboratives;

    CollaborativeApi(Collaboratives collaboratives) {
        this.collaboratives = collaboratives;
    }

    record CollaborativeDetail(Collaboratives.CollaborativeView collaborative, List<Collaboratives.Member> members,
                               List<Collaboratives.Partner> partners, List<Collaboratives.SharedJob> sharedCriticalJobs) {
    }

    @GetMapping
    List<Collaboratives.CollaborativeView> list() {
        return collaboratives.list();
    }

    @GetMapping("/{collaborativeId}")
    CollaborativeDetail get(@PathVariable long collaborativeId) {
        return new CollaborativeDetail(collaboratives.get(collaborativeId), collaboratives.members(collaborativeId),
                collaboratives.partners(collaborativeId), collaboratives.sharedCriticalJobs(collaborativeId));
    }
}
