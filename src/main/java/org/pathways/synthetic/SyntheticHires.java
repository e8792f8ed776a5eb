package org.pathways.synthetic;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Random;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.pathways.platform.BulkCopy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The network's talent flow for the speed targets of issue 16: 300 providers (the network's OPSOs and training providers,
 * then recorded colleges, training providers, staffing agencies, job boards and the like, chosen by Zipf's law as real
 * sources are) with three programs each, and hire records at the network's critical jobs over the last two years: a third
 * with a departure, one in ten with a provider upstream, the county drawn by population, a quarter with a population shared.
 */
@Component
class SyntheticHires {

    static final int PROVIDERS = 300;

    private static final String[] KINDS = {"COLLEGE", "TRAINING_PROVIDER", "TRAINING_PROVIDER", "ADULT_EDUCATION", "APPRENTICESHIP",
        "STAFFING_AGENCY", "STAFFING_AGENCY", "JOB_BOARD", "EMPLOYEE_REFERRAL", "OTHER"};
    private static final String[] POPULATIONS = {"JUSTICE_INVOLVED", "OPPORTUNITY_YOUTH", "ENGLISH_LEARNERS", "VETERANS_MILITARY_SPOUSES",
        "LOW_INCOME"};
    private static final String[] REASONS = {"QUIT", "QUIT", "DISMISSED", "LAID_OFF", "OTHER"};

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    SyntheticHires(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** Writes the providers and {@code count} hires; returns how many hires. */
    long generate(int count, long board, SyntheticParticipants.Jobs jobs, Supplier<String> place, Random random) throws SQLException {
        if (count == 0) {
            return 0;
        }
        jdbc.sql("""
                insert into provider (name, kind, organization_id, recorded_by)
                select o.name, case when o.type = 'OPSO' then 'OPSO' else 'TRAINING_PROVIDER' end, o.id, 'synthetic'
                from organization_directory o where o.type in ('OPSO', 'TRAINING_PROVIDER') and o.active
                on conflict do nothing""").update();
        int onPathways = jdbc.sql("select count(*) from provider").query(Integer.class).single();
        for (int p = onPathways; p < PROVIDERS; p++) {
            jdbc.sql("insert into provider (name, kind, recorded_by_organization_id, recorded_by) values (?, ?, ?, 'synthetic')")
                    .params("Synthetic provider " + (p + 1), KINDS[p % KINDS.length], board).update();
        }
        // three programs a provider (900 at 300 providers), each preparing for one of the network's occupations
        jdbc.sql("""
                with socs as (select array_agg(distinct soc_code) as codes from critical_job where soc_code is not null)
                insert into program (provider_id, name, target_socs, seats_per_cohort, completion_percent, placement_percent,
                                     recorded_by)
                select p.id, 'Synthetic program ' || p.id || '-' || g,
                       array[socs.codes[1 + (p.id * 7 + g * 13) % array_length(socs.codes, 1)]], 10 + (p.id + g) % 30,
                       50 + (p.id * g) % 45, 30 + (p.id + g * 3) % 50, 'synthetic'
                from provider p cross join generate_series(1, 3) g cross join socs""").update();
        long[] providers = jdbc.sql("select id from provider order by id").query(Long.class).list().stream().mapToLong(Long::longValue)
                .toArray();
        double[] zipf = new double[providers.length];
        double sum = 0;
        for (int i = 0; i < zipf.length; i++) {
            sum += 1.0 / (i + 1);
            zipf[i] = sum;
        }
        long hireBase = SyntheticNetwork.reserveIds(jdbc, "hire", count);
        LocalDate today = LocalDate.now();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            BulkCopy batches = new BulkCopy(connection);
            StringBuilder hires = batches.of("""
                    copy hire (id, organization_id, employer_id, critical_job_id, hired_on, separated_on, separation_reason, person_label,
                               provider_id, county_fips, wage, wage_unit, populations, source, dedupe_key, recorded_by)
                    from stdin (format csv)""");
            StringBuilder upstream = batches.of("copy hire_upstream (hire_id, provider_id, tier) from stdin (format csv)");
            for (int h = 0; h < count; h++) {
                long id = hireBase + h;
                int offset = random.nextInt(jobs.employers().length);
                LocalDate hired = today.minusDays(1 + random.nextInt(730));
                LocalDate left = random.nextInt(3) == 0 ? hired.plusDays(1 + random.nextInt(400)) : null;
                if (left != null && left.isAfter(today)) {
                    left = null;
                }
                long provider = random.nextInt(10) == 0 ? 0 : providers[pick(zipf, random.nextDouble() * sum)];
                String populations = random.nextInt(4) == 0 ? "{" + POPULATIONS[random.nextInt(POPULATIONS.length)] + "}" : "{}";
                BulkCopy.line(hires, id, board, jobs.employers()[offset], jobs.first() + offset, hired, left,
                        left == null ? null : REASONS[random.nextInt(REASONS.length)], "S-" + id, provider == 0 ? null : provider,
                        place.get(), 15 + random.nextInt(25), "HOURLY", populations, "IMPORTED", "synthetic:" + id, "synthetic");
                if (provider != 0 && random.nextInt(10) == 0) {
                    long before = providers[pick(zipf, random.nextDouble() * sum)];
                    if (before != provider) {
                        BulkCopy.line(upstream, id, before, 2);
                    }
                }
                batches.flushWhenFull();
            }
            batches.flush();
            connection.commit();
        }
        jdbc.sql("analyze provider").update();
        jdbc.sql("analyze hire").update();
        jdbc.sql("analyze hire_upstream").update();
        return count;
    }

    private static int pick(double[] cumulative, double draw) {
        int i = 0;
        while (cumulative[i] < draw) {
            i++;
        }
        return i;
    }
}
