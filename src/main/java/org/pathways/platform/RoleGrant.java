package org.pathways.platform;

import org.springframework.data.relational.core.mapping.Table;

/** One role held by a user; part of the user account aggregate. */
@Table("user_role")
record RoleGrant(Role role) {
}
