package org.pathways.platform;

/** The kinds of organization that use Pathways; PLATFORM is the operators' own administration. */
public enum OrganizationType {
    EMPLOYER, OPSO, INTERMEDIARY, TRAINING_PROVIDER, PLATFORM;

    public String messageKey() {
        return "organizationType." + name();
    }
}
