/**
 * Talent flows (TPM strategy 4, C12, docs/capabilities.md): hire records, typed, imported from applicant-tracking exports
 * or arriving from the referral pipeline; back-mapping a collaborative's hires to the providers, provider kinds, tiers and
 * counties they came from, under the confidentiality rule of its demand figures, drawn on a county map; the capture rate
 * of the providers whose referrals are on Pathways, hired and retained at a checkpoint; and supply against demand per shared
 * critical job.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Talent flows",
        allowedDependencies = {"platform", "reference", "employers", "collaboratives", "demand", "requirements", "participants",
                "supplychain", "shared"})
package org.pathways.talentflow;
