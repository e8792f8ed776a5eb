package org.pathways.platform.web;

import java.util.List;

import org.pathways.platform.OrganizationType;
import org.pathways.platform.PathwaysUser;
import org.pathways.platform.Permissions.SignedIn;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is: for scripts to check a token and learn their organization. */
@RestController
@SignedIn
class MeApi {

    record OrganizationRef(long id, String name, OrganizationType type) {
    }

    record Me(long id, String username, String displayName, OrganizationRef organization, List<String> roles) {
    }

    @GetMapping("/api/v1/me")
    Me me() {
        PathwaysUser user = PathwaysUser.current();
        return new Me(user.userId(), user.username(), user.displayName(),
                new OrganizationRef(user.organizationId(), user.organizationName(), user.organizationType()),
                user.roles().stream().map(Enum::name).sorted().toList());
    }
}
