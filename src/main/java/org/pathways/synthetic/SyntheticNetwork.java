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
    private static final String[] WORDS = {"Summit", "River", "Oak", "Liberty", "Pioneer", "Keystone", "Harbor", "Valley", "Prairie",
            "Union", "Heritage", "Cardinal", "Buckeye", "Lakeshore", "Granite", "Maple", "Northern", "Capital", "Frontier", "Evergreen"};
    private static final String[] FORMS = {"Industries", "Services", "Group", "Health", "Manufacturing", "Logistics", "Partners",
            "Foods", "Systems", "Works", "Solutions", "Company"};

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    SyntheticNetwork(DataSource dataSource, JdbcClient jdbc, PasswordEncoder passwords) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    record Scale(int opsos, int employers, double establishmentsPerEmployer, double jobsPerEmployer) {
        static Scale named(String name) {
            return switch (name) {
                case "tiny" -> new Scale(3, 200, 3, 6);
                case "region" -> new Scale(10, 2_000, 3, 6);
                case "state" -> new Scale(60, 10_000, 3, 6);
                default -> throw new IllegalArgumentException("scale is tiny, region or state, not " + name);
            };
        }
    }

    record Generated(int organizations, int employers, int establishments, int criticalJobs, int painPoints, long millis) {
    }

    Generated generate(Scale scale, long seed) throws SQLException, IOException {
        long started = System.nanoTime();
        if (jdbc.sql("select count(*) from organization where name = ?").param(BOARD).query(Long.class).single() > 0) {
            throw new IllegalStateException("this database already holds a synthetic network; generate into a fresh one");
        }
        Random random = new Random(seed);
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
        if (naics.isEmpty() || counties.isEmpty() || occupations.isEmpty()) {
            throw new IllegalStateException("the reference data lacks NAICS industries, Ohio counties or SOC occupations");
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
        for (int i = 1; i <= scale.opsos(); i++) {
            organization("Synthetic OPSO %03d".formatted(i), "OPSO");
            organizations++;
        }

        long employerBase = nextIds("employer", scale.employers());
        StringBuilder employers = new StringBuilder();
        StringBuilder establishments = new StringBuilder();
        StringBuilder criticalJobs = new StringBuilder();
        StringBuilder painPoints = new StringBuilder();
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
            connection.commit();
        }
        jdbc.sql("analyze employer").update();
        jdbc.sql("analyze establishment").update();
        jdbc.sql("analyze critical_job").update();
        return new Generated(organizations, scale.employers(), establishmentCount, jobCount, painCount, (System.nanoTime() - started) / 1_000_000);
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

    /** Reserves {@code count} ids of a table's sequence and returns the first. */
    private long nextIds(String table, int count) {
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
