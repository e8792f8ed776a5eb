/**
 * A synthetic statewide network for benchmarks and load tests (issue 8): organizations, employers with
 * establishments in real counties and critical jobs on real SOC codes, collaboratives with demand surveys and answers, participants
 * with sealed circumstances and referrals, generated deterministically from a
 * seed and loaded with COPY. Everything it creates is named "Synthetic …" and flagged as demo data. It
 * writes the other modules' tables directly, as a bulk loader may; nothing else in the product does.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Synthetic data",
        allowedDependencies = {"platform", "participants", "shared"})
package org.pathways.synthetic;
