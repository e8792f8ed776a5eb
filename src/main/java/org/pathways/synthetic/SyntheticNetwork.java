package org.pathways.synthetic;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Generates the network. Shapes follow real ones where it matters to speed: NAICS sectors in proportions
 * close to the Census count of employer establishments, a few employers with many establishments and most
 * with one or two, head counts skewed small, counties drawn by population, occupations drawn by national
 * employment (OEWS). Codes come from the current reference releases, so the data is as real as the import.
 */
@Component
class SyntheticNetwork {

    static final String PASSWORD = "synthetic-bench-2026";
    static final String MANAGER = "synthetic-manager";
    static final String BOARD = "Synthetic Statewide Workforce Board";

    /** Sector shares of US employer establishments, roughly (County Business Patterns). */
    private static final Map<String, Integer> SECTOR_WEIGHTS = Map.ofEntries(
            Map.entry("11", 1), Map.entry("21", 1), Map.entry("22", 1), Map.entry("23", 11), Map.entry("31", 2), Map.entry("32", 1),
            Map.entry("33", 2), Map.entry("42", 5), Map.entry("44", 7), Map.entry("45", 4), Map.entry("48", 3), Map.entry("49", 1),
            Map.entry("51", 2), Map.entry("52", 4), Map.entry("53", 5), Map.entry("54", 13), Map.entry("55", 1), Map.entry("56", 5),
            Map.entry("61", 1), Map.entry("62", 10), Map.entry("71", 2), Map.entry("72", 9), Map.entry("81", 10));

    private static final String[] SECTORS = {"PRIVATE_FOR_PROFIT", "PRIVATE_FOR_PROFIT", "PRIVATE_FOR_PROFIT", "PRIVATE_FOR_PROFIT",
            "PRIVATE_FOR_PROFIT", "PRIVATE_FOR_PROFIT", "PRIVATE_FOR_PROFIT", "PRIVATE_NONPROFIT", "GOVERNMENT", "EDUCATION"};
    private static final String[] PAINS = {"UNFILLED_OPENINGS", "ONBOARDING_COST", "UPSKILLING_COST", "CAREER_ADVANCEMENT", "TURNOVER",
            "DIVERSITY"};
    private static final String[] ANALYSES = {"ANALYSED", "NEEDS_HELP", "NOT_ASKED"};
    /** Contacts' roles, the common ones more often: HR and recruiters first, then hiring managers and leaders. */
    private static final String[] ROLES = {"HUMAN_RESOURCES", "HUMAN_RESOURCES", "RECRUITMENT", "RECRUITMENT", "HIRING_MANAGER",
        "HIRING_MANAGER", "EXECUTIVE_LEADERSHIP", "EMPLOYEE_SUPPORT", "TRAINING_DEVELOPMENT", "CSR"};
    private static final String[] FIRST_NAMES = {"Alex", "Jordan", "Maria", "Sam", "Priya", "Dana", "Luis", "Grace", "Tomas", "Aisha"};
    private static final String[] LAST_NAMES = {"Rivera", "Chen", "Okafor", "Smith", "Patel", "Nguyen", "Garcia", "Brooks", "Kim", "Weber"};
    private static final String[] WORDS = {"Summit", "River", "Oak", "Liberty", "Pioneer", "Keystone", "Harbor", "Valley", "Prairie",
            "Union", "Heritage", "Cardinal", "Buckeye", "Lakeshore", "Granite", "Maple", "Northern", "Capital", "Frontier", "Evergreen"};
    private static final String[] FORMS = {"Industries", "Services", "Group", "Health", "Manufacturing", "Logistics", "Partners",
            "Foods", "Systems", "Works", "Solutions", "Company"};

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final SyntheticParticipants participants;
    private final SyntheticHires hires;

    SyntheticNetwork(DataSource dataSource, JdbcClient jdbc, PasswordEncoder passwords, SyntheticParticipants participants,
                     SyntheticHires hires) {
        this.hires = hires;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.participants = participants;
    }

