package org.pathways.supplychain;

import org.pathways.platform.DemoRegion;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo region's providers: its two OPSOs and the college (a college, not only a training provider), and the sources
 * its healthcare employers hire through without accounts: the adult-education program before the college's course, a job
 * board, employee referrals and a staffing agency, with the short names their files use. Loaded once.
 */
@Component
@Order(58)
@ConditionalOnProperty(name = "pathways.demo.enabled", havingValue = "true")
class DemoProviders implements ApplicationRunner {

    private final Providers providers;
    private final DemoRegion region;
    private final JdbcClient jdbc;

    DemoProviders(Providers providers, DemoRegion region, JdbcClient jdbc) {
        this.providers = providers;
        this.region = region;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from provider where organization_id is null").query(Long.class).single() > 0
                || jdbc.sql("select count(*) from organization_directory where name = 'Riverbend Chamber of Commerce'").query(Long.class)
                .single() == 0) {
            return;
        }
        providers.includeOrganizations();
        jdbc.sql("update provider set kind = 'COLLEGE' where name = 'Riverbend Community College'").update();
        region.actingAs("manager", () -> {
            providers.create(new Providers.ProviderInput("Riverbend Valley Adult Education", Providers.Kind.ADULT_EDUCATION, null));
            long board = providers.create(new Providers.ProviderInput("Central Ohio Health Careers Board", Providers.Kind.JOB_BOARD,
                    null)).id();
            providers.create(new Providers.ProviderInput("Employee referral", Providers.Kind.EMPLOYEE_REFERRAL, null));
            providers.create(new Providers.ProviderInput("Buckeye Medical Staffing", Providers.Kind.STAFFING_AGENCY, null));
            providers.addAlias(board, "COHCB");
            jdbc.sql("select id from provider where name = 'Second Chance Works'").query(Long.class).optional()
                    .ifPresent(scw -> providers.addAlias(scw, "SCW"));
        });
    }
}
