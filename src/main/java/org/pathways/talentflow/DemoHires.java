package org.pathways.talentflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.pathways.employers.TalentSourcing.Population;
import org.pathways.platform.DemoRegion;
import org.pathways.requirements.HiringRequirements.CredentialKind;
import org.pathways.talentflow.Hires.HireInput;
import org.pathways.talentflow.Hires.SeparationReason;
import org.pathways.talentflow.Hires.WageUnit;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo region's talent flow: a year of hires at three of the healthcare collaborative's members (Riverbend Regional
 * Health, Mercy Valley Hospital, Riverbend Senior Living), kept by the chamber for them. They came through Second Chance
 * Works and Bridges Youth Network, the college's nursing-assistant program (some after adult education, Tier 2), job boards
 * and employee referrals, and one staffing agency used by one member only, which partners see added into "others".
 * Dates count back from the day the demo is loaded, so some hires have not reached 90 days. The providers are the
 * supply-chain module's demo ({@code DemoProviders}). Loaded once.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "pathways.demo.enabled", havingValue = "true")
class DemoHires implements ApplicationRunner {

    private final Hires hires;
    private final DemoRegion region;
    private final JdbcClient jdbc;

    DemoHires(Hires hires, DemoRegion region, JdbcClient jdbc) {
        this.hires = hires;
        this.region = region;
        this.jdbc = jdbc;
    }

    /** One member's hires: its jobs by title, and how many hires came through each source. */
    private record Member(String name, String prefix, List<String> jobs, Map<String, Integer> bySource) {
    }

    private static final List<String> COUNTIES = List.of("39049", "39049", "39089", "39041", "39045", "39049", "39129", "39159");

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from hire where source <> 'REFERRAL'").query(Long.class).single() > 0
                || jdbc.sql("select count(*) from organization_directory where name = 'Riverbend Chamber of Commerce'").query(Long.class)
                .single() == 0) {
            return;
        }
        region.actingAs("manager", () -> {
            long scw = id("Second Chance Works");
            long bridges = id("Bridges Youth Network");
            long college = id("Riverbend Community College");
            long adultEd = id("Riverbend Valley Adult Education");
            long jobBoard = id("Central Ohio Health Careers Board");
            long referral = id("Employee referral");
            long staffing = id("Buckeye Medical Staffing");
            Map<String, Long> sources = Map.of("scw", scw, "bridges", bridges, "college", college, "board", jobBoard, "referral", referral,
                    "staffing", staffing);
            List<Member> members = List.of(
                    new Member("Riverbend Regional Health", "RRH", List.of("Patient Care Tech", "RN Med/Surg", "Medical Assistant"),
                            Map.of("scw", 4, "bridges", 2, "college", 5, "board", 6, "referral", 3, "staffing", 4)),
                    new Member("Mercy Valley Hospital", "MVH", List.of("STNA", "Registered Nurse", "LPN"),
                            Map.of("scw", 3, "bridges", 2, "college", 4, "board", 4, "referral", 2)),
                    new Member("Riverbend Senior Living", "RSL", List.of("Caregiver / STNA", "Charge Nurse (LPN)"),
                            Map.of("scw", 3, "bridges", 1, "college", 3, "board", 3, "referral", 2)));
            LocalDate today = LocalDate.now();
            int n = 0;
            for (Member member : members) {
                long employer = employer(member.name());
                // the member's jobs in the order listed: its nursing-assistant job first, which most referrals and completers go to
                List<Hires.JobChoice> jobs = member.jobs().stream().map(title -> hires.jobs(employer).stream()
                        .filter(j -> j.title().equals(title)).findFirst().orElseThrow()).toList();
                List<String> order = List.of("scw", "bridges", "college", "board", "referral", "staffing");
                for (String source : order) {
                    for (int i = 0; i < member.bySource().getOrDefault(source, 0); i++, n++) {
                        // nursing-assistant jobs take most of the college's and the OPSOs' hires; the boards' go to every job
                        Hires.JobChoice job = jobs.get(source.equals("board") ? i % jobs.size() : i % 3 == 2 ? 1 : 0);
                        LocalDate hired = today.minusDays(20 + (n * 37L) % 340);
                        LocalDate left = n % 5 == 3 ? hired.plusDays(25 + (n * 13L) % 120) : null;
                        if (left != null && left.isAfter(today)) {
                            left = null;
                        }
                        List<Long> upstream = source.equals("college") && i % 2 == 0 ? List.of(adultEd) : List.of();
                        List<Population> populations = source.equals("scw") ? List.of(Population.JUSTICE_INVOLVED)
                                : source.equals("bridges") ? List.of(Population.OPPORTUNITY_YOUTH)
                                : n % 4 == 0 ? List.of(Population.ENGLISH_LEARNERS) : List.of();
                        boolean nurse = job.title().contains("RN") || job.title().contains("Nurse");
                        BigDecimal wage = BigDecimal.valueOf(nurse ? 36 + n % 6 : 16 + n % 4);
                        hires.record(employer, new HireInput(job.id(), hired, left, left == null ? null
                                : n % 2 == 0 ? SeparationReason.QUIT : SeparationReason.OTHER, member.prefix() + "-" + (1040 + n),
                                        sources.get(source),
                                upstream, source.equals("college") ? "Nursing Assistant Certificate" : null,
                                source.equals("college") ? CredentialKind.CERTIFICATE : null, COUNTIES.get(n % COUNTIES.size()), null, wage,
                                WageUnit.HOURLY, populations));
                    }
                }
            }
        });
    }

    private long id(String provider) {
        return jdbc.sql("select id from provider_directory where name = ?").param(provider).query(Long.class).optional()
                .orElseThrow(() -> new IllegalStateException("the demo provider " + provider + " is missing"));
    }

    private long employer(String name) {
        return jdbc.sql("""
                        select e.id from employer_directory e join organization_directory o on o.id = e.organization_id
                        where o.name = 'Riverbend Chamber of Commerce' and e.name = ?""")
                .param(name).query(Long.class).single();
    }
}