    /**
     * Sizes: OPSOs, employers, establishments and critical jobs per employer, collaboratives with their members,
     * occupations per survey and how many each member answers for, and the members of the one collaborative whose
     * survey is left open for the load test of concurrent answers.
     */
    record Scale(int opsos, int employers, double establishmentsPerEmployer, double jobsPerEmployer, int collaboratives,
                 int membersPerCollaborative, int surveyJobs, int answersPerMember, int openSurveyMembers, int participants) {
        static Scale named(String name) {
            return switch (name) {
                case "tiny" -> new Scale(3, 200, 3, 6, 4, 20, 6, 3, 20, 600);
                case "region" -> new Scale(10, 2_000, 3, 6, 40, 50, 10, 5, 500, 15_000);
                case "state" -> new Scale(60, 10_000, 3, 6, 200, 50, 10, 6, 1_000, 150_000);
                default -> throw new IllegalArgumentException("scale is tiny, region or state, not " + name);
            };
        }
    }

    record Generated(int organizations, int employers, int establishments, int criticalJobs, int painPoints, int contacts, int collaboratives,
                     int surveyAnswers, long openSurveyId, long participants, long referrals, long hires, long millis) {
    }

    Generated generate(Scale scale, long seed) throws SQLException, IOException {
        long started = System.nanoTime();
        if (jdbc.sql("select count(*) from organization where name = ?").param(BOARD).query(Long.class).single() > 0) {
            throw new IllegalStateException("this database already holds a synthetic network; generate into a fresh one");
        }
        Random random = new Random(seed);
        // requirements draw from their own sequence, so the rest of the network is the one earlier benchmarks measured
        Random requirementDraws = new Random(seed + 1);
        List<String[]> naics = jdbc.sql("""
                        select code, substr(code, 1, 2) from ref_naics where level = 6
                        and release_id = (select id from ref_release where dataset = 'naics' and current)""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        List<Object[]> counties = jdbc.sql("""
                        select fips, coalesce(population, 1000) from ref_county
                        where release_id = (select id from ref_release where dataset = 'counties' and current) and state_fips = '39'""")
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2)}).list();
        List<Object[]> occupations = jdbc.sql("""
                        select s.code, s.title, coalesce(w.employment, 1000) from ref_soc s
                        left join ref_wage w on w.soc_code = s.code and w.occupation_group = 'detailed'
                             and w.release_id = (select id from ref_release where dataset = 'bls-oews-wages' and current)
                        where s.soc_group = 'detailed' and s.release_id = (select id from ref_release where dataset = 'soc' and current)""")
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3)}).list();
        List<Object[]> elements = jdbc.sql("""
                        select distinct r.element_id, r.element_name, case l.dataset when 'onet-skills' then 'SKILL' else 'KNOWLEDGE' end
                        from ref_onet_rating r join ref_release l on l.id = r.release_id
                        where l.current and l.dataset in ('onet-skills', 'onet-knowledge') order by 1""")
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
        if (naics.isEmpty() || counties.isEmpty() || occupations.isEmpty() || elements.isEmpty()) {
            throw new IllegalStateException("the reference data lacks NAICS industries, Ohio counties, SOC occupations or O*NET elements");
        }
        Weighted<String[]> industries = new Weighted<>();
        for (String[] code : naics) {
            industries.add(code, SECTOR_WEIGHTS.getOrDefault(code[1], 1) * 1000.0 / naics.stream().filter(c -> c[1].equals(code[1])).count());
        }
        Weighted<String> places = new Weighted<>();
        counties.forEach(c -> places.add((String) c[0], (Long) c[1]));
        Weighted<Object[]> jobs = new Weighted<>();
        occupations.forEach(o -> jobs.add(o, Math.sqrt((Long) o[2])));

        long board = organization(BOARD, "INTERMEDIARY");
        long managerId = jdbc.sql("""
                        insert into user_account (organization_id, username, display_name, email, password_hash)
                        values (?, ?, 'Synthetic collaborative manager', null, ?) returning id""")
                .params(board, MANAGER, passwords.encode(PASSWORD)).query(Long.class).single();
        jdbc.sql("insert into user_role (user_account_id, role) values (?, 'COLLABORATIVE_MANAGER')").param(managerId).update();
        int organizations = 1;
        List<Long> opsos = new ArrayList<>();
        for (int i = 1; i <= scale.opsos(); i++) {
            opsos.add(organization("Synthetic OPSO %03d".formatted(i), "OPSO"));
            organizations++;
        }

        long employerBase = nextIds("employer", scale.employers());
        StringBuilder employers = new StringBuilder();
        StringBuilder establishments = new StringBuilder();
        StringBuilder criticalJobs = new StringBuilder();
        StringBuilder painPoints = new StringBuilder();
        StringBuilder contacts = new StringBuilder();
        StringBuilder requirements = new StringBuilder();
        StringBuilder requirementItems = new StringBuilder();
        int contactCount = 0;
        List<long[]> establishmentRanges = new ArrayList<>();
        int establishmentCount = 0;
        int jobCount = 0;
        int painCount = 0;
        // counts are drawn first so ids can be reserved in one go
        int[] perEmployer = new int[scale.employers()];
        int[] jobsPerEmployer = new int[scale.employers()];
        double establishmentSpread = spreadFor(scale.establishmentsPerEmployer());
        double jobSpread = spreadFor(scale.jobsPerEmployer());
        for (int i = 0; i < scale.employers(); i++) {
            perEmployer[i] = 1 + (int) Math.floor(-Math.log(1 - random.nextDouble()) * establishmentSpread);
            jobsPerEmployer[i] = 1 + (int) Math.floor(-Math.log(1 - random.nextDouble()) * jobSpread);
            establishmentCount += perEmployer[i];
            jobCount += jobsPerEmployer[i];
        }
        long establishmentId = nextIds("establishment", establishmentCount);
        long jobId = nextIds("critical_job", jobCount);
        SyntheticParticipants.Jobs referable = new SyntheticParticipants.Jobs(jobId, new long[jobCount]);
        for (int i = 0; i < scale.employers(); i++) {
            long employerId = employerBase + i;
            String[] industry = industries.pick(random);
            String name = "Synthetic " + WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " "
                    + FORMS[random.nextInt(FORMS.length)] + " " + (i + 1);
            employers.append(employerId).append(',').append(board).append(",\"").append(name).append("\",")
                    .append(SECTORS[random.nextInt(SECTORS.length)]).append(",US,").append(industry[0]).append(",synthetic\n");
            long firstEstablishment = establishmentId;
            for (int s = 0; s < perEmployer[i]; s++) {
                int headCount = (int) Math.max(1, Math.round(Math.exp(random.nextGaussian() * 1.3 + 2.6)));
                establishments.append(establishmentId++).append(',').append(employerId).append(",\"Site ").append(s + 1).append("\",")
                        .append(places.pick(random)).append(',').append(random.nextInt(4) == 0 ? naics.get(random.nextInt(naics.size()))[0] : industry[0])
                        .append(',').append(headCount).append(',').append(s == 0 ? "t" : "f").append('\n');
            }
            for (int j = 0; j < jobsPerEmployer[i]; j++) {
                Object[] occupation = jobs.pick(random);
                long id = jobId++;
                referable.employers()[(int) (id - referable.first())] = employerId;
                boolean hourly = random.nextInt(4) > 0;
                double low = hourly ? 15 + random.nextInt(25) : 35_000 + random.nextInt(60_000);
                double high = low * (1.1 + random.nextDouble() * 0.4);
                int positions = 1 + random.nextInt(80);
                criticalJobs.append(id).append(',').append(employerId).append(',')
                        .append(random.nextBoolean() ? firstEstablishment + random.nextInt(perEmployer[i]) : "").append(",\"")
                        .append(((String) occupation[1]).replace("\"", "")).append("\",").append(occupation[0]).append(',')
                        .append(random.nextBoolean() ? "t" : "f").append(',').append(positions).append(',').append(random.nextInt(positions / 4 + 2))
                        .append(',').append(Math.round(low)).append(',').append(Math.round(high)).append(',').append(hourly ? "HOUR" : "YEAR")
                        .append(',').append(j + 1).append('\n');
                int pains = random.nextInt(4);
                List<String> kinds = new ArrayList<>(List.of(PAINS));
                java.util.Collections.shuffle(kinds, random);
                for (int p = 0; p < pains; p++) {
                    painPoints.append(id).append(',').append(kinds.get(p)).append(',').append(p + 1).append(',')
                            .append(ANALYSES[random.nextInt(ANALYSES.length)]).append('\n');
                    painCount++;
                }
                requirements(id, board, employerId, elements, requirementDraws, requirements, requirementItems);
            }
            // one to three people, one of them the point of contact with an email
            int people = 1 + random.nextInt(3);
            for (int c = 0; c < people; c++) {
                String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
                String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
                contacts.append(employerId).append(',').append(first).append(' ').append(last).append(',')
                        .append(ROLES[random.nextInt(ROLES.length)]).append(',').append(random.nextInt(3) == 0 ? "ESTABLISHMENT" : "CORPORATE")
                        .append(',').append(random.nextInt(4) == 0 ? 't' : 'f').append(',').append(random.nextBoolean() ? 't' : 'f').append(',')
                        .append(c == 0 ? 't' : 'f').append(',').append(c == 0 ? (first + "." + last + "@employer" + (i + 1) + ".example").toLowerCase() : "")
                        .append('\n');
                contactCount++;
            }
            establishmentRanges.add(new long[] {firstEstablishment, establishmentId});
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("copy employer (id, organization_id, name, sector, registration, naics_code, created_by) from stdin (format csv)",
                    new StringReader(employers.toString()));
            copy.copyIn("copy establishment (id, employer_id, name, county_fips, naics_code, head_count, headquarters) from stdin (format csv)",
                    new StringReader(establishments.toString()));
            copy.copyIn("""
                    copy critical_job (id, employer_id, establishment_id, employer_title, soc_code, soc_confirmed, positions, openings,
                                       pay_min, pay_max, pay_unit, criticality_rank) from stdin (format csv)""",
                    new StringReader(criticalJobs.toString()));
            copy.copyIn("copy pain_point (critical_job_id, kind, rank, analysis) from stdin (format csv)", new StringReader(painPoints.toString()));
            copy.copyIn("""
                    copy job_requirements (critical_job_id, organization_id, employer_id, degree_required, background_check,
                                           records_checked, lookback_years, individualized_assessment, chance_to_respond,
                                           drivers_license, drug_test, shift_work, weekend_work, transit_reachable, minimum_age,
                                           work_authorization, version, updated_by)
                    from stdin (format csv)""", new StringReader(requirements.toString()));
            copy.copyIn("""
                    copy job_requirement_item (critical_job_id, position, kind, competency_type, element_id, name, credential_kind,
                                               experience_may_replace, replace_months, months, necessity, needed_at_hire, importance)
                    from stdin (format csv)""", new StringReader(requirementItems.toString()));
            copy.copyIn("""
                    copy employer_contact (employer_id, name, role, level, decision_authority, supports_partnership, point_of_contact, email)
                    from stdin (format csv)""", new StringReader(contacts.toString()));
            connection.commit();
        }
        jdbc.sql("analyze employer").update();
        jdbc.sql("analyze establishment").update();
        jdbc.sql("analyze critical_job").update();
        jdbc.sql("analyze employer_contact").update();
        jdbc.sql("analyze job_requirements").update();
        jdbc.sql("analyze job_requirement_item").update();
        long[] demand = collaborativesAndSurveys(scale, random, board, employerBase, jobs);
        // participants draw from their own sequence too, so the employer side stays the one earlier benchmarks measured
        Random participantDraws = new Random(seed + 2);
        long[] people = participants.generate(scale.participants(), opsos, referable, elements, () -> places.pick(participantDraws),
                () -> jobs.pick(participantDraws), participantDraws);
        // and hires theirs: four for every three participants (200,000 statewide)
        Random hireDraws = new Random(seed + 3);
        long hireCount = hires.generate(scale.participants() * 4 / 3, board, referable, () -> places.pick(hireDraws), hireDraws);
        return new Generated(organizations, scale.employers(), establishmentCount, jobCount, painCount, contactCount, scale.collaboratives() + 1,
                (int) demand[0], demand[1], people[0], people[1], hireCount, (System.nanoTime() - started) / 1_000_000);
    }

    private static final String[] CREDENTIALS = {"HIGH_SCHOOL", "HIGH_SCHOOL", "HIGH_SCHOOL", "CERTIFICATE", "INDUSTRY_CERTIFICATION",
        "LICENSE", "ASSOCIATE", "BACHELOR", "APPRENTICESHIP"};
    private static final String[] CHECKS = {"NONE", "AFTER_CONDITIONAL_OFFER", "AFTER_CONDITIONAL_OFFER", "BEFORE_OFFER", ""};

    /**
     * A job's requirements as a practitioner records them, about eight items: five O*NET skills or knowledge areas, one in
     * the employer's words, a credential and experience, each required or preferred, at hire or taught, of some importance;
     * and a practices record, some of it left unrecorded.
     */
    private static void requirements(long jobId, long board, long employerId, List<Object[]> elements, Random random,
                                     StringBuilder practices, StringBuilder items) {
        String check = CHECKS[random.nextInt(CHECKS.length)];
        boolean checks = check.equals("AFTER_CONDITIONAL_OFFER") || check.equals("BEFORE_OFFER");
        practices.append(jobId).append(',').append(board).append(',').append(employerId).append(',').append(maybe(random)).append(',')
                .append(check).append(',').append(checks ? "\"{FELONY_CONVICTIONS}\"" : "{}").append(',')
                .append(checks ? String.valueOf(5 + random.nextInt(6)) : "").append(',').append(checks ? maybe(random) : "").append(',')
                .append(checks ? maybe(random) : "");
        for (int i = 0; i < 5; i++) { // driver's license, drug test, shifts, weekends, transit
            practices.append(',').append(maybe(random));
        }
        practices.append(',').append(random.nextInt(3) == 0 ? "18" : "").append(',').append(maybe(random)).append(",1,synthetic\n");
        int position = 0;
        java.util.Set<Integer> chosen = new java.util.LinkedHashSet<>();
        while (chosen.size() < 5) {
            chosen.add(random.nextInt(elements.size()));
        }
        for (int e : chosen) {
            Object[] element = elements.get(e);
            item(items, jobId, ++position, "COMPETENCY", (String) element[2], (String) element[0], (String) element[1], "", "", random);
        }
        item(items, jobId, ++position, "COMPETENCY", "OWN_WORDS", "", "Task of this job " + (1 + random.nextInt(50)), "", "", random);
        item(items, jobId, ++position, "CREDENTIAL", "", "", "", CREDENTIALS[random.nextInt(CREDENTIALS.length)], "", random);
        item(items, jobId, ++position, "EXPERIENCE", "", "", "", "", String.valueOf(6 * (1 + random.nextInt(8))), random);
    }

    private static void item(StringBuilder items, long jobId, int position, String kind, String type, String elementId, String name,
                             String credential, String months, Random random) {
        boolean required = random.nextInt(3) > 0;
        boolean atHire = required && (kind.equals("EXPERIENCE") || random.nextBoolean());
        items.append(jobId).append(',').append(position).append(',').append(kind).append(',').append(type).append(',').append(elementId)
                .append(',').append(name.isEmpty() ? "" : "\"" + name.replace("\"", "") + "\"").append(',').append(credential)
                .append(",,,").append(months).append(',').append(required ? "REQUIRED" : "PREFERRED").append(',')
                .append(atHire ? 't' : 'f').append(',').append(1 + random.nextInt(5))
                .append('\n');
    }

    /** Yes, no, or not recorded. */
    private static String maybe(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> "t";
            case 1 -> "f";
            default -> "";
        };
    }

    /**
     * Collaboratives of the board, each with members drawn from the synthetic employers and one closed survey
     * (two periods) that most members answered; plus one collaborative with a survey left open, invited but
     * unanswered, for the load test. Answers are one row per member, occupation and period, as the survey keeps
     * them. Returns the number of answer rows and the open survey's id.
     */
    private long[] collaborativesAndSurveys(Scale scale, Random random, long board, long employerBase, Weighted<Object[]> occupations)
            throws SQLException, IOException {
        int count = scale.collaboratives() + 1;
        long collaborativeBase = nextIds("collaborative", count);
        long surveyBase = nextIds("demand_survey", count);
        int invitations = scale.collaboratives() * scale.membersPerCollaborative() + scale.openSurveyMembers();
        long invitationId = nextIds("demand_invitation", invitations);
        StringBuilder collaboratives = new StringBuilder();
        StringBuilder members = new StringBuilder();
        StringBuilder surveys = new StringBuilder();
        StringBuilder periods = new StringBuilder();
        StringBuilder surveyJobs = new StringBuilder();
        StringBuilder invited = new StringBuilder();
        StringBuilder answers = new StringBuilder();
        StringBuilder openings = new StringBuilder();
        long answerRows = 0;
        for (int c = 0; c < count; c++) {
            long collaborative = collaborativeBase + c;
            long survey = surveyBase + c;
            boolean open = c == scale.collaboratives();
            int size = open ? scale.openSurveyMembers() : scale.membersPerCollaborative();
            collaboratives.append(collaborative).append(',').append(board).append(",\"Synthetic ")
                    .append(open ? "Statewide Demand Load Test" : "Collaborative %03d".formatted(c + 1)).append("\",OCCUPATION_FAMILY,ACTIVE,synthetic\n");
            surveys.append(survey).append(',').append(collaborative).append(',').append(board).append(",\"Synthetic hiring needs\",")
                    .append(open ? "OPEN,2099-12-31" : "CLOSED,2026-01-31").append(",synthetic\n");
            periods.append(survey).append(",1,Next 12 months,12\n").append(survey).append(",2,In 1 to 3 years,24\n");
            List<String[]> asked = new ArrayList<>();
            while (asked.size() < scale.surveyJobs()) {
                Object[] occupation = occupations.pick(random);
                if (asked.stream().noneMatch(a -> a[0].equals(occupation[0]))) {
                    asked.add(new String[] {(String) occupation[0], ((String) occupation[1]).replace("\"", "")});
                    surveyJobs.append(survey).append(',').append(occupation[0]).append(",\"").append(asked.get(asked.size() - 1)[1]).append("\"\n");
                }
            }
            java.util.Set<Integer> chosen = new java.util.LinkedHashSet<>();
            while (chosen.size() < Math.min(size, scale.employers())) {
                chosen.add(random.nextInt(scale.employers()));
            }
            for (int member : chosen) {
                long employer = employerBase + member;
                long invitation = invitationId++;
                members.append(collaborative).append(',').append(employer).append('\n');
                boolean submitted = !open && random.nextInt(10) > 0;
                invited.append(invitation).append(',').append(survey).append(',').append(employer).append(",\"Synthetic employer ")
                        .append(member + 1).append("\",").append(Long.toHexString(random.nextLong())).append(',')
                        .append(open ? "2100-01-01" : "2026-02-01").append(',').append(submitted ? "SUBMITTED" : "NOT_STARTED").append('\n');
                if (!submitted) {
                    continue;
                }
                List<String[]> mine = new ArrayList<>(asked);
                java.util.Collections.shuffle(mine, random);
                for (String[] job : mine.subList(0, Math.min(scale.answersPerMember(), mine.size()))) {
                    int headCount = (int) Math.max(1, Math.round(Math.exp(random.nextGaussian() * 1.2 + 2.5)));
                    answers.append(invitation).append(',').append(job[0]).append(',').append(headCount).append(',')
                            .append(random.nextBoolean() ? 't' : 'f').append('\n');
                    for (int period = 1; period <= 2; period++) {
                        int scaleOfPeriod = period == 1 ? 1 : 2;
                        openings.append(invitation).append(',').append(job[0]).append(',').append(period).append(',')
                                .append(random.nextInt(headCount / 10 + 2) * scaleOfPeriod).append(',')
                                .append(random.nextInt(headCount / 4 + 2) * scaleOfPeriod).append('\n');
                        answerRows++;
                    }
                }
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("copy collaborative (id, organization_id, name, focus_kind, status, created_by) from stdin (format csv)",
                    new StringReader(collaboratives.toString()));
            copy.copyIn("copy collaborative_member (collaborative_id, employer_id) from stdin (format csv)", new StringReader(members.toString()));
            copy.copyIn("copy demand_survey (id, collaborative_id, organization_id, title, status, closes_on, created_by) from stdin (format csv)",
                    new StringReader(surveys.toString()));
            copy.copyIn("copy demand_period (survey_id, period_no, label, months) from stdin (format csv)", new StringReader(periods.toString()));
            copy.copyIn("copy demand_job (survey_id, soc_code, soc_title) from stdin (format csv)", new StringReader(surveyJobs.toString()));
            copy.copyIn("copy demand_invitation (id, survey_id, employer_id, employer_name, nonce, expires_at, status) from stdin (format csv)",
                    new StringReader(invited.toString()));
            copy.copyIn("copy demand_answer (invitation_id, soc_code, head_count, hard_to_fill) from stdin (format csv)",
                    new StringReader(answers.toString()));
            copy.copyIn("copy demand_opening (invitation_id, soc_code, period_no, growth, replacement) from stdin (format csv)",
                    new StringReader(openings.toString()));
            connection.commit();
        }
        for (String table : List.of("collaborative", "collaborative_member", "demand_survey", "demand_invitation", "demand_answer", "demand_opening")) {
            jdbc.sql("analyze " + table).update();
        }
        return new long[] {answerRows, surveyBase + scale.collaboratives()};
    }

    /**
     * 1 + floor(X), X exponential with mean m, has mean 1 + 1/(e^(1/m) - 1): this solves for the m that gives the
     * wanted average, so most employers have one or two establishments and a few have many.
     */
    private static double spreadFor(double mean) {
        return 1 / Math.log(1 + 1 / (mean - 1));
    }

    private long organization(String name, String type) {
        return jdbc.sql("insert into organization (name, type, region, demo) values (?, ?, 'Synthetic statewide network (generated)', true) returning id")
                .params(name, type).query(Long.class).single();
    }

    private long nextIds(String table, int count) {
        return reserveIds(jdbc, table, count);
    }

    /** Reserves {@code count} ids of a table's sequence and returns the first. */
    static long reserveIds(JdbcClient jdbc, String table, int count) {
        long first = jdbc.sql("select nextval(pg_get_serial_sequence(?, 'id'))").param(table).query(Long.class).single();
        jdbc.sql("select setval(pg_get_serial_sequence(?, 'id'), ?)").params(table, first + count).query(Long.class).single();
        return first;
    }

    /** Picks items in proportion to their weights. */
    private static final class Weighted<T> {
        private final List<T> items = new ArrayList<>();
        private final List<Double> cumulative = new ArrayList<>();
        private double total;

        void add(T item, double weight) {
            total += weight;
            items.add(item);
            cumulative.add(total);
        }

        T pick(Random random) {
            double target = random.nextDouble() * total;
            int low = 0;
            int high = cumulative.size() - 1;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (cumulative.get(mid) < target) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return items.get(low);
        }
    }
}
