package org.pathways.reference;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the government publishes about one SOC occupation, gathered from the current releases: the SOC
 * definition, O*NET's job zone, skills, knowledge, technology and related occupations, BLS projections and
 * OEWS wages. Parts whose dataset is not loaded are empty; {@link #sources()} says which releases were used.
 */
public record OccupationProfile(
        String soc,
        String title,
        String definition,
        String onetCode,
        Integer jobZone,
        String jobZoneName,
        String jobZoneEducation,
        String onetEducation,
        Projection projection,
        Wages wages,
        List<Rating> skills,
        List<Rating> knowledge,
        List<Technology> technology,
        int technologyCount,
        List<Related> related,
        List<Source> sources) {

    /** BLS Employment Projections; employment in thousands as published. {@code code} differs from the SOC when BLS projects a group. */
    public record Projection(String code, String title, int baseYear, int projectedYear, BigDecimal employmentBase,
                             BigDecimal employmentProjected, BigDecimal employmentChange, BigDecimal changePercent,
                             BigDecimal annualOpenings, BigDecimal medianWage, boolean medianWageTopCoded,
                             String typicalEducation, String workExperience, String training) {
    }

    /** OEWS national wages. {@code code} differs from the SOC when OEWS publishes only the group (29-2010 for 29-2012). */
    public record Wages(String code, String title, String vintage, Long employment, BigDecimal hourlyMedian, BigDecimal annualMedian,
                        BigDecimal annualP10, BigDecimal annualP25, BigDecimal annualP75, BigDecimal annualP90,
                        boolean topCoded, boolean annualOnly) {
    }

    /** An O*NET skill or knowledge area: importance 1–5 and level 0–7. */
    public record Rating(String elementId, String name, BigDecimal importance, BigDecimal level) {
    }

    public record Technology(String example, String category, boolean hot, boolean inDemand) {
    }

    public record Related(String soc, String onetCode, String title, String tier) {
    }

    public record Source(String dataset, String vintage) {
    }

    /** The words O*NET's CC BY 4.0 licence asks for, in every API answer that carries its content. */
    public static final String ONET_ATTRIBUTION = "This information incorporates the O*NET Database by the U.S. Department of Labor, "
            + "Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license. O*NET® is a trademark of "
            + "USDOL/ETA. Pathways has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested "
            + "these modifications.";

    /** O*NET data is CC BY 4.0; pages and exports that show any of it carry the attribution. */
    public boolean showsOnetData() {
        return sources.stream().anyMatch(s -> s.dataset().startsWith("onet-"));
    }
}
