package org.pathways.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Who may do what, named once (decision 0006). Controllers say {@code @Editors} or {@code @CollaborativeManagers}
 * instead of copying role lists; templates ask the signed-in person ({@code ${me.canEdit()}}) with the same names,
 * and {@code PermissionsTests} checks that each annotation's rule and each question give the same answer.
 */
public final class Permissions {

    /** Records their organization keeps: employers, contacts, engagements, value propositions, imports. */
    public static final Set<Role> EDITORS = EnumSet.of(Role.ORG_ADMIN, Role.STAFF, Role.COLLABORATIVE_MANAGER, Role.EMPLOYER_REP);
    /** Collaboratives, their surveys and the weights of the fit score. */
    public static final Set<Role> COLLABORATIVE_MANAGERS = EnumSet.of(Role.ORG_ADMIN, Role.COLLABORATIVE_MANAGER);
    /** The day-to-day work of an organization's own staff (the wording list, for instance). */
    public static final Set<Role> STAFF = EnumSet.of(Role.ORG_ADMIN, Role.STAFF);
    /** Anyone who belongs to an organization with a role there, read-only viewers included. */
    public static final Set<Role> MEMBERS = EnumSet.of(Role.ORG_ADMIN, Role.STAFF, Role.COLLABORATIVE_MANAGER, Role.EMPLOYER_REP, Role.READ_ONLY);
    /** The people whose work sends mail (survey invitations and reminders), who see what was sent. */
    public static final Set<Role> SENDERS = EnumSet.of(Role.ORG_ADMIN, Role.STAFF, Role.COLLABORATIVE_MANAGER);
    /** The people who manage people: platform administrators and organization administrators. */
    public static final Set<Role> ADMINISTRATORS = EnumSet.of(Role.PLATFORM_ADMIN, Role.ORG_ADMIN);

    private Permissions() {
    }

    /** Keeps their organization's records (see {@link #EDITORS}). */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('ORG_ADMIN', 'STAFF', 'COLLABORATIVE_MANAGER', 'EMPLOYER_REP')")
    public @interface Editors {
    }

    /** Runs collaboratives (see {@link #COLLABORATIVE_MANAGERS}). */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('ORG_ADMIN', 'COLLABORATIVE_MANAGER')")
    public @interface CollaborativeManagers {
    }

    /** An organization's own staff (see {@link #STAFF}). */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('ORG_ADMIN', 'STAFF')")
    public @interface Staff {
    }

    /** Anyone with a role in an organization (see {@link #MEMBERS}). */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('ORG_ADMIN', 'STAFF', 'COLLABORATIVE_MANAGER', 'EMPLOYER_REP', 'READ_ONLY')")
    public @interface Members {
    }

    /** Sends mail through the outbox (see {@link #SENDERS}). */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('ORG_ADMIN', 'STAFF', 'COLLABORATIVE_MANAGER')")
    public @interface Senders {
    }

    /** Manages people (see {@link #ADMINISTRATORS}). */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'ORG_ADMIN')")
    public @interface Administrators {
    }

    /** Runs the installation. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public @interface PlatformAdmins {
    }

    /** Anyone signed in, whatever their roles: their own profile, the pickers, the reference pages. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("isAuthenticated()")
    public @interface SignedIn {
    }
}
