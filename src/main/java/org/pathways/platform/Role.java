package org.pathways.platform;

import java.util.EnumSet;
import java.util.Set;

/** What a person may do within their organization. A person holds one or more roles. */
public enum Role {
    /** Runs the installation: every organization, user and the audit log. Only in the platform organization. */
    PLATFORM_ADMIN,
    /** Manages the people of their own organization. */
    ORG_ADMIN,
    /** An OPSO practitioner or other staff member doing the day-to-day work. */
    STAFF,
    /** Runs employer collaboratives for an intermediary. */
    COLLABORATIVE_MANAGER,
    /** Speaks for an employer: HR, talent acquisition, hiring manager. Only in employer organizations. */
    EMPLOYER_REP,
    /** Sees their organization's data and changes nothing. */
    READ_ONLY;

    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name();
    }

    /** Whether this role may be held by someone in an organization of the given type. */
    public boolean allowedIn(OrganizationType type) {
        return switch (this) {
            case PLATFORM_ADMIN -> type == OrganizationType.PLATFORM;
            case EMPLOYER_REP -> type == OrganizationType.EMPLOYER;
            default -> true;
        };
    }

    public static Set<Role> allowedFor(OrganizationType type) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : values()) {
            if (role.allowedIn(type)) {
                roles.add(role);
            }
        }
        return roles;
    }
}
