package org.pathways.employers;

import java.math.BigDecimal;
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
 * The demo region's employers, profiled by the OPSO Second Chance Works (five employers in healthcare,
 * manufacturing, logistics, IT and food, one with three establishments) and, separately, by Bridges Youth
 * Network (two of them, with what that OPSO knows), so the pages show that each organization keeps its own.
 * Places are real central-Ohio counties; the employers are fictional.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "pathways.demo.enabled", havingValue = "true")
class DemoEmployers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEmployers.class);

    private final JdbcClient jdbc;

    DemoEmployers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Place(String name, String firm, String address, String city, String county, String naics, int headCount, boolean hq) {
    }

    private record Pain(PainPointKind kind, PainPointAnalysis analysis, String note) {
    }

    private record Job(String title, String soc, Integer place, String function, int positions, int openings, double payMin,
                       double payMax, String unit, List<Pain> pains) {
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        chamberProfiles();
        Long opso = organization("Second Chance Works");
        Long youth = organization("Bridges Youth Network");
        if (opso == null || jdbc.sql("select count(*) from employer where organization_id = ?").param(opso).query(Long.class).single() > 0) {
            return;
        }
        employer(opso, "Riverbend Regional Health", Sector.PRIVATE_NONPROFIT, "Regional hospital system", "622110", null,
                List.of(new Place("Riverbend General Hospital", null, "1200 River Rd", "Columbus", "39049", "622110", 2400, true),
                        new Place("Northside Outpatient Center", null, "88 Polaris Pkwy", "Westerville", "39041", "621111", 310, false),
                        new Place("Lakeview Rehabilitation & Nursing", "Lakeview Care LLC", "14 Lake St", "Newark", "39089", "623110", 180, false)),
                List.of(new Job("RN Med/Surg", "29-1141", 0, "Patient care", 420, 38, 36, 52, "HOUR",
                                List.of(new Pain(PainPointKind.TURNOVER, PainPointAnalysis.ANALYSED, "First-year turnover near 30%"),
                                        new Pain(PainPointKind.UNFILLED_OPENINGS, PainPointAnalysis.ANALYSED, null))),
                        new Job("Patient Care Tech - ED", "31-1131", 0, "Patient care", 160, 22, 17.5, 21, "HOUR",
                                List.of(new Pain(PainPointKind.UNFILLED_OPENINGS, PainPointAnalysis.NEEDS_HELP, null),
                                        new Pain(PainPointKind.CAREER_ADVANCEMENT, PainPointAnalysis.NOT_ASKED, "Path to LPN wanted"))),
                        new Job("Phlebotomist PRN", "31-9097", 1, "Laboratory", 24, 6, 18, 22, "HOUR",
                                List.of(new Pain(PainPointKind.ONBOARDING_COST, PainPointAnalysis.NEEDS_HELP, null))),
                        new Job("Medical Assistant - Family Practice", "31-9092", 1, "Outpatient care", 45, 7, 17, 20.5, "HOUR",
                                List.of(new Pain(PainPointKind.DIVERSITY, PainPointAnalysis.ANALYSED, "Bilingual staff for Spanish-speaking patients"),
                                        new Pain(PainPointKind.TURNOVER, PainPointAnalysis.NOT_ASKED, null)))));
        employer(opso, "Keystone Precision Machining", Sector.PRIVATE_FOR_PROFIT, "Precision parts for aerospace and medical devices",
                "332710", null,
                List.of(new Place("Keystone Plant", null, "455 Industrial Pkwy", "Grove City", "39049", "332710", 185, true)),
                List.of(new Job("CNC Machinist", "51-4041", 0, "Machining", 48, 9, 24, 34, "HOUR",
                                List.of(new Pain(PainPointKind.UNFILLED_OPENINGS, PainPointAnalysis.NEEDS_HELP, "Openings stay open about 70 days"),
                                        new Pain(PainPointKind.DIVERSITY, PainPointAnalysis.NOT_ASKED, null))),
                        new Job("Maint Tech II - 2nd shift", "49-9071", 0, "Maintenance", 8, 2, 27, 35, "HOUR",
                                List.of(new Pain(PainPointKind.UPSKILLING_COST, PainPointAnalysis.ANALYSED, null))),
                        new Job("Welder/Fabricator", "51-4121", 0, "Fabrication", 12, 3, 21, 28, "HOUR", List.of())));
        employer(opso, "Lakeside Freight & Logistics", Sector.PRIVATE_FOR_PROFIT, "Third-party warehousing and regional trucking",
                "493110", "Lakeside Holdings",
                List.of(new Place("Lakeside Distribution Center", null, "3100 Rickenbacker Pkwy", "Lockbourne", "39129", "493110", 420, false),
                        new Place("Lakeside Truck Terminal", "Lakeside Transport Inc.", "900 Frank Rd", "Columbus", "39049", "484121", 95, true)),
                List.of(new Job("Forklift Operator", "53-7051", 0, "Warehouse operations", 110, 15, 19, 23, "HOUR",
                                List.of(new Pain(PainPointKind.TURNOVER, PainPointAnalysis.ANALYSED, "Peak-season churn"),
                                        new Pain(PainPointKind.UNFILLED_OPENINGS, PainPointAnalysis.ANALYSED, null),
                                        new Pain(PainPointKind.ONBOARDING_COST, PainPointAnalysis.NEEDS_HELP, null))),
                        new Job("CDL-A Driver OTR", "53-3032", 1, "Transportation", 60, 12, 62000, 78000, "YEAR",
                                List.of(new Pain(PainPointKind.UNFILLED_OPENINGS, PainPointAnalysis.ANALYSED, null))),
                        new Job("Warehouse Associate", "53-7065", 0, "Warehouse operations", 180, 25, 17, 19.5, "HOUR",
                                List.of(new Pain(PainPointKind.TURNOVER, PainPointAnalysis.NEEDS_HELP, null)))));
        employer(opso, "Northgate Software Services", Sector.PRIVATE_FOR_PROFIT, "Custom software and IT support for small businesses",
                "541511", null,
                List.of(new Place("Northgate Office", null, "250 Polaris Ave", "Lewis Center", "39041", "541511", 140, true)),
                List.of(new Job("Software Engineer II", "15-1252", 0, "Engineering", 55, 4, 88000, 115000, "YEAR",
                                List.of(new Pain(PainPointKind.DIVERSITY, PainPointAnalysis.ANALYSED, "Few women and veterans in engineering"))),
                        new Job("Help Desk Technician", "15-1232", 0, "Client support", 18, 3, 20, 26, "HOUR",
                                List.of(new Pain(PainPointKind.CAREER_ADVANCEMENT, PainPointAnalysis.NOT_ASKED, null)))));
        employer(opso, "Valley Fresh Foods", Sector.PRIVATE_FOR_PROFIT, "Fresh prepared salads and meals for grocers", "311991", null,
                List.of(new Place("Valley Fresh Plant", null, "70 Depot St", "London", "39097", "311991", 260, true)),
                List.of(new Job("Food Production Worker - 1st Shift", "51-3092", 0, "Production", 140, 20, 16.5, 18.5, "HOUR",
                                List.of(new Pain(PainPointKind.TURNOVER, PainPointAnalysis.NEEDS_HELP, null),
                                        new Pain(PainPointKind.UNFILLED_OPENINGS, PainPointAnalysis.NOT_ASKED, null))),
                        new Job("Packaging Operator", "51-9111", 0, "Packaging", 30, 4, 18, 21, "HOUR", List.of()),
                        new Job("Production Supervisor", "51-1011", 0, "Production", 9, 1, 55000, 68000, "YEAR",
                                List.of(new Pain(PainPointKind.CAREER_ADVANCEMENT, PainPointAnalysis.ANALYSED, "Promote from the line")))));
        if (youth != null) {
            employer(youth, "Valley Fresh Foods", Sector.PRIVATE_FOR_PROFIT, "Food manufacturer in London, Ohio", "311991", null,
                    List.of(new Place("Valley Fresh Plant", null, "70 Depot St", "London", "39097", "311991", 250, true)),
                    List.of(new Job("Production Worker", "51-3092", 0, null, 140, 15, 16, 18, "HOUR",
                            List.of(new Pain(PainPointKind.UNFILLED_OPENINGS, PainPointAnalysis.NOT_ASKED, null)))));
            employer(youth, "Riverbend Regional Health", Sector.PRIVATE_NONPROFIT, "Hospital", "622110", null,
                    List.of(new Place("Riverbend General Hospital", null, "1200 River Rd", "Columbus", "39049", "622110", 2400, true)),
                    List.of(new Job("Patient Care Technician", "31-1131", 0, null, 160, 20, 17, 21, "HOUR", List.of())));
        }
        contact(opso, "Riverbend Regional Health", null, "Dana Whitfield", "Vice President, People", ProfessionalRole.EXECUTIVE_LEADERSHIP,
                true, true, false);
        contact(opso, "Riverbend Regional Health", null, "Marcus Lee", "Talent Acquisition Manager", ProfessionalRole.HUMAN_RESOURCES,
                false, false, true);
        contact(opso, "Riverbend Regional Health", "Riverbend General Hospital", "Alicia Gómez", "Nurse Manager, Med/Surg",
                ProfessionalRole.HIRING_MANAGER, false, true, false);
        contact(opso, "Keystone Precision Machining", "Keystone Plant", "Tom Baker", "Plant Manager", ProfessionalRole.EXECUTIVE_LEADERSHIP,
                true, true, false);
        contact(opso, "Keystone Precision Machining", "Keystone Plant", "Renee Okafor", "HR Generalist", ProfessionalRole.HUMAN_RESOURCES,
                false, false, true);
        contact(opso, "Keystone Precision Machining", null, "Lifeline EAP counselor", "Employee assistance (contracted)",
                ProfessionalRole.EMPLOYEE_SUPPORT, false, false, false);
        contact(opso, "Northgate Software Services", null, "Priya Raman", "Chief Operating Officer", ProfessionalRole.EXECUTIVE_LEADERSHIP,
                true, true, true);
        jdbc.sql("""
                        update employer set csr_staff = true, csr_approach = 'BUSINESS_STRATEGY', csr_hr_overlap = true,
                               dei_priority = 'ENTERPRISE_WIDE', dei_experience = 'DEVELOPING'
                        where organization_id = ? and name = 'Riverbend Regional Health'""").param(opso).update();
        jdbc.sql("""
                        update employer set csr_staff = false, csr_approach = 'CHARITABLE', dei_priority = 'NONE', dei_experience = 'LEARNING'
                        where organization_id = ? and name = 'Keystone Precision Machining'""").param(opso).update();
        // Keystone's machinists are recruited in Franklin County only; Lakeside's warehouse in Pickaway looks only in Franklin
        jdbc.sql("""
                        update critical_job set recruiting_level = 'ESTABLISHMENT', recruiting_reach = 'COUNTY', recruiting_counties = '{39049}',
                               channels = '{COLLEGES,JOB_BOARDS,EMPLOYEE_REFERRALS}', hires_opportunity = 'YES', populations = '{JUSTICE_INVOLVED}'
                        where employer_title = 'CNC Machinist' and employer_id in (select id from employer where organization_id = ?)""")
                .param(opso).update();
        jdbc.sql("""
                        update critical_job set recruiting_level = 'ESTABLISHMENT', recruiting_reach = 'COUNTY', recruiting_counties = '{39049}',
                               channels = '{STAFFING_AGENCIES,JOB_BOARDS}', hires_opportunity = 'UNKNOWN'
                        where employer_title = 'Forklift Operator' and employer_id in (select id from employer where organization_id = ?)""")
                .param(opso).update();
        jdbc.sql("""
                        update critical_job set recruiting_level = 'CORPORATE', recruiting_reach = 'METRO', recruiting_counties = '{39049,39041}',
                               channels = '{COLLEGES,UNIVERSITIES,JOB_BOARDS}', hires_opportunity = 'NO'
                        where employer_title = 'RN Med/Surg' and employer_id in (select id from employer where organization_id = ?)""")
                .param(opso).update();
        long chamber = jdbc.sql("""
                        insert into intermediary (organization_id, name, kind, federation, workforce_mission, dedicated_staff, role, uses_tpm)
                        values (?, 'Riverbend Chamber of Commerce', 'CHAMBER', 'U.S. Chamber of Commerce Foundation (TPM network)', true, 3,
                                'CONVENER', true) returning id""").param(opso).query(Long.class).single();
        for (String member : List.of("Keystone Precision Machining", "Lakeside Freight & Logistics", "Valley Fresh Foods")) {
            jdbc.sql("insert into intermediary_member (intermediary_id, employer_id) select ?, id from employer where organization_id = ? and name = ?")
                    .params(chamber, opso, member).update();
        }
        long partnership = jdbc.sql("""
                        insert into initiative (organization_id, intermediary_id, name, kind, description)
                        values (?, ?, 'Riverbend Advanced Manufacturing Partnership', 'SECTOR_PARTNERSHIP',
                                'Manufacturers sharing machining and maintenance critical jobs') returning id""")
                .params(opso, chamber).query(Long.class).single();
        jdbc.sql("insert into initiative_member (initiative_id, employer_id) select ?, id from employer where organization_id = ? and name = ?")
                .params(partnership, opso, "Keystone Precision Machining").update();
        if (youth != null) {
            long board = jdbc.sql("""
                            insert into intermediary (organization_id, name, kind, workforce_mission, role, uses_tpm)
                            values (?, 'Riverbend Valley Workforce Board', 'WORKFORCE_BOARD', true, 'BOTH', false) returning id""")
                    .param(youth).query(Long.class).single();
            jdbc.sql("insert into initiative (organization_id, intermediary_id, name, kind) values (?, ?, 'Youth Hiring Advisory Board', 'ADVISORY_BOARD')")
                    .params(youth, board).update();
            contact(youth, "Valley Fresh Foods", null, "Sam Ortiz", "HR Manager", ProfessionalRole.HUMAN_RESOURCES, false, false, true);
        }
        log.info("Loaded the demo employers");
    }

    /**
     * The profiles the Riverbend Chamber of Commerce keeps of the employers in its two collaboratives (healthcare and
     * manufacturing): enough employers per shared job that the confidentiality rule lets totals through, and one
     * job held by too few employers so that it does not.
     */
    private void chamberProfiles() {
        Long chamber = organization("Riverbend Chamber of Commerce");
        if (chamber == null || jdbc.sql("select count(*) from employer where organization_id = ?").param(chamber).query(Long.class).single() > 0) {
            return;
        }
        Pain turnover = new Pain(PainPointKind.TURNOVER, PainPointAnalysis.ANALYSED, null);
        Pain unfilled = new Pain(PainPointKind.UNFILLED_OPENINGS, PainPointAnalysis.NEEDS_HELP, null);
        employer(chamber, "Riverbend Regional Health", Sector.PRIVATE_NONPROFIT, "Regional hospital system", "622110", null,
                List.of(new Place("Riverbend General Hospital", null, "1200 River Rd", "Columbus", "39049", "622110", 2400, true)),
                List.of(new Job("RN Med/Surg", "29-1141", 0, "Patient care", 420, 38, 36, 52, "HOUR", List.of(turnover)),
                        new Job("Patient Care Tech", "31-1131", 0, "Patient care", 160, 22, 17.5, 21, "HOUR", List.of(unfilled)),
                        new Job("Medical Assistant", "31-9092", 0, "Outpatient care", 45, 7, 17, 20.5, "HOUR", List.of())));
        employer(chamber, "Mercy Valley Hospital", Sector.PRIVATE_NONPROFIT, "Community hospital", "622110", null,
                List.of(new Place("Mercy Valley Hospital", null, "400 Mercy Dr", "Newark", "39089", "622110", 900, true)),
                List.of(new Job("Registered Nurse", "29-1141", 0, "Nursing", 260, 24, 35, 49, "HOUR", List.of(turnover)),
                        new Job("STNA", "31-1131", 0, "Nursing", 90, 14, 16.5, 19, "HOUR", List.of(unfilled)),
                        new Job("LPN", "29-2061", 0, "Nursing", 40, 5, 25, 30, "HOUR", List.of())));
        employer(chamber, "Riverbend Senior Living", Sector.PRIVATE_FOR_PROFIT, "Assisted living and memory care", "623312", null,
                List.of(new Place("Riverbend Senior Living", null, "77 Elm St", "Delaware", "39041", "623312", 210, true)),
                List.of(new Job("Caregiver / STNA", "31-1131", 0, "Resident care", 120, 30, 15.5, 18, "HOUR", List.of(turnover)),
                        new Job("Charge Nurse (LPN)", "29-2061", 0, "Resident care", 18, 4, 26, 31, "HOUR", List.of()),
                        new Job("RN Supervisor", "29-1141", 0, "Resident care", 8, 1, 38, 44, "HOUR", List.of())));
        employer(chamber, "Eastside Family Clinics", Sector.PRIVATE_NONPROFIT, "Federally qualified health center", "621111", null,
                List.of(new Place("Eastside Family Clinic", null, "1500 E Main St", "Columbus", "39049", "621111", 160, true)),
                List.of(new Job("Medical Assistant - bilingual", "31-9092", 0, "Clinic", 40, 8, 17, 21, "HOUR", List.of(unfilled)),
                        new Job("Clinic RN", "29-1141", 0, "Clinic", 22, 3, 34, 42, "HOUR", List.of())));
        employer(chamber, "Keystone Precision Machining", Sector.PRIVATE_FOR_PROFIT, "Precision parts for aerospace and medical devices",
                "332710", null, List.of(new Place("Keystone Plant", null, "455 Industrial Pkwy", "Grove City", "39049", "332710", 185, true)),
                List.of(new Job("CNC Machinist", "51-4041", 0, "Machining", 48, 9, 24, 34, "HOUR", List.of(unfilled)),
                        new Job("Maint Tech II - 2nd shift", "49-9071", 0, "Maintenance", 8, 2, 27, 35, "HOUR", List.of()),
                        new Job("Welder/Fabricator", "51-4121", 0, "Fabrication", 12, 3, 21, 28, "HOUR", List.of())));
        employer(chamber, "Buckeye Fabrication Works", Sector.PRIVATE_FOR_PROFIT, "Structural steel fabrication", "332312", null,
                List.of(new Place("Buckeye Fabrication Shop", null, "12 Foundry Rd", "Marysville", "39159", "332312", 140, true)),
                List.of(new Job("MIG Welder", "51-4121", 0, "Fabrication", 55, 10, 22, 29, "HOUR", List.of(turnover)),
                        new Job("Industrial Maintenance Mechanic", "49-9071", 0, "Maintenance", 9, 2, 28, 36, "HOUR", List.of())));
        employer(chamber, "Scioto Valley Plastics", Sector.PRIVATE_FOR_PROFIT, "Injection-molded parts", "326199", null,
                List.of(new Place("Scioto Valley Plastics", null, "900 Scioto Pkwy", "Circleville", "39129", "326199", 230, true)),
                List.of(new Job("Maintenance Technician", "49-9071", 0, "Maintenance", 14, 3, 26, 33, "HOUR", List.of(unfilled)),
                        new Job("CNC Operator", "51-4041", 0, "Tooling", 12, 2, 21, 27, "HOUR", List.of())));
        employer(chamber, "Central Ohio Gear & Drive", Sector.PRIVATE_FOR_PROFIT, "Gears and power transmission parts", "333612", null,
                List.of(new Place("Central Ohio Gear Plant", null, "31 Gear Ln", "Lancaster", "39045", "333612", 310, true)),
                List.of(new Job("Machinist", "51-4041", 0, "Machining", 70, 12, 25, 33, "HOUR", List.of(turnover)),
                        new Job("Maintenance Tech", "49-9071", 0, "Maintenance", 16, 3, 27, 34, "HOUR", List.of()),
                        new Job("Welder", "51-4121", 0, "Fabrication", 10, 2, 22, 28, "HOUR", List.of())));
        String[][] people = {
                {"Riverbend Regional Health", "Marcus Lee", "Talent Acquisition Manager", "mlee@riverbend-health.example"},
                {"Mercy Valley Hospital", "Grace Kim", "Director of Nursing Recruitment", "gkim@mercyvalley.example"},
                {"Riverbend Senior Living", "Tom Alvarez", "Executive Director", null},
                {"Eastside Family Clinics", "Nadia Hassan", "HR Manager", "nhassan@eastside-clinics.example"},
                {"Keystone Precision Machining", "Renee Okafor", "HR Generalist", "rokafor@keystone-precision.example"},
                {"Buckeye Fabrication Works", "Dale Fischer", "Plant Manager", "dfischer@buckeyefab.example"},
                {"Scioto Valley Plastics", "Lena Brooks", "HR Business Partner", "lbrooks@sciotoplastics.example"},
                {"Central Ohio Gear & Drive", "Victor Nguyen", "Talent Acquisition Lead", "vnguyen@cogear.example"}};
        for (String[] person : people) {
            contact(chamber, person[0], null, person[1], person[2], ProfessionalRole.HUMAN_RESOURCES, false, false, true);
            jdbc.sql("update employer_contact set email = ? where name = ? and employer_id in (select id from employer where organization_id = ?)")
                    .params(person[3], person[1], chamber).update();
        }
    }

    private void contact(long organizationId, String employer, String establishment, String name, String title, ProfessionalRole role,
                         boolean decides, boolean supports, boolean pointOfContact) {
        long employerId = jdbc.sql("select id from employer where organization_id = ? and name = ?").params(organizationId, employer)
                .query(Long.class).single();
        Long establishmentId = establishment == null ? null : jdbc.sql("select id from establishment where employer_id = ? and name = ?")
                .params(employerId, establishment).query(Long.class).single();
        jdbc.sql("""
                        insert into employer_contact (employer_id, establishment_id, name, job_title, role, level, decision_authority,
                                                      supports_partnership, point_of_contact, third_party)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(employerId, establishmentId, name, title, role.name(), establishment == null ? "CORPORATE" : "ESTABLISHMENT",
                        decides, supports, pointOfContact, role == ProfessionalRole.EMPLOYEE_SUPPORT).update();
    }

    private Long organization(String name) {
        return jdbc.sql("select id from organization_directory where name = ?").param(name).query(Long.class).optional().orElse(null);
    }

    private void employer(long organizationId, String name, Sector sector, String industry, String naics, String enterprise,
                          List<Place> places, List<Job> jobs) {
        long employerId = jdbc.sql("""
                        insert into employer (organization_id, name, sector, registration, industry_description, naics_code,
                                              enterprise_name, created_by, updated_by)
                        values (?, ?, ?, 'US', ?, ?, ?, 'demo', 'demo') returning id""")
                .params(organizationId, name, sector.name(), industry, naics, enterprise).query(Long.class).single();
        List<Long> placeIds = places.stream().map(p -> jdbc.sql("""
                        insert into establishment (employer_id, name, firm_name, address_line, city, state, county_fips, naics_code,
                                                   head_count, headquarters)
                        values (?, ?, ?, ?, ?, 'OH', ?, ?, ?, ?) returning id""")
                .params(employerId, p.name(), p.firm(), p.address(), p.city(), p.county(), p.naics(), p.headCount(), p.hq())
                .query(Long.class).single()).toList();
        int rank = 1;
        for (Job job : jobs) {
            long jobId = jdbc.sql("""
                            insert into critical_job (employer_id, establishment_id, employer_title, soc_code, soc_confirmed,
                                                      business_function, positions, openings, pay_min, pay_max, pay_unit, criticality_rank)
                            values (?, ?, ?, ?, true, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(employerId, job.place() == null ? null : placeIds.get(job.place()), job.title(), job.soc(), job.function(),
                            job.positions(), job.openings(), BigDecimal.valueOf(job.payMin()), BigDecimal.valueOf(job.payMax()),
                            job.unit(), rank++)
                    .query(Long.class).single();
            int painRank = 1;
            for (Pain pain : job.pains()) {
                jdbc.sql("insert into pain_point (critical_job_id, kind, rank, analysis, note) values (?, ?, ?, ?, ?)")
                        .params(jobId, pain.kind().name(), painRank++, pain.analysis().name(), pain.note()).update();
            }
        }
    }
}
