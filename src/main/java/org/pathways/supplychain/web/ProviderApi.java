package org.pathways.supplychain.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.pathways.platform.Permissions.Editors;
import org.pathways.platform.Permissions.SignedIn;
import org.pathways.supplychain.Programs;
import org.pathways.supplychain.Providers;
import org.pathways.supplychain.Providers.ProviderInput;
import org.pathways.supplychain.Providers.ProviderView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The network's provider directory for scripts: everyone reads it, those who record hires add to it. */
@RestController
@SignedIn
class ProviderApi {

    private final Providers providers;
    private final Programs programs;

    ProviderApi(Providers providers, Programs programs) {
        this.providers = providers;
        this.programs = programs;
    }

    @GetMapping("/api/v1/providers/{providerId}/programs")
    List<Programs.ProgramView> programs(@PathVariable long providerId) {
        return programs.of(providerId);
    }

    /** Records a program of the provider; only the provider itself, or whoever recorded it, keeps its programs (else 403). */
    @Editors
    @PostMapping("/api/v1/providers/{providerId}/programs")
    ResponseEntity<Programs.ProgramView> createProgram(@PathVariable long providerId, @Valid @RequestBody Programs.ProgramInput body) {
        Programs.ProgramView created = programs.create(providerId, body);
        return ResponseEntity.created(URI.create("/api/v1/providers/" + providerId + "/programs")).body(created);
    }

    @GetMapping("/api/v1/providers")
    List<ProviderView> list(@RequestParam(required = false) String q) {
        return providers.list(q);
    }

    @GetMapping("/api/v1/providers/{providerId}")
    ProviderView get(@PathVariable long providerId) {
        return providers.get(providerId);
    }

    /** Adds a provider without an account; a name that any provider already goes by is refused. */
    @Editors
    @PostMapping("/api/v1/providers")
    ResponseEntity<ProviderView> create(@Valid @RequestBody ProviderInput body) {
        ProviderView created = providers.create(body);
        return ResponseEntity.created(URI.create("/api/v1/providers/" + created.id())).body(created);
    }
}
