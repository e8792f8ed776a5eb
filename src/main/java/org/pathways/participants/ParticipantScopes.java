package org.pathways.participants;

import org.pathways.platform.RecordScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A participant and their consents are visible only inside the OPSO that serves them; a referral also to the people of
 * the employer it was made to (whose pages show the consented part of the profile only).
 */
@Configuration(proxyBeanMethods = false)
class ParticipantScopes {

    @Bean
    RecordScope participantScope(JdbcClient jdbc) {
        return RecordScope.byId("participantId", (user,
                id) -> jdbc.sql("select count(*) from participant where id = ? and organization_id = ?")
                .params(id, user.organizationId()).query(Long.class).single() > 0);
    }

    @Bean
    RecordScope consentScope(JdbcClient jdbc) {
        return RecordScope.byId("consentId", (user, id) -> jdbc.sql("select count(*) from consent where id = ? and organization_id = ?")
                .params(id, user.organizationId()).query(Long.class).single() > 0);
    }

    /** A private link the OPSO issued: withdrawn by its staff, never seen by anyone else. */
    @Bean
    RecordScope participantLinkScope(JdbcClient jdbc) {
        return RecordScope.byId("linkId", (user, id) -> jdbc.sql(
                        "select count(*) from participant_link where id = ? and organization_id = ?")
                .params(id, user.organizationId()).query(Long.class).single() > 0);
    }

    @Bean
    RecordScope programScope(JdbcClient jdbc) {
        return RecordScope.byId("programId", (user, id) -> jdbc.sql(
                        "select count(*) from training_program where id = ? and organization_id = ?")
                .params(id, user.organizationId()).query(Long.class).single() > 0);
    }

    @Bean
    RecordScope referralScope(ReferralRows referrals) {
        return RecordScope.byId("referralId", (user, id) -> referrals.visibleTo(user.organizationId(), id));
    }
}
