/**
 * Reference data and labor market information (C16): NAICS, SOC, O*NET, BLS projections and wages,
 * counties and metropolitan areas, imported from the official releases with their vintage; the pickers
 * that search them; the occupation profile; and job title to SOC coding.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reference data", allowedDependencies = {"platform", "shared"})
package org.pathways.reference;
