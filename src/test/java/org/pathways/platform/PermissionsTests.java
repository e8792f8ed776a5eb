package org.pathways.platform;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;

import static org.assertj.core.api.Assertions.assertThat;

/** Each permission's annotation (for controllers) and its question on the signed-in person (for templates) agree. */
class PermissionsTests {

    private static final Map<Class<?>, Set<Role>> RULES = Map.of(
            Permissions.Editors.class, Permissions.EDITORS,
            Permissions.CollaborativeManagers.class, Permissions.COLLABORATIVE_MANAGERS,
            Permissions.Staff.class, Permissions.STAFF,
            Permissions.Members.class, Permissions.MEMBERS,
            Permissions.Senders.class, Permissions.SENDERS,
            Permissions.Administrators.class, Permissions.ADMINISTRATORS,
            Permissions.PlatformAdmins.class, EnumSet.of(Role.PLATFORM_ADMIN));

    static Set<Role> rolesOf(Class<?> annotation) {
        String rule = annotation.getAnnotation(PreAuthorize.class).value();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Pattern.compile("'([A-Z_]+)'").matcher(rule).results().forEach(m -> roles.add(Role.valueOf(m.group(1))));
        return roles;
    }

    @Test
    void theAnnotationsNameTheRolesTheirSetsHold() {
        RULES.forEach((annotation, roles) -> assertThat(rolesOf(annotation)).as(annotation.getSimpleName()).isEqualTo(roles));
    }

    @Test
    void theQuestionsOnTheSignedInPersonAnswerAsTheAnnotationsDo() {
        for (Role role : Role.values()) {
            PathwaysUser user = new PathwaysUser(1, "someone", "Someone", 1, "Org", OrganizationType.OPSO, Set.of(role), false);
            assertThat(user.canEdit()).as("canEdit for " + role).isEqualTo(Permissions.EDITORS.contains(role));
            assertThat(user.managesCollaboratives()).as("managesCollaboratives for " + role).isEqualTo(Permissions.COLLABORATIVE_MANAGERS.contains(role));
            assertThat(user.isStaff()).as("isStaff for " + role).isEqualTo(Permissions.STAFF.contains(role));
            assertThat(user.isMember()).as("isMember for " + role).isEqualTo(Permissions.MEMBERS.contains(role));
            assertThat(user.isAdministrator()).as("isAdministrator for " + role).isEqualTo(Permissions.ADMINISTRATORS.contains(role));
        }
        // one person with two roles may do what either allows
        PathwaysUser viewerAndRep = new PathwaysUser(1, "x", "X", 1, "Org", OrganizationType.EMPLOYER, Set.of(Role.READ_ONLY, Role.EMPLOYER_REP), false);
        assertThat(viewerAndRep.canEdit()).isTrue();
        assertThat(viewerAndRep.managesCollaboratives()).isFalse();
    }
}
