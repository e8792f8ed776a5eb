package org.pathways.platform.web;

import java.net.URI;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.pathways.platform.OrganizationType;
import org.pathways.platform.OrganizationView;
import org.pathways.platform.Organizations;
import org.pathways.platform.Role;
import org.pathways.platform.UserAccounts;
import org.pathways.platform.UserView;
import org.pathways.shared.PageQuery;
import org.pathways.shared.PageResult;
import org.pathways.platform.Permissions.Administrators;
import org.pathways.platform.Permissions.PlatformAdmins;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Organizations and their people, for administrators' scripts. Same rules as the pages. */
@RestController
@Administrators
class OrganizationApi {

    private final Organizations organizations;
    private final UserAccounts users;

    OrganizationApi(Organizations organizations, UserAccounts users) {
        this.organizations = organizations;
        this.users = users;
    }

    record NewOrganization(@NotBlank @Size(max = 200) String name, @NotNull OrganizationType type,
                           @Size(max = 120) String region, @Size(max = 60) String timeZone) {
    }

    record NewUser(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 200) String displayName,
                   @Email @Size(max = 254) String email, @NotBlank @Size(max = 128) String password,
                   @NotEmpty Set<Role> roles) {
    }

    @GetMapping("/api/v1/organizations")
    PageResult<OrganizationView> list(@RequestParam(required = false) String q,
                                      @RequestParam(required = false) OrganizationType type,
                                      @RequestParam(required = false) Integer page,
                                      @RequestParam(required = false) Integer size) {
        return organizations.list(q, type, PageQuery.of(page, size));
    }

    @PlatformAdmins
    @PostMapping("/api/v1/organizations")
    ResponseEntity<OrganizationView> create(@Valid @RequestBody NewOrganization body) {
        OrganizationView created = organizations.create(body.name(), body.type(), body.region(), body.timeZone());
        return ResponseEntity.created(URI.create("/api/v1/organizations/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/organizations/{organizationId}")
    OrganizationView get(@PathVariable long organizationId) {
        return organizations.get(organizationId);
    }

    @GetMapping("/api/v1/organizations/{organizationId}/users")
    PageResult<UserView> members(@PathVariable long organizationId, @RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size) {
        return users.members(organizationId, PageQuery.of(page, size));
    }

    @PostMapping("/api/v1/organizations/{organizationId}/users")
    ResponseEntity<UserView> createUser(@PathVariable long organizationId, @Valid @RequestBody NewUser body) {
        UserView created = users.create(organizationId, new UserAccounts.NewUser(body.username(), body.displayName(),
                body.email(), body.password(), body.roles()));
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/users/{userId}")
    UserView user(@PathVariable long userId) {
        return users.get(userId);
    }
}
