package org.pathways.collaboratives;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo region's two collaboratives, managed by the Riverbend Chamber of Commerce: healthcare (four employers,
 * Riverbend Regional Health among them with its own accounts) and advanced manufacturing (four, Keystone Precision
 * Machining with its own accounts), with the OPSOs and the college as partners.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "pathways.demo.enabled", havingValue = "true")
class DemoCollaboratives implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCollaboratives.class);

    private final JdbcClient jdbc;

    DemoCollaboratives(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Long chamber = organization("Riverbend Chamber of Commerce");
        if (chamber == null || jdbc.sql("select count(*) from collaborative where organization_id = ?").param(chamber).query(Long.class).single() > 0) {
            return;
        }
        long health = collaborative(chamber, "Riverbend Healthcare Talent Collaborative", "INDUSTRY", "62",
                "Hospitals, clinics and senior living in the Columbus region", new String[] {"39049", "39041", "39089"}, """
                        Employers in healthcare across Franklin, Delaware and Licking counties share a shortage of nurses and \
                        nursing assistants. Members agree to plan demand together once a year, to hire from the providers they \
                        choose together, and to report who was hired and who stayed. Decisions are taken by the members present \
                        at the quarterly meeting.""");
        for (String member : List.of("Riverbend Regional Health", "Mercy Valley Hospital", "Riverbend Senior Living", "Eastside Family Clinics")) {
            member(health, chamber, member);
        }
        long manufacturing = collaborative(chamber, "Central Ohio Advanced Manufacturing Collaborative", "OCCUPATION_FAMILY", "51-0000",
                "Machining, welding and maintenance", new String[] {"39049", "39045", "39129", "39159"}, """
                        Manufacturers south and west of Columbus who compete for the same machinists, welders and maintenance \
                        technicians, and who would rather grow that talent together.""");
        for (String member : List.of("Keystone Precision Machining", "Buckeye Fabrication Works", "Scioto Valley Plastics", "Central Ohio Gear & Drive")) {
            member(manufacturing, chamber, member);
        }
        for (String partner : List.of("Second Chance Works", "Riverbend Community College")) {
            partner(health, partner);
            partner(manufacturing, partner);
        }
        partner(health, "Bridges Youth Network");
        // the board follows the healthcare collaborative it co-funds: its read-only viewer sees it from home
        partner(health, "Riverbend Valley Workforce Board");
        log.info("Loaded the demo collaboratives");
    }

    private Long organization(String name) {
        return jdbc.sql("select id from organization_directory where name = ?").param(name).query(Long.class).optional().orElse(null);
    }

    private long collaborative(long chamber, String name, String focus, String code, String note, String[] counties, String charter) {
        return jdbc.sql("""
                        insert into collaborative (organization_id, name, focus_kind, focus_code, focus_note, counties, charter, status,
                                                   created_by, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?, 'ACTIVE', 'demo', 'demo') returning id""")
                .params(chamber, name, focus, code, note, counties, charter).query(Long.class).single();
    }

    /** Adds the chamber's profile of the employer; ties it to the employer's own organization when there is one. */
    private void member(long collaborative, long chamber, String employer) {
        jdbc.sql("""
                        insert into collaborative_member (collaborative_id, employer_id, employer_organization_id, joined_on)
                        select ?, e.id, (select o.id from organization_directory o where o.name = e.name and o.type = 'EMPLOYER'), current_date - 400
                        from employer_directory e where e.organization_id = ? and e.name = ?""")
                .params(collaborative, chamber, employer).update();
    }

    private void partner(long collaborative, String organization) {
        jdbc.sql("insert into collaborative_partner (collaborative_id, organization_id) select ?, id from organization_directory where name = ?")
                .params(collaborative, organization).update();
    }
}
