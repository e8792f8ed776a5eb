package org.pathways.employers;

import org.pathways.platform.RecordScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Employer profiles, their establishments and critical jobs are visible only inside the organization that keeps them. */
@Configuration(proxyBeanMethods = false)
class EmployerScopes {

    @Bean
    RecordScope employerScope(JdbcClient jdbc) {
        return scope("employerId", jdbc, "select count(*) from employer where id = ? and organization_id = ?");
    }

    @Bean
    RecordScope establishmentScope(JdbcClient jdbc) {
        return scope("establishmentId", jdbc, """
                select count(*) from establishment s join employer e on e.id = s.employer_id where s.id = ? and e.organization_id = ?""");
    }

    @Bean
    RecordScope criticalJobScope(JdbcClient jdbc) {
        return scope("criticalJobId", jdbc, """
                select count(*) from critical_job j join employer e on e.id = j.employer_id where j.id = ? and e.organization_id = ?""");
    }

    @Bean
    RecordScope contactScope(JdbcClient jdbc) {
        return scope("contactId", jdbc, """
                select count(*) from employer_contact c join employer e on e.id = c.employer_id where c.id = ? and e.organization_id = ?""");
    }

    @Bean
    RecordScope intermediaryScope(JdbcClient jdbc) {
        return scope("intermediaryId", jdbc, "select count(*) from intermediary where id = ? and organization_id = ?");
    }

    @Bean
    RecordScope initiativeScope(JdbcClient jdbc) {
        return scope("initiativeId", jdbc, "select count(*) from initiative where id = ? and organization_id = ?");
    }

    private static RecordScope scope(String variable, JdbcClient jdbc, String sql) {
        return RecordScope.byId(variable, (user, id) -> jdbc.sql(sql).params(id, user.organizationId()).query(Long.class).single() > 0);
    }
}
