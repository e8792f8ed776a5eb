package org.pathways.employers;

/** The talent problems an employer can rank for a critical job (C2, docs/capabilities.md). */
public enum PainPointKind {
    UNFILLED_OPENINGS, ONBOARDING_COST, UPSKILLING_COST, CAREER_ADVANCEMENT, TURNOVER, DIVERSITY, OTHER;

    public String messageKey() {
        return "painPoint.kind." + name();
    }
}
