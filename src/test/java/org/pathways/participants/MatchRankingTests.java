package org.pathways.participants;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathways.PathwaysTest;
import org.pathways.TestUsers;
import org.pathways.participants.Participants.ParticipantView;
import org.pathways.requirements.HiringRequirements;
import org.pathways.requirements.HiringRequirements.RequirementsView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The SQL ranking of a participant's matches gives every job the score, points and goal the explanation gives, for every
 * participant and critical job of both demo OPSOs: the two are one rule written twice, and this holds them together.
 */
@PathwaysTest
class MatchRankingTests {

    @Autowired
    MatchRows ranking;
    @Autowired
    ReferralRows referrals;
    @Autowired
    ParticipantRows participants;
    @Autowired
    HiringRequirements requirements;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theSqlRankingScoresEveryJobAsTheExplanationDoes() {
        int compared = 0;
        int scored = 0;
        for (String username : List.of("practitioner", "youthcoach")) {
            SecurityContextHolder.getContext().setAuthentication(users.authenticationOf(username));
            long organization = users.user(username).organizationId();
            List<Long> ids = jdbc.sql("select id from participant where organization_id = ? and erased_at is null").param(organization)
                    .query(Long.class).list();
            List<ReferralRows.Job> jobs = referrals.jobsKeptBy(organization);
            for (ParticipantView person : participants.readMany(organization, ids, LocalDate.now())) {
                List<MatchRows.Ranked> ranked = ranking.rank(organization, person, 100_000);
                assertThat(ranked).as("every job is ranked").hasSize(jobs.size());
                Map<Long, MatchRows.Ranked> byJob = ranked.stream().collect(Collectors.toMap(MatchRows.Ranked::criticalJobId,
                        Function.identity()));
                for (ReferralRows.Job job : jobs) {
                    RequirementsView view = requirements.of(job.id());
                    Matches.JobMatch exact = Matches.match(person, null, job, view, requirements.practicesFor(view));
                    MatchRows.Ranked sql = byJob.get(job.id());
                    String which = person.displayName() + " for " + job.title() + " at " + job.employerName();
                    assertThat(sql.score()).as(which).isEqualTo(exact.score());
                    assertThat(sql.points()).as(which).isCloseTo(exact.points(), within(1e-9));
                    assertThat(sql.outOf()).as(which).isCloseTo(exact.outOf(), within(1e-9));
                    assertThat(sql.matchesGoal()).as(which).isEqualTo(exact.matchesGoal());
                    compared++;
                    scored += exact.score() == null ? 0 : 1;
                }
                // the order is the explanation's: scored first, best first
                List<Integer> scores = ranked.stream().map(MatchRows.Ranked::score).toList();
                assertThat(scores.stream().takeWhile(s -> s != null).toList()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            }
        }
        assertThat(compared).as("pairs compared").isGreaterThan(100);
        assertThat(scored).as("pairs with a score").isGreaterThan(30);
    }
}
