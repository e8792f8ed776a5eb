/**
 * Outcomes and continuous improvement (TPM strategy 6, C14, docs/capabilities.md): read tables of hires, referrals and
 * agreed targets built from the other modules' events and published views (and rebuilt from them at will); KPIs per
 * collaborative, employer, OPSO and provider with every formula beside its number; targets from agreed value propositions
 * and an organization's own, on track, at risk or missed, with the trend; the employer's baseline cost and the return on
 * the partnership; and the improvement log of a target at risk.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outcomes",
        allowedDependencies = {"platform", "employers", "collaboratives", "engagement", "requirements", "participants", "talentflow",
                "supplychain", "shared"})
package org.pathways.outcomes;
