package org.pathways.demand;

import org.pathways.employers.EmployerArchived;
import org.pathways.platform.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An employer its organization archived is not asked for numbers any more: its links to that organization's open
 * surveys that it has not submitted are withdrawn, so reminders stop and the link says it was withdrawn. Submitted
 * answers stay counted. Runs after the archive commits, from the event registry, so a restart in between loses nothing.
 */
@Component
class ArchivedEmployerLinks {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ArchivedEmployerLinks(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(EmployerArchived archived) {
        int withdrawn = jdbc.sql("""
                        update demand_invitation i set revoked_at = now(), version = i.version + 1
                        from demand_survey s
                        where s.id = i.survey_id and s.status = 'OPEN' and s.organization_id = ? and i.employer_id = ?
                          and i.revoked_at is null and i.status <> 'SUBMITTED'""")
                .params(archived.organizationId(), archived.employerId()).update();
        if (withdrawn > 0) {
            audit.recordWith(archived.organizationId(), "system", "survey.linksWithdrawn", "employer", archived.employerId(),
                    withdrawn + " open survey link(s) withdrawn: the employer was archived");
        }
    }
}
