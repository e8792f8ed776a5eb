package org.pathways.participants;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.pathways.employers.Employers;
import org.pathways.employers.TalentSourcing.Population;
import org.pathways.participants.Circumstances.Barrier;
import org.pathways.participants.Circumstances.BarrierKind;
import org.pathways.participants.Circumstances.BarrierStatus;
import org.pathways.participants.Circumstances.CircumstancesInput;
import org.pathways.participants.Circumstances.Support;
import org.pathways.participants.Consents.Category;
import org.pathways.participants.Consents.ConsentInput;
import org.pathways.participants.Consents.GivenBy;
import org.pathways.participants.Consents.Method;
import org.pathways.participants.Consents.Purpose;
import org.pathways.participants.Participants.Credential;
import org.pathways.participants.Participants.ParticipantInput;
import org.pathways.participants.Participants.PayUnit;
import org.pathways.participants.Participants.Skill;
import org.pathways.participants.Participants.Work;
import org.pathways.participants.Referrals.DecidedBy;
import org.pathways.participants.Referrals.ReferralInput;
import org.pathways.participants.Referrals.Stage;
import org.pathways.participants.Referrals.StageInput;
import org.pathways.platform.DemoRegion;
import org.pathways.requirements.HiringRequirements.CredentialKind;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fictional participants of Second Chance Works (Priya's caseload, fifteen people) and Bridges Youth Network (four young
 * people), saved through the module's own rules as their staff: strengths, circumstances (sealed like any other), consents
 * (one lapsing within two weeks, one revoked), and referrals at every stage, from referred to retained a year and promoted,
 * and the ways out. The Riverbend Regional Health profiles of both OPSOs are linked to the hospital's own organization, so
 * its people (`employer`) follow the referrals made to it, with the consented part of each profile only. Each OPSO's first
 * participant has a link to their own consent page, and a referral to an employer without accounts has the employer's link;
 * each records the training programs it refers people to.
 * Loaded once; a second start finds participants and changes nothing.
 */
@Component
@Order(55)
@ConditionalOnProperty(name = "pathways.demo.enabled", havingValue = "true")
class DemoParticipants implements ApplicationRunner {

    private final Participants participants;
    private final Circumstances circumstances;
    private final Consents consents;
    private final Referrals referrals;
    private final Employers employers;
    private final DemoRegion region;
    private final JdbcClient jdbc;
    private final ParticipantLinks links;
    private final TrainingPrograms programs;

    DemoParticipants(Participants participants, Circumstances circumstances, Consents consents, Referrals referrals, Employers employers,
                     DemoRegion region, JdbcClient jdbc, ParticipantLinks links, TrainingPrograms programs) {
        this.links = links;
        this.programs = programs;
        this.participants = participants;
        this.circumstances = circumstances;
        this.consents = consents;
        this.referrals = referrals;
        this.employers = employers;
        this.region = region;
        this.jdbc = jdbc;
    }

    /** One demo person: the profile, the circumstances, and optionally a consent and a referral walked to a stage. */
    private record Person(ParticipantInput profile, CircumstancesInput situation, String employer, String job, int consentDaysAgo,
                          int consentDaysLeft, List<Category> categories, int referredDaysAgo, List<Step> steps, boolean revoke) {
    }

