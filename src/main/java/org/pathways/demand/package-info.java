/**
 * Demand planning (TPM strategy 2, C10): a collaborative's surveys of how many people its member employers will
 * need in shared critical jobs, answered through private links; the roll-up per occupation and period under the
 * collaborative's confidentiality rule; the comparison with BLS projections; the "sufficient and consistent need" verdict.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demand planning",
        allowedDependencies = {"platform", "collaboratives", "employers", "reference", "shared"})
package org.pathways.demand;
