/**
 * Employer collaboratives (TPM strategy 1, C9): employers organized by a chamber, an association or a workforce
 * board around critical jobs they share, with the providers and OPSOs that partner with them. A collaborative
 * belongs to its managing organization; members and partners see what it shares with them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Collaboratives", allowedDependencies = {"platform", "employers", "reference", "shared"})
package org.pathways.collaboratives;