    private record Step(Stage stage, int daysAgo, String reason, DecidedBy decidedBy) {
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from participant").query(Long.class).single() > 0) {
            return;
        }
        Long hospital = jdbc.sql("select id from organization_directory where name = 'Riverbend Regional Health'").query(Long.class)
                .optional().orElse(null);
        if (hospital == null) {
            return;
        }
        region.actingAs("practitioner", () -> {
            link("Riverbend Regional Health", hospital);
            secondChanceWorks().forEach(this::load);
            programExits();
            privateLinks();
            programs.create(new TrainingPrograms.ProgramInput("CNC operator certificate", "Riverbend Community College",
                    CredentialKind.INDUSTRY_CERTIFICATION, "NIMS Machining Level I", "Operation and Control; Quality Control Analysis",
                    LocalDate.now().plusDays(40)));
            programs.create(new TrainingPrograms.ProgramInput("Forklift operator training", "Lakeside Freight & Logistics",
                    CredentialKind.INDUSTRY_CERTIFICATION, "Forklift operator", null, LocalDate.now().plusDays(12)));
            programs.create(new TrainingPrograms.ProgramInput("High-school equivalency classes", "Columbus Adult Education",
                    CredentialKind.HIGH_SCHOOL, null, "Mathematics", LocalDate.now().plusDays(20)));
        });
        region.actingAs("youthcoach", () -> {
            link("Riverbend Regional Health", hospital);
            bridgesYouthNetwork().forEach(this::load);
            privateLinks();
            programs.create(new TrainingPrograms.ProgramInput("Nursing assistant course", "Riverbend Community College",
                    CredentialKind.LICENSE, "State Tested Nursing Aide", "Service Orientation", LocalDate.now().plusDays(25)));
        });
    }

    /**
     * Second Chance Works' first cohort has left the program: entered two years ago and left on different days, so the
     * measures workforce programs report (employed in the second and fourth quarters after exit) have exits to count, some
     * whose fourth quarter has passed and some whose second only. The exit is the program's, not the job's: some were
     * hired before they left it, some after, one not yet.
     */
    private void programExits() {
        long organization = org.pathways.platform.PathwaysUser.current().organizationId();
        java.util.Map<String, Integer> exitDaysAgo = java.util.Map.of("Robert", 560, "Luis", 500, "Terrence", 430, "Angela", 330,
                "Denise", 300, "Aaliyah", 290);
        exitDaysAgo.forEach((given, daysAgo) -> jdbc.sql("""
                        update participant set program_entry = current_date - 700, program_exit = current_date - ?
                        where organization_id = ? and given_name = ?""").params(daysAgo, organization, given).update());
    }

    /**
     * The OPSO's first participant gets their own consent page's link, and the newest open referral to an employer without
     * accounts gets the employer's link, so both pages can be opened from the demo (the links are on the staff pages).
     */
    private void privateLinks() {
        long organization = org.pathways.platform.PathwaysUser.current().organizationId();
        jdbc.sql("select min(id) from participant where organization_id = ?").param(organization).query(Long.class).optional()
                .ifPresent(participant -> links.issueConsentLink(participant, false));
        jdbc.sql("""
                        select r.id from referral r join employer_directory e on e.id = r.employer_id
                        where r.organization_id = ? and e.own_organization_id is null and r.stage in ('REFERRED', 'APPLIED')
                        order by r.id desc limit 1""").param(organization).query(Long.class).optional()
                .ifPresent(referral -> links.issueReferralLink(referral, new ParticipantLinks.SendTo(null)));
    }

    private void link(String employerName, long organization) {
        employers.names().stream().filter(e -> e.name().equals(employerName)).findFirst()
                .ifPresent(e -> employers.linkOwnOrganization(e.id(), organization));
    }

    private void load(Person person) {
        ParticipantInput profile = person.profile();
        long id = participants.create(profile).id();
        if (person.situation() != null) {
            circumstances.save(id, 0, person.situation());
        }
        if (person.employer() == null) {
            return;
        }
        LocalDate today = LocalDate.now();
        long employerId = employers.names().stream().filter(e -> e.name().equals(person.employer())).findFirst().orElseThrow().id();
        long consent = consents.record(id, new ConsentInput(profile.birthDate() != null && profile.birthDate().isAfter(today.minusYears(18))
                ? GivenBy.GUARDIAN : GivenBy.PARTICIPANT, guardian(profile), employerId, null, Purpose.REFERRAL, person.categories(),
                Method.PAPER_SIGNED, null, today.minusDays(person.consentDaysAgo()), today.plusDays(person.consentDaysLeft()))).id();
        if (person.job() != null) {
            Long job = jdbc.sql("select id from critical_job_directory where employer_id = ? and employer_title = ?")
                    .params(employerId, person.job()).query(Long.class).optional().orElse(null);
            if (job != null) {
                long referral = referrals.refer(new ReferralInput(id, job, consent, today.minusDays(person.referredDaysAgo()), null)).id();
                for (Step step : person.steps()) {
                    referrals.recordStage(referral, new StageInput(step.stage(), today.minusDays(step.daysAgo()), step.reason(),
                            step.decidedBy(), null));
                }
            }
        }
        if (person.revoke()) {
            consents.revoke(consent, "Asked us to stop sharing while she decides on a training program");
        }
    }

    private static String guardian(ParticipantInput profile) {
        return profile.birthDate() != null && profile.birthDate().isAfter(LocalDate.now().minusYears(18)) ? "Parent of "
                + profile.givenName()
                : null;
    }

    private static ParticipantInput profile(String given, String family, String preferred, String language, String county, int age,
                                            String strengths, boolean shifts, boolean weekends, boolean car, boolean license,
                                            List<String> skills, List<Credential> credentials, List<Work> work, List<String> goals,
                                            double pay) {
        LocalDate today = LocalDate.now();
        return new ParticipantInput(given, family, preferred, null, language,
                given.toLowerCase() + "." + family.toLowerCase().replace(" ", "") + "@demo.pathways.invalid",
                        "614-555-01" + (10 + given.length()),
                Participants.ContactWay.TEXT, county, today.minusYears(age).minusDays(40), today.minusDays(300), null, strengths, null,
                language.equals("es") ? "Spanish, English" : "English", null, shifts, weekends, car, license, !car,
                BigDecimal.valueOf(pay), PayUnit.HOURLY, 12, skills.stream().map(s -> new Skill(null, s)).toList(), credentials, work,
                        goals,
                null, null);
    }

    private static Credential credential(CredentialKind kind, String name, String issuer, int yearsAgo) {
        return new Credential(kind, name, issuer, LocalDate.now().minusYears(yearsAgo));
    }

    private static Work work(String employer, String title, String soc, int startMonthsAgo, Integer endMonthsAgo) {
        LocalDate today = LocalDate.now();
        return new Work(employer, title, soc, today.minusMonths(startMonthsAgo),
                endMonthsAgo == null ? null : today.minusMonths(endMonthsAgo));
    }

    private static CircumstancesInput situation(List<Population> populations, Barrier... barriers) {
        return new CircumstancesInput(populations, List.of(barriers));
    }

    private static Barrier barrier(BarrierKind kind, BarrierStatus status, String note, Support... supports) {
        return new Barrier(kind, status, note, List.of(supports));
    }

    private static Support support(String service, String provider, int startedDaysAgo) {
        return new Support(service, provider, LocalDate.now().minusDays(startedDaysAgo), null);
    }

    private static Step step(Stage stage, int daysAgo) {
        return new Step(stage, daysAgo, null, DecidedBy.STAFF);
    }

    private static Step exit(Stage stage, int daysAgo, String reason, DecidedBy decidedBy) {
        return new Step(stage, daysAgo, reason, decidedBy);
    }

    private static final List<Category> STANDARD = List.of(Category.CONTACT, Category.SKILLS_CREDENTIALS, Category.WORK_HISTORY);

    private static List<Person> secondChanceWorks() {
        CredentialKind hs = CredentialKind.HIGH_SCHOOL;
        List<Person> people = new ArrayList<>();
        people.add(new Person(profile("Marcus", "Reed", null, "en", "39049", 34,
                "Precise and patient with machines; ran a CNC lathe in the manufacturing program at the state correctional institution.",
                true, false, false, true, List.of("Mathematics", "Operation and Control", "Reads blueprints and measures with calipers"),
                List.of(credential(hs, "GED", "Ohio Department of Education", 8),
                        credential(CredentialKind.INDUSTRY_CERTIFICATION, "NIMS Machining Level I", "NIMS", 2)),
                List.of(work("Ohio Penal Industries", "CNC lathe operator", "51-4041", 40, 16)), List.of("51-4041"), 24),
                situation(List.of(Population.JUSTICE_INVOLVED), barrier(BarrierKind.JUSTICE_RECORD, BarrierStatus.BEING_ADDRESSED,
                                "Record sealing application filed with the county clerk.", support("Record sealing", "Riverbend Legal Aid",
                                        150)),
                        barrier(BarrierKind.TRANSPORTATION, BarrierStatus.RESOLVED, "Bus pass until the first paychecks.",
                                support("Transit pass", "COTA reduced fare program", 140))),
                "Keystone Precision Machining", "CNC Machinist", 170, 560, STANDARD, 160,
                List.of(step(Stage.APPLIED, 158), step(Stage.INTERVIEWED, 150), step(Stage.OFFERED, 146), step(Stage.HIRED, 140),
                        step(Stage.RETAINED_30, 108), step(Stage.RETAINED_90, 48)), false));
        people.add(new Person(profile("Aaliyah", "Brooks", null, "en", "39049", 27,
                "Calm under pressure; three years caring for her grandmother and two years in food service at a busy hospital café.",
                true, true, false, false, List.of("Service Orientation", "Active Listening"),
                List.of(credential(hs, "High school diploma", "Columbus City Schools", 9),
                        credential(CredentialKind.CERTIFICATE, "CPR and First Aid", "American Red Cross", 1)),
                List.of(work("Riverbend Café", "Food service worker", "35-3041", 30, 2)), List.of("31-1131", "29-2061"), 18),
                situation(List.of(Population.SINGLE_PARENTS), barrier(BarrierKind.CHILD_CARE, BarrierStatus.BEING_ADDRESSED,
                        "Two children; second-shift care is the open question.", support("Child care subsidy", "Franklin County JFS", 60))),
                "Riverbend Regional Health", "Patient Care Tech - ED", 45, 320, STANDARD, 30,
                List.of(step(Stage.APPLIED, 28), step(Stage.INTERVIEWED, 12)), false));
        people.add(new Person(profile("José", "Hernández", null, "es", "39049", 41,
                "Eight years moving freight in warehouses in Puebla and Columbus; trains new hires on safe lifting.",
                true, true, true, true, List.of("Operation and Control", "Monitoring"),
                List.of(credential(CredentialKind.CERTIFICATE, "Forklift operator certification", "Lakeside training center", 1)),
                List.of(work("Distribuidora del Valle", "Montacarguista", "53-7051", 110, 20),
                        work("QuickShip Columbus", "Warehouse associate", "53-7065", 18, null)), List.of("53-7051"), 20),
                situation(List.of(Population.ENGLISH_LEARNERS, Population.IMMIGRANTS_REFUGEES), barrier(BarrierKind.LANGUAGE,
                        BarrierStatus.BEING_ADDRESSED, "Evening English classes, level 3 of 5.", support("ESL classes",
                                "Riverbend Community College", 200))),
                "Lakeside Freight & Logistics", "Forklift Operator", 40, 330, STANDARD, 35,
                List.of(step(Stage.APPLIED, 33), step(Stage.INTERVIEWED, 20), step(Stage.OFFERED, 5)), false));
        people.add(new Person(profile("Denise", "Carver", null, "en", "39089", 45,
                "Organized and steady; kept inventory for a hardware store for six years.", false, true, true, true,
                List.of("Monitoring", "Time Management"), List.of(credential(hs, "High school diploma", "Licking Heights HS", 27)),
                List.of(work("Newark Hardware", "Inventory clerk", "43-5071", 90, 14)), List.of("53-7065"), 17),
                situation(List.of(Population.DISABILITIES, Population.LONG_TERM_UNEMPLOYED), barrier(BarrierKind.DISABILITY,
                        BarrierStatus.BEING_ADDRESSED, "Uses hearing aids; asks for written instructions and a visual alarm.",
                        support("Assistive technology assessment", "Opportunities for Ohioans with Disabilities", 90))),
                "Lakeside Freight & Logistics", "Warehouse Associate", 25, 340, List.of(Category.CONTACT, Category.SKILLS_CREDENTIALS,
                        Category.WORK_HISTORY, Category.ACCOMMODATION), 20, List.of(step(Stage.APPLIED, 18)), false));
        people.add(new Person(profile("Terrence", "Hall", "Terry", "en", "39049", 29,
                "Self-taught welder who builds trailers for neighbors; finished the college's welding boot camp at the top of his cohort.",
                true, true, true, true, List.of("Operation and Control", "Quality Control Analysis"),
                List.of(credential(CredentialKind.CERTIFICATE, "Welding boot camp", "Riverbend Community College", 0)), List.of(),
                List.of("51-4121"), 22),
                situation(List.of(Population.JUSTICE_INVOLVED), barrier(BarrierKind.JUSTICE_RECORD, BarrierStatus.OPEN,
                        "A conviction from nine years ago; no record since.")),
                "Keystone Precision Machining", "Welder/Fabricator", 10, 355, STANDARD, 3, List.of(), false));
        people.add(new Person(profile("Mei", "Chen", null, "en", "39041", 24,
                "Fixes every laptop in her building; volunteers at the library's tech help desk twice a week.", false, false, false, true,
                List.of("Troubleshooting", "Active Listening"), List.of(credential(CredentialKind.INDUSTRY_CERTIFICATION, "CompTIA A+",
                        "CompTIA", 1)),
                List.of(work("Delaware County Library", "Tech help volunteer", "15-1232", 20, null)), List.of("15-1232"), 21),
                situation(List.of(Population.OPPORTUNITY_YOUTH, Population.LOW_INCOME), barrier(BarrierKind.HOUSING, BarrierStatus.RESOLVED,
                        "Moved into her own apartment through the rapid rehousing program.", support("Rapid rehousing",
                                "Delaware Housing Alliance", 250))),
                "Northgate Software Services", "Help Desk Technician", 80, 280, STANDARD, 75,
                List.of(step(Stage.APPLIED, 73), step(Stage.INTERVIEWED, 60),
                        exit(Stage.NOT_SELECTED, 50,
                                "Chose a candidate with two years of ticketing experience; invited her to reapply in spring",
                                DecidedBy.EMPLOYER)), false));
        people.add(new Person(profile("Samuel", "Okafor", "Sam", "en", "39049", 38,
                "Warm with patients; cared for residents at a group home for three years.", true, true, false, false,
                List.of("Service Orientation", "Social Perceptiveness"), List.of(credential(hs, "High school diploma", "Lagos State", 20)),
                List.of(work("Harmony Group Home", "Direct support professional", "31-1122", 50, 8)), List.of("31-1131"), 18),
                situation(List.of(Population.IMMIGRANTS_REFUGEES), barrier(BarrierKind.DOCUMENTS, BarrierStatus.RESOLVED,
                        "Work permit renewed.", support("Immigration legal clinic", "Community Refugee Services", 120))),
                "Riverbend Regional Health", "Patient Care Tech - ED", 100, 260, STANDARD, 90,
                List.of(step(Stage.APPLIED, 88), exit(Stage.WITHDRAWN, 70, "Took a job closer to home at his former group home",
                        DecidedBy.PARTICIPANT)), false));
        people.add(new Person(profile("Keisha", "Lawson", null, "en", "39049", 31,
                "Steady hands and a steady manner; drew blood in her phlebotomy clinical with a perfect record.", true, false, true, true,
                List.of("Active Listening", "Service Orientation"), List.of(credential(CredentialKind.CERTIFICATE, "Phlebotomy technician",
                        "Riverbend Community College", 0)), List.of(work("Metro Dry Cleaning", "Counter associate", "43-4051", 40, 6)),
                List.of("31-9097"), 19),
                situation(List.of(Population.LOW_INCOME), barrier(BarrierKind.HEALTH, BarrierStatus.BEING_ADDRESSED,
                        "Managing a chronic condition; needs regular breaks to eat.", support("Health navigator", "PrimaryOne Health",
                                60))),
                "Riverbend Regional Health", "Phlebotomist PRN", 60, 300, List.of(Category.CONTACT, Category.SKILLS_CREDENTIALS,
                        Category.WORK_HISTORY, Category.ACCOMMODATION), 55,
                List.of(step(Stage.APPLIED, 53), step(Stage.INTERVIEWED, 40), step(Stage.OFFERED, 30),
                        exit(Stage.DECLINED, 27, "As-needed hours could not cover her rent; looking for a full-time opening",
                                DecidedBy.PARTICIPANT)),
                false));
        people.add(new Person(profile("Robert", "Gaines", "Rob", "en", "39045", 52,
                "Twenty years keeping farm equipment running; can diagnose a hydraulic leak by sound.", true, true, true, true,
                List.of("Repairing", "Troubleshooting", "Equipment Maintenance"),
                List.of(credential(hs, "High school diploma", "Amanda-Clearcreek HS", 34)),
                List.of(work("Gaines Family Farm", "Equipment mechanic", "49-9041", 240, 15)), List.of("49-9071"), 27),
                situation(List.of(Population.OLDER_WORKERS), barrier(BarrierKind.DIGITAL_ACCESS, BarrierStatus.RESOLVED,
                        "Learned the work-order app in the library's digital skills course.", support("Digital skills course",
                                "Fairfield County Library", 420))),
                "Keystone Precision Machining", "Maint Tech II - 2nd shift", 440, 650, STANDARD, 430,
                List.of(step(Stage.APPLIED, 428), step(Stage.INTERVIEWED, 420), step(Stage.OFFERED, 416), step(Stage.HIRED, 410),
                        step(Stage.RETAINED_30, 379), step(Stage.RETAINED_90, 318), step(Stage.RETAINED_180, 228),
                        new Step(Stage.ADVANCED, 100, "Promoted to Maintenance Tech III with a raise to $33.50 an hour",
                                DecidedBy.EMPLOYER),
                        step(Stage.RETAINED_365, 44)), false));
        people.add(new Person(profile("Luis", "Ortega", null, "es", "39049", 36,
                "Ten years on food production lines; knows sanitation schedules by heart.", true, true, true, true,
                List.of("Monitoring", "Quality Control Analysis"), List.of(credential(CredentialKind.CERTIFICATE, "ServSafe food handler",
                        "National Restaurant Association", 2)), List.of(work("Tortillería La Central", "Line worker", "51-3092", 120, 3)),
                List.of("51-3092", "51-1011"), 18),
                situation(List.of(Population.ENGLISH_LEARNERS), barrier(BarrierKind.FINANCIAL, BarrierStatus.RESOLVED,
                        "Emergency rent help between jobs.", support("Emergency rental assistance", "IMPACT Community Action", 70))),
                "Valley Fresh Foods", "Food Production Worker - 1st Shift", 100, 300, STANDARD, 95,
                List.of(step(Stage.APPLIED, 93), step(Stage.INTERVIEWED, 88), step(Stage.OFFERED, 84), step(Stage.HIRED, 80),
                        step(Stage.RETAINED_30, 48)), false));
        people.add(new Person(profile("Hannah", "Kim", null, "en", "39159", 30,
                "Fast and careful on a packing line; kept her last team’s safety record spotless for two years.", true, true, true, true,
                List.of("Operation and Control", "Monitoring"), List.of(credential(hs, "High school diploma", "Marysville HS", 12)),
                List.of(work("Union County Packaging", "Packer", "51-9111", 30, 3)), List.of("51-9111", "51-1011"), 19),
                situation(List.of(Population.SINGLE_PARENTS), barrier(BarrierKind.CHILD_CARE, BarrierStatus.RESOLVED,
                        "Her sister looks after her son during the first shift.")),
                "Valley Fresh Foods", "Packaging Operator", 30, 335, STANDARD, 25,
                List.of(step(Stage.APPLIED, 23), step(Stage.INTERVIEWED, 18), step(Stage.OFFERED, 14), step(Stage.HIRED, 10)), false));
        people.add(new Person(profile("Angela", "Moore", null, "en", "39049", 44,
                "Organized and kind; ran the front desk of a pediatric practice for years.", false, false, true, true,
                List.of("Service Orientation", "Coordination"), List.of(credential(CredentialKind.CERTIFICATE,
                        "Medical assistant certificate",
                        "Riverbend Community College", 1)), List.of(work("Little Sprouts Pediatrics", "Receptionist", "43-4171", 100, 20)),
                List.of("31-9092"), 18),
                situation(List.of(Population.LONG_TERM_UNEMPLOYED)),
                "Riverbend Regional Health", "Medical Assistant - Family Practice", 260, 400, STANDARD, 250,
                List.of(step(Stage.APPLIED, 248), step(Stage.INTERVIEWED, 240), step(Stage.OFFERED, 236), step(Stage.HIRED, 230),
                        step(Stage.RETAINED_30, 199), step(Stage.RETAINED_90, 139),
                        exit(Stage.SEPARATED, 60, "Moved to Cincinnati to care for her mother; left on good terms, eligible for rehire",
                                DecidedBy.PARTICIPANT)), false));
        people.add(new Person(profile("Tomás", "Silva", null, "es", "39049", 23,
                "Quick learner who taught himself Excel; led his high-school robotics team.", true, true, false, false,
                List.of("Critical Thinking", "Mathematics"), List.of(credential(hs, "High school diploma", "Columbus City Schools", 5)),
                List.of(work("Robotics club", "Team captain", null, 70, 60)), List.of("51-4041"), 17),
                situation(List.of(Population.OPPORTUNITY_YOUTH), barrier(BarrierKind.TRANSPORTATION, BarrierStatus.OPEN,
                        "No car; the bus does not reach the industrial park before the first shift.")),
                "Keystone Precision Machining", null, 355, 12, STANDARD, 0, List.of(), false));
        people.add(new Person(profile("Grace", "Turner", null, "en", "39129", 33,
                "Meticulous bookkeeper for her family's restaurant; earned her forklift card in a weekend.", false, true, true, true,
                List.of("Mathematics", "Monitoring"), List.of(credential(hs, "High school diploma", "Circleville HS", 15)),
                List.of(work("Turner's Diner", "Bookkeeper", null, 80, 10)), List.of("53-7065", "43-5071"), 18),
                situation(List.of(Population.HOMELESSNESS), barrier(BarrierKind.HOUSING, BarrierStatus.BEING_ADDRESSED,
                        "Staying with a friend; on the waiting list for a voucher.")),
                "Lakeside Freight & Logistics", null, 50, 300, STANDARD, 0, List.of(), true));
        people.add(new Person(profile("Andre", "Williams", null, "en", "39049", 26,
                "Strong communicator who managed the merchandise floor of a sneaker store.", true, true, true, true,
                List.of("Persuasion", "Coordination"), List.of(), List.of(work("Sole City", "Floor lead", null, 36, 4)),
                List.of("53-7065"), 18), null, null, null, 0, 0, List.of(), 0, List.of(), false));
        return people;
    }

    private static List<Person> bridgesYouthNetwork() {
        CredentialKind hs = CredentialKind.HIGH_SCHOOL;
        return List.of(
                new Person(profile("Jaylen", "Price", null, "en", "39049", 19,
                        "Dependable teammate who never missed a shift at his summer job; likes hands-on work.", true, true, false, false,
                        List.of("Monitoring"), List.of(credential(hs, "High school diploma", "Columbus City Schools", 1)),
                        List.of(work("City summer youth program", "Parks crew member", null, 18, 14)), List.of("51-3092"), 16),
                        situation(List.of(Population.OPPORTUNITY_YOUTH), barrier(BarrierKind.TRANSPORTATION, BarrierStatus.BEING_ADDRESSED,
                                "Learning the bus route to the plant.", support("Travel training", "Bridges Youth Network", 20))),
                        "Valley Fresh Foods", "Production Worker", 20, 345, STANDARD, 10, List.of(), false),
                new Person(profile("Brianna", "Scott", "Bri", "en", "39049", 20,
                        "Earned her nurse aide certificate while finishing high school; wants to become a nurse.", true, true, false, true,
                        List.of("Service Orientation", "Active Listening"), List.of(credential(CredentialKind.CERTIFICATE,
                                "State tested nurse aide",
                                "Ohio Department of Health", 1)), List.of(work("Sunrise Senior Living", "Dietary aide", null, 14, 2)),
                        List.of("31-1131", "29-1141"), 17),
                        situation(List.of(Population.FOSTER_YOUTH, Population.OPPORTUNITY_YOUTH), barrier(BarrierKind.HOUSING,
                                BarrierStatus.BEING_ADDRESSED, "Transitional housing until her lease starts in spring.",
                                support("Transitional housing", "Star House", 100))),
                        "Riverbend Regional Health", "Patient Care Technician", 40, 330, List.of(Category.CONTACT,
                                Category.SKILLS_CREDENTIALS,
                                Category.WORK_HISTORY, Category.GOALS), 35, List.of(step(Stage.APPLIED, 33), step(Stage.INTERVIEWED, 21)),
                                        false),
                new Person(profile("Kevin", "Nguyen", null, "en", "39041", 18,
                        "Builds computers from spare parts; patient tutor for younger students.", false, true, false, false,
                        List.of("Troubleshooting"), List.of(), List.of(), List.of("15-1232"), 16),
                        situation(List.of(Population.OPPORTUNITY_YOUTH)), null, null, 0, 0, List.of(), 0, List.of(), false),
                new Person(profile("Sofía", "Ramírez", null, "es", "39049", 21,
                        "Bilingual and organized; translated for her family at every appointment growing up.", true, true, false, false,
                        List.of("Speaking", "Service Orientation"), List.of(credential(hs, "GED", "Ohio Department of Education", 2)),
                        List.of(work("Mercado Latino", "Cashier", null, 30, null)), List.of("31-9092"), 17),
                        situation(List.of(Population.IMMIGRANTS_REFUGEES, Population.ENGLISH_LEARNERS)), null, null, 0, 0, List.of(), 0,
                        List.of(), false));
    }
}
