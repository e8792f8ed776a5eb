package org.pathways.employers;

/** The kind of employer, as the guide distinguishes them. */
public enum Sector {
    PRIVATE_FOR_PROFIT, PRIVATE_NONPROFIT, GOVERNMENT, EDUCATION, COMMUNITY_BASED;

    public String messageKey() {
        return "employer.sector." + name();
    }
}
