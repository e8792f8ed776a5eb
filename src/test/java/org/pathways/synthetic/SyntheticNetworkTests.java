package org.pathways.synthetic;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.pathways.PathwaysTest;
import org.pathways.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The smoke variant of the benchmark data: the tiny scale, generated into the test database, usable at once. */
@PathwaysTest
class SyntheticNetworkTests {

    @Autowired
    SyntheticNetwork network;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    org.pathways.demand.DemandRollUp rollUp;

    @Test
    void generatesATinyNetworkOnRealCodesThatItsManagerCanBrowse() throws Exception {
        SyntheticNetwork.Generated generated = network.generate(SyntheticNetwork.Scale.named("tiny"), 7);

        assertThat(generated.employers()).isEqualTo(200);
        assertThat(generated.establishments()).isBetween(450, 750);
        assertThat(generated.criticalJobs()).isBetween(900, 1500);
        long board = jdbc.sql("select id from organization where name = ?").param(SyntheticNetwork.BOARD).query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from employer where organization_id = ?").param(board).query(Long.class).single()).isEqualTo(200);
        assertThat(jdbc.sql("""
                        select count(*) from critical_job j join employer e on e.id = j.employer_id
                        where e.organization_id = ? and j.soc_code not in (select code from ref_soc where soc_group = 'detailed')""")
                .param(board).query(Long.class).single()).as("every critical job is on a real SOC code").isZero();
        assertThat(jdbc.sql("""
                        select count(*) from establishment s join employer e on e.id = s.employer_id
                        where e.organization_id = ? and s.county_fips not like '39%'""")
                .param(board).query(Long.class).single()).as("every establishment is in an Ohio county").isZero();

        mvc.perform(get("/api/v1/employers").param("size", "5").with(users.as(SyntheticNetwork.MANAGER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(200));
        assertThat(generated.contacts()).as("one to three people per employer").isBetween(200, 600);
        assertThat(generated.collaboratives()).isEqualTo(5);
        assertThat(generated.surveyAnswers()).as("about 90% of 80 members answer 3 occupations for 2 periods").isBetween(300, 480);
        assertThat(jdbc.sql("""
                        select count(*) from demand_opening o join demand_invitation i on i.id = o.invitation_id
                        join demand_survey s on s.id = i.survey_id where s.organization_id = ?""")
                .param(board).query(Long.class).single()).isEqualTo(generated.surveyAnswers());
        long collaborative = jdbc.sql("select min(id) from collaborative where organization_id = ?").param(board).query(Long.class).single();
        mvc.perform(get("/api/v1/collaboratives/" + collaborative + "/demand").with(users.as(SyntheticNetwork.MANAGER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.rows.length()").value(org.hamcrest.Matchers.greaterThan(0)));
        assertThat(jdbc.sql("""
                        select count(*) from job_requirements r join employer e on e.id = r.employer_id where e.organization_id = ?""")
                .param(board).query(Long.class).single()).as("every critical job has its requirements").isEqualTo(generated.criticalJobs());
        assertThat(jdbc.sql("select count(*) from job_requirement_item i join job_requirements r on r.critical_job_id = i.critical_job_id"
                + " join employer e on e.id = r.employer_id where e.organization_id = ?").param(board).query(Long.class).single())
                .as("eight items each").isEqualTo(8L * generated.criticalJobs());
        long job = jdbc.sql("select min(r.critical_job_id) from job_requirements r join employer e on e.id = r.employer_id"
                + " where e.organization_id = ?").param(board).query(Long.class).single();
        mvc.perform(get("/api/v1/critical-jobs/" + job + "/requirements").with(users.as(SyntheticNetwork.MANAGER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.requirements.items.length()").value(8));
        mvc.perform(get("/api/v1/collaboratives/" + collaborative + "/requirements").with(users.as(SyntheticNetwork.MANAGER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.jobs.length()").value(org.hamcrest.Matchers.greaterThan(0)));
        // participants: the largest OPSO's staff find their own, open sealed circumstances and see a job's 500 referrals
        assertThat(generated.participants()).isEqualTo(600);
        assertThat(generated.referrals()).isEqualTo(1200);
        String staff = SyntheticParticipants.STAFF.formatted(1);
        long opso = jdbc.sql("select organization_id from user_account where username = ?").param(staff).query(Long.class).single();
        long mine = jdbc.sql("select count(*) from participant where organization_id = ?").param(opso).query(Long.class).single();
        assertThat(mine).as("the first OPSO holds the largest caseload").isGreaterThan(600 / 3);
        mvc.perform(get("/api/v1/participants").param("size", "1").with(users.as(staff))).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(mine));
        long someone = jdbc.sql("select min(id) from participant where organization_id = ?").param(opso).query(Long.class).single();
        mvc.perform(get("/api/v1/participants/" + someone + "/circumstances").with(users.as(staff))).andExpect(status().isOk())
                .andExpect(jsonPath("$.barriers[0].note").value("Synthetic note " + someone));
        long hotJob = jdbc.sql("select critical_job_id from referral group by 1 order by count(*) desc limit 1").query(Long.class).single();
        mvc.perform(get("/api/v1/critical-jobs/" + hotJob + "/pipeline").with(users.as(staff)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.REFERRED.length()").value(org.hamcrest.Matchers.greaterThan(50)));
        assertThat(jdbc.sql("select count(*) from referral where critical_job_id = ? and organization_id = ?").params(hotJob, opso)
                .query(Long.class).single()).isGreaterThanOrEqualTo(SyntheticParticipants.HOT_JOB_REFERRALS);
        mvc.perform(get("/api/v1/surveys/" + generated.openSurveyId() + "/invitations").with(users.as(SyntheticNetwork.MANAGER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(20));
        // every closed survey of the network, as its members see it: no figure can be worked out from the others
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(users.authenticationOf(SyntheticNetwork.MANAGER));
        try {
            List<Long> closed = jdbc.sql("select id from demand_survey where organization_id = ? and status = 'CLOSED'").param(board)
                    .query(Long.class).list();
            assertThat(closed).isNotEmpty();
            for (long survey : closed) {
                assertThat(org.pathways.demand.DisclosureCheck.isolatable(rollUp.publishedFigures(survey))).as("survey " + survey).isEmpty();
            }
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        assertThatThrownBy(() -> network.generate(SyntheticNetwork.Scale.named("tiny"), 7))
                .as("a second network in the same database").isInstanceOf(IllegalStateException.class);
    }
}
