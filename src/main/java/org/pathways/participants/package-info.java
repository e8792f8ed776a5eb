/**
 * Participants and the referral pipeline (C15, docs/capabilities.md): the people an OPSO serves, with a profile written from
 * their strengths; their confidential circumstances (populations, barriers, supports), sealed by the application and read
 * only by the OPSO's staff, every read in the participant's access log; consent as a record with recipient, purpose,
 * categories and expiry; matching to the critical jobs of the employers the OPSO keeps, explained line by line; and referrals
 * from referred to hired, retained and advanced, which the employer follows with the consented part of the profile only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Participants and referrals",
        allowedDependencies = {"platform", "reference", "employers", "requirements", "shared"})
package org.pathways.participants;
