package org.pathways.reference;

import java.util.List;

/**
 * The official datasets Pathways loads, each into its own table (two datasets may share a table when
 * their rows have one shape). A release of a dataset is one vintage of it; the newest is current.
 */
public enum ReferenceDataset {
    NAICS("naics", "ref_naics", List.of("code", "title", "level", "parent_code", "seq"), List.of("code")),
    NAICS_CONCORDANCE("naics-concordance", "ref_naics_concordance", List.of("from_code", "to_code"), List.of("from_code", "to_code")),
    SOC("soc", "ref_soc", List.of("code", "title", "soc_group", "definition", "major_code", "minor_code", "broad_code"), List.of("code")),
    SOC_TITLES("soc-titles", "ref_soc_title", List.of("soc_code", "title", "illustrative"), List.of()),
    ONET_OCCUPATIONS("onet-occupations", "ref_onet_occupation", List.of("onet_code", "soc_code", "title", "description"), List.of("onet_code")),
    ONET_ALTERNATE_TITLES("onet-alternate-titles", "ref_onet_title", List.of("onet_code", "soc_code", "title", "short_title"), List.of()),
    ONET_REPORTED_TITLES("onet-reported-titles", "ref_onet_title", List.of("onet_code", "soc_code", "title", "short_title"), List.of()),
    ONET_SKILLS("onet-skills", "ref_onet_rating", List.of("onet_code", "soc_code", "element_id", "element_name", "scale_id", "value", "suppressed"),
            List.of("onet_code", "element_id", "scale_id")),
    ONET_KNOWLEDGE("onet-knowledge", "ref_onet_rating", List.of("onet_code", "soc_code", "element_id", "element_name", "scale_id", "value", "suppressed"),
            List.of("onet_code", "element_id", "scale_id")),
    ONET_TECHNOLOGY("onet-technology-skills", "ref_onet_technology",
            List.of("onet_code", "soc_code", "example", "commodity_code", "commodity_title", "hot", "in_demand"), List.of()),
    ONET_JOB_ZONES("onet-job-zones", "ref_onet_job_zone", List.of("onet_code", "soc_code", "job_zone"), List.of("onet_code")),
    ONET_JOB_ZONE_REFERENCE("onet-job-zone-reference", "ref_onet_job_zone_reference",
            List.of("job_zone", "name", "experience", "education", "training", "examples"), List.of("job_zone")),
    ONET_RELATED("onet-related-occupations", "ref_onet_related",
            List.of("onet_code", "soc_code", "related_onet_code", "related_soc_code", "related_title", "tier", "rank"),
            List.of("onet_code", "related_onet_code")),
    ONET_EDUCATION("onet-education-training", "ref_onet_education", List.of("onet_code", "soc_code", "scale_id", "category", "percent"),
            List.of("onet_code", "scale_id", "category")),
    ONET_EDUCATION_CATEGORIES("onet-education-categories", "ref_onet_education_category", List.of("scale_id", "category", "description"),
            List.of("scale_id", "category")),
    PROJECTIONS("bls-projections", "ref_projection", List.of("soc_code", "title", "sample_titles", "base_year", "projected_year",
            "employment_base", "employment_projected", "employment_change", "change_percent", "annual_openings", "median_wage",
            "median_wage_top_coded", "typical_education", "work_experience", "training"), List.of("soc_code")),
    WAGES("bls-oews-wages", "ref_wage", List.of("soc_code", "title", "occupation_group", "employment", "hourly_mean", "annual_mean",
            "hourly_median", "annual_p10", "annual_p25", "annual_median", "annual_p75", "annual_p90", "top_coded", "annual_only"),
            List.of("soc_code", "occupation_group")),
    NEM_CROSSWALK("bls-nem-crosswalk", "ref_nem_crosswalk", List.of("onet_code", "soc_code", "nem_code", "nem_title"), List.of("onet_code")),
    STATES("states", "ref_state", List.of("fips", "name", "abbreviation", "population"), List.of("fips")),
    COUNTIES("counties", "ref_county", List.of("fips", "state_fips", "name", "state_name", "population"), List.of("fips")),
    CBSA("cbsa-delineation", "ref_cbsa_county", List.of("cbsa_code", "cbsa_title", "area_type", "metro_division_code",
            "metro_division_title", "csa_code", "csa_title", "county_fips", "county_name", "state_name", "central"), List.of("county_fips"));

    private final String key;
    private final String table;
    private final List<String> columns;
    private final List<String> uniqueColumns;

    ReferenceDataset(String key, String table, List<String> columns, List<String> uniqueColumns) {
        this.key = key;
        this.table = table;
        this.columns = columns;
        this.uniqueColumns = uniqueColumns;
    }

    /** The stable name stored with each release and shown to administrators. */
    public String key() {
        return key;
    }

    public String table() {
        return table;
    }

    public List<String> columns() {
        return columns;
    }

    /** Columns that identify a row; a file that repeats them is refused (the concordance only drops exact repeats). */
    public List<String> uniqueColumns() {
        return uniqueColumns;
    }

    /** Whether a row repeated in the file is harmless (the same pair listed on several historical paths). */
    public boolean repeatsAllowed() {
        return this == NAICS_CONCORDANCE;
    }

    /** O*NET data is CC BY 4.0: every page that shows it carries the attribution. */
    public boolean isOnet() {
        return name().startsWith("ONET_");
    }

    public static ReferenceDataset ofKey(String key) {
        for (ReferenceDataset dataset : values()) {
            if (dataset.key.equals(key)) {
                return dataset;
            }
        }
        throw new IllegalArgumentException("unknown dataset " + key);
    }
}
