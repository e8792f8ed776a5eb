package org.pathways.platform;

/**
 * An organization joined Pathways (decision 0006): the supply-chain module lists an OPSO or a training provider among the
 * providers hires come through. Its id and type only; a follower that needs more reads {@code organization_directory}.
 */
public record OrganizationRegistered(long organizationId, OrganizationType type) {
}
