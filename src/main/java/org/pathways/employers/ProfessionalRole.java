package org.pathways.employers;

/** The professional roles inside an employer that a partnership needs (C4, docs/capabilities.md). */
public enum ProfessionalRole {
    EXECUTIVE_LEADERSHIP, GOVERNMENT_COMMUNITY_RELATIONS, CSR, HUMAN_RESOURCES, RECRUITMENT, HIRING_MANAGER,
    TRAINING_DEVELOPMENT, SUBJECT_MATTER_EXPERT, EMPLOYEE_SUPPORT;

    public String messageKey() {
        return "contact.role." + name();
    }
}
