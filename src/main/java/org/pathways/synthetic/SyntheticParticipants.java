package org.pathways.synthetic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.pathways.participants.ParticipantKeys;
import org.pathways.platform.BulkCopy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The network's participants for the speed targets of issue 15: spread over the OPSOs as caseloads are (the first OPSO the
 * largest, by Zipf's law), each with skills from O*NET, credentials, goals on real SOC codes, a county drawn by population
 * and circumstances sealed like any other (the keys of the running installation); twice as many referrals to the network's
 * critical jobs, each under a consent of its own and with its stages so far, and 500 to the one job of an employer the largest
 * OPSO keeps itself, for its pipeline board. The first OPSO has ten staff members (`synthetic-staff-01` … `-10`, the manager's password).
 */
@Component
class SyntheticParticipants {

    static final String STAFF = "synthetic-staff-%02d";
    static final int HOT_JOB_REFERRALS = 500;

    private static final String[] GIVEN = {"Ava", "Ben", "Carmen", "Darnell", "Elif", "Farah", "Gabriel", "Hana", "Isaac", "Jada", "Kofi",
        "Lucia", "Malik", "Nora", "Omar", "Paige", "Quinn", "Rosa", "Sean", "Tanya", "Uriel", "Vera", "Wes", "Ximena", "Yusuf", "Zoe"};
    private static final String[] FAMILY = {"Adams", "Baker", "Castillo", "Diaz", "Evans", "Fischer", "Gomez", "Hughes", "Ibrahim",
        "Jensen", "Khan", "Lopez", "Mendez", "Novak", "Ortiz", "Price", "Quintero", "Reyes", "Sato", "Turner", "Usman", "Vasquez",
        "Walker", "Xu", "Young", "Zamora"};
    private static final String[] CREDENTIALS = {"HIGH_SCHOOL", "HIGH_SCHOOL", "HIGH_SCHOOL", "CERTIFICATE", "INDUSTRY_CERTIFICATION",
        "LICENSE", "ASSOCIATE", "BACHELOR", "DIGITAL_BADGE"};
    private static final String[] POPULATIONS = {"JUSTICE_INVOLVED", "OPPORTUNITY_YOUTH", "DISABILITIES", "HOMELESSNESS",
        "ENGLISH_LEARNERS", "IMMIGRANTS_REFUGEES", "NO_HS_CREDENTIAL", "LONG_TERM_UNEMPLOYED", "VETERANS_MILITARY_SPOUSES", "OLDER_WORKERS",
        "SINGLE_PARENTS", "FOSTER_YOUTH", "LOW_INCOME"};
    private static final String[] BARRIERS = {"TRANSPORTATION", "CHILD_CARE", "HOUSING", "JUSTICE_RECORD", "LANGUAGE", "DOCUMENTS",
        "DIGITAL_ACCESS", "FINANCIAL"};
    private static final String[] STATUSES = {"OPEN", "BEING_ADDRESSED", "RESOLVED"};
    /** The steps to a hire and after it; a referral's stage is drawn by the shares below, its stages so far written out. */
    private static final String[] PATH = {"REFERRED", "APPLIED", "INTERVIEWED", "OFFERED", "HIRED", "RETAINED_30", "RETAINED_90",
        "RETAINED_180", "RETAINED_365"};
    private static final int[] PATH_SHARE = {30, 20, 15, 5, 5, 5, 5, 3, 2};
    private static final String[][] EXITS = {{"WITHDRAWN", "2", "PARTICIPANT"}, {"NOT_SELECTED", "3", "EMPLOYER"},
        {"DECLINED", "4", "PARTICIPANT"}};
    private static final int[] EXIT_SHARE = {4, 5, 1};

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final ParticipantKeys keys;
    private final PasswordEncoder passwords;

    SyntheticParticipants(DataSource dataSource, JdbcClient jdbc, ParticipantKeys keys, PasswordEncoder passwords) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.keys = keys;
        this.passwords = passwords;
    }

    /** The network's jobs: the first id, and each job's employer by offset. */
    record Jobs(long first, long[] employers) {
    }

    /** Participants and referrals made; draws on the network's own weighted choices of places, occupations and elements. */
    long[] generate(int count, List<Long> opsos, Jobs jobs, List<Object[]> elements, Supplier<String> place, Supplier<Object[]> occupation,
                    Random random) throws SQLException, IOException {
        if (count == 0 || opsos.isEmpty()) {
            return new long[] {0, 0};
        }
        long first = opsos.get(0);
        long[] staff = new long[10];
        for (int s = 0; s < staff.length; s++) {
            staff[s] = jdbc.sql("""
                            insert into user_account (organization_id, username, display_name, email, password_hash)
                            values (?, ?, ?, null, ?) returning id""")
                    .params(first, STAFF.formatted(s + 1), "Synthetic staff member " + (s + 1), passwords.encode(SyntheticNetwork.PASSWORD))
                    .query(Long.class).single();
            jdbc.sql("insert into user_role (user_account_id, role) values (?, 'STAFF')").param(staff[s]).update();
        }
        double[] zipf = new double[opsos.size()];
        double sum = 0;
        for (int o = 0; o < zipf.length; o++) {
            sum += 1.0 / (o + 1);
            zipf[o] = sum;
        }
        long participantBase = SyntheticNetwork.reserveIds(jdbc, "participant", count);
        int referralCount = count * 2;
        long referralBase = SyntheticNetwork.reserveIds(jdbc, "referral", referralCount);
        long consentBase = SyntheticNetwork.reserveIds(jdbc, "consent", referralCount);
        LocalDate today = LocalDate.now();
        // rows go to the database in batches, in the order of their foreign keys, within one transaction
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            BulkCopy batches = new BulkCopy(connection);
            StringBuilder people = batches.of("""
                    copy participant (id, organization_id, given_name, family_name, preferred_language, county_fips, birth_date,
                                      program_entry, program_exit, shifts, weekends, has_car, staff_user_id, strengths, created_by)
                    from stdin (format csv)""");
            StringBuilder skills = batches.of("copy participant_skill (participant_id, position, element_id, name) from stdin"
                    + " (format csv)");
            StringBuilder credentials = batches.of("copy participant_credential (participant_id, position, kind) from stdin (format csv)");
            StringBuilder goals = batches.of("copy participant_goal (participant_id, position, soc_code) from stdin (format csv)");
            StringBuilder sealed = batches.of("copy participant_circumstances (participant_id, key_id, sealed, version) from stdin"
                    + " (format csv)");
            StringBuilder consents = batches.of("""
                    copy consent (id, organization_id, participant_id, given_by, recipient_employer_id, purpose, categories, method,
                                  given_on, expires_on, created_by) from stdin (format csv)""");
            StringBuilder referrals = batches.of("""
                    copy referral (id, organization_id, participant_id, critical_job_id, employer_id, consent_id, stage, stage_on, hired_on,
                                   referred_on, created_by) from stdin (format csv)""");
            StringBuilder stages = batches.of("""
                    copy referral_stage (referral_id, stage, occurred_on, reason, decided_by, recorded_by) from stdin (format csv)""");
            long[] organizationOf = new long[count];
            HexFormat hex = HexFormat.of();
            for (int p = 0; p < count; p++) {
                long id = participantBase + p;
                double draw = random.nextDouble() * sum;
                int o = 0;
                while (zipf[o] < draw) {
                    o++;
                }
                organizationOf[p] = opsos.get(o);
                String given = GIVEN[random.nextInt(GIVEN.length)];
                String family = FAMILY[random.nextInt(FAMILY.length)] + (p % 7 == 0 ? "-" + FAMILY[random.nextInt(FAMILY.length)] : "");
                people.append(id).append(',').append(organizationOf[p]).append(',').append(given).append(',').append(family).append(',')
                        .append(random.nextInt(5) == 0 ? "es" : "en").append(',').append(place.get()).append(',')
                        .append(today.minusYears(18 + random.nextInt(45))).append(',');
                LocalDate entry = today.minusDays(random.nextInt(900));
                // about a third have left the program, two months to a year and a half after entering; drawn apart from the
                // network's own random numbers, so everything else a seed gives stays as it was
                java.util.Random leaving = new java.util.Random(id);
                LocalDate left = leaving.nextInt(3) == 0 ? entry.plusDays(60 + leaving.nextInt(480)) : null;
                people.append(entry).append(',').append(left != null && left.isBefore(today) ? left.toString() : "").append(',')
                        .append(random.nextBoolean() ? 't' : 'f').append(',').append(random.nextBoolean() ? 't' : 'f').append(',')
                        .append(random.nextBoolean() ? 't' : 'f').append(',')
                        .append(o == 0 ? String.valueOf(staff[random.nextInt(staff.length)]) : "")
                        .append(",\"Reliable and quick to learn\",synthetic\n");
                int skillCount = 2 + random.nextInt(4);
                for (int s = 0; s < skillCount; s++) {
                    Object[] element = elements.get(random.nextInt(elements.size()));
                    skills.append(id).append(',').append(s).append(',').append(element[0]).append(",\"")
                            .append(((String) element[1]).replace("\"", "")).append("\"\n");
                }
                int credentialCount = random.nextInt(3);
                for (int c = 0; c < credentialCount; c++) {
                    credentials.append(id).append(',').append(c).append(',').append(CREDENTIALS[random.nextInt(CREDENTIALS.length)])
                            .append('\n');
                }
                int goalCount = 1 + random.nextInt(2);
                for (int g = 0; g < goalCount; g++) {
                    goals.append(id).append(',').append(g).append(',').append(occupation.get()[0]).append('\n');
                }
                String circumstances = "{\"populations\":[\"" + POPULATIONS[random.nextInt(POPULATIONS.length)]
                        + "\"],\"barriers\":[{\"kind\":\"" + BARRIERS[random.nextInt(BARRIERS.length)]
                        + "\",\"status\":\"" + STATUSES[random.nextInt(STATUSES.length)]
                        + "\",\"note\":\"Synthetic note " + id + "\",\"supports\":[]}]}";
                ParticipantKeys.Sealed seal = keys.seal(circumstances.getBytes(StandardCharsets.UTF_8), "participant:" + id + ":general");
                sealed.append(id).append(',').append(seal.keyId()).append(",\\x").append(hex.formatHex(seal.bytes())).append(",1\n");
                batches.flushWhenFull();
            }
            // the largest OPSO keeps one employer of its own, whose job the hot referrals go to: its pipeline board is the OPSO's
            long partner = jdbc.sql("""
                            insert into employer (organization_id, name, sector, registration, created_by)
                            values (?, 'Synthetic Partner Employer', 'PRIVATE_FOR_PROFIT', 'US', 'synthetic') returning id""")
                    .param(first).query(Long.class).single();
            Object[] hotOccupation = occupation.get();
            long hotJob = jdbc.sql("""
                            insert into critical_job (employer_id, employer_title, soc_code, soc_confirmed, positions, openings)
                            values (?, ?, ?, true, 40, 12) returning id""")
                    .params(partner, hotOccupation[1], hotOccupation[0]).query(Long.class).single();
            for (int r = 0; r < referralCount; r++) {
                // the hot job's referrals come first, all from the largest OPSO's participants
                int p = r < HOT_JOB_REFERRALS ? r * 7 % count : random.nextInt(count);
                while (r < HOT_JOB_REFERRALS && organizationOf[p] != first) {
                    p = (p + 1) % count;
                }
                boolean hot = r < HOT_JOB_REFERRALS;
                int job = random.nextInt(jobs.employers().length);
                long referral = referralBase + r;
                long consent = consentBase + r;
                long participant = participantBase + p;
                long employer = hot ? partner : jobs.employers()[job];
                int pick = random.nextInt(100);
                int reached = 0;
                String exit = null;
                String decidedBy = null;
                int cumulative = 0;
                for (int i = 0; i < PATH.length; i++) {
                    cumulative += PATH_SHARE[i];
                    if (pick < cumulative) {
                        reached = i;
                        break;
                    }
                }
                if (pick >= cumulative) {
                    int exitPick = random.nextInt(10);
                    int e = exitPick < EXIT_SHARE[0] ? 0 : exitPick < EXIT_SHARE[0] + EXIT_SHARE[1] ? 1 : 2;
                    exit = EXITS[e][0];
                    reached = Integer.parseInt(EXITS[e][1]);
                    decidedBy = EXITS[e][2];
                }
                // old enough for the stages it reached: a year's retention was referred more than a year ago
                int needed = reached >= 5 ? 20 + new int[] {30, 90, 180, 365}[reached - 5] : reached * 5 + 3;
                LocalDate referred = today.minusDays(needed + 1 + random.nextInt(300));
                consents.append(consent).append(',').append(organizationOf[p]).append(',').append(participant).append(",PARTICIPANT,")
                        .append(employer).append(",REFERRAL,\"{CONTACT,SKILLS_CREDENTIALS}\",PAPER_SIGNED,")
                        .append(referred.minusDays(5)).append(',').append(referred.plusYears(2)).append(",synthetic\n");
                LocalDate on = referred;
                LocalDate hired = null;
                for (int i = 0; i <= reached; i++) {
                    on = i <= 4 ? referred.plusDays(i * 5L) : hired.plusDays(switch (i) {
                        case 5 -> 30;
                        case 6 -> 90;
                        case 7 -> 180;
                        default -> 365;
                    });
                    if (i == 4) {
                        hired = on;
                    }
                    stages.append(referral).append(',').append(PATH[i]).append(',').append(on).append(",,STAFF,synthetic\n");
                }
                String stage = PATH[reached];
                if (exit != null) {
                    on = on.plusDays(3);
                    stage = exit;
                    stages.append(referral).append(',').append(exit).append(',').append(on).append(",Synthetic reason,").append(decidedBy)
                            .append(",synthetic\n");
                }
                referrals.append(referral).append(',').append(organizationOf[p]).append(',').append(participant).append(',')
                        .append(hot ? hotJob : jobs.first() + job).append(',').append(employer).append(',').append(consent).append(',')
                        .append(stage).append(',').append(on).append(',').append(hired == null ? "" : hired).append(',').append(referred)
                        .append(",synthetic\n");
                batches.flushWhenFull();
            }
            batches.flush();
            connection.commit();
        }
        for (String table : List.of("participant", "participant_skill", "participant_credential", "participant_goal", "consent", "referral",
                "referral_stage")) {
            // vacuumed, not only analysed: the list's count is then an index-only scan, as on a server where autovacuum has run
            jdbc.sql("vacuum analyze " + table).update();
        }
        return new long[] {count, referralCount};
    }
}
