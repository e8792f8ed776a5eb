package org.pathways.employers;

/** Whether the employer has looked into a pain point with its own data, or needs help to. */
public enum PainPointAnalysis {
    ANALYSED, NEEDS_HELP, NOT_ASKED;

    public String messageKey() {
        return "painPoint.analysis." + name();
    }
}
