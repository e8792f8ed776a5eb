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
 * board, employee referrals and a staffing agency, with the short names their files use; and the college's
 * nursing-assistant certificate, the program behind its hires. Loaded once.
 */
@Component
@Order(58)
@ConditionalOnProperty(name = "pathways.demo.enabled", havingValue = "true")
class DemoProviders implements ApplicationRunner {

    private final Providers providers;
    private final ProgramRows programs;
    private final DemoRegion region;
    private final JdbcClient jdbc;

    DemoProviders(Providers providers, ProgramRows programs, DemoRegion region, JdbcClient jdbc) {
        this.providers = providers;
        this.programs = programs;
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
            // the college keeps its own programs (it is on Pathways without demo sign-ins, so they are written here directly)
            jdbc.sql("select id from provider where name = 'Riverbend Community College'").query(Long.class).optional()
                    .ifPresent(college -> programs.insert(college, new Programs.ProgramInput("Nursing Assistant Certificate", "31-1131",
                            org.pathways.requirements.HiringRequirements.CredentialKind.LICENSE, "State Tested Nurse Aide (STNA)",
                            "Taking vital signs;Safe patient handling;Infection control", 24, java.time.LocalDate.now().plusDays(40),
                            java.time.LocalDate.now().plusDays(40 + 70), java.util.List.of(Programs.Schedule.EVENING,
                            Programs.Schedule.WEEKEND), java.math.BigDecimal.ZERO, java.util.List.of(Programs.Funding.FREE,
                            Programs.Funding.WIOA_ELIGIBLE),
                                    "18 or older; a high-school diploma or equivalent, or enrolled in adult education",
                            "Scrubs and textbooks; bus passes; a success coach", 84, 71), "demo"));
            jdbc.sql("select id from provider where name = 'Second Chance Works'").query(Long.class).optional()
                    .ifPresent(scw -> providers.addAlias(scw, "SCW"));
        });
    }
}
