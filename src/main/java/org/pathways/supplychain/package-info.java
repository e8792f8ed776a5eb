/**
 * Talent supply chains (TPM strategy 5, C13, docs/capabilities.md): the providers hires come through, organizations of
 * Pathways (OPSOs, colleges, training providers) and recorded ones without accounts (staffing agencies, job boards,
 * employee referrals), in one directory for the whole network, with the other names they go by in employers' files, and
 * their programs. Preferred-provider agreements, scorecards and the capacity check build on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Talent supply chains",
        allowedDependencies = {"platform", "reference", "requirements", "shared"})
package org.pathways.supplychain;
