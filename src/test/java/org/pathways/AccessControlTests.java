package org.pathways;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.pathways.platform.ApiTokens;
import org.pathways.platform.RecordScope;
import org.pathways.shared.PublicEndpoint;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Walks every request mapping of the application, so that every endpoint added later is covered
 * without anyone remembering to: each declares who may call it; anonymous callers are refused except
 * at declared public endpoints; and a person of one organization gets 403 or 404 for every record of
 * another organization named in a path.
 */
@PathwaysTest
class AccessControlTests {

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    @Autowired
    List<RequestMappingHandlerMapping> mappings;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApiTokens tokens;
    @Autowired
    List<RecordScope> scopes;

    List<Endpoint> endpoints() {
        List<Endpoint> endpoints = Endpoint.all(mappings);
        assertThat(endpoints).as("the walk found the application's endpoints").hasSizeGreaterThan(20);
        return endpoints;
    }

    @Test
    void everyHandlerDeclaresWhoMayCallIt() {
        List<String> undeclared = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            Method method = endpoint.handler().getMethod();
            boolean declared = endpoint.isPublic()
                    || AnnotatedElementUtils.hasAnnotation(method, PreAuthorize.class)
                    || AnnotatedElementUtils.hasAnnotation(endpoint.handler().getBeanType(), PreAuthorize.class);
            if (!declared) {
                undeclared.add(endpoint.toString());
            }
        }
        assertThat(undeclared).as("handlers without @PreAuthorize or @PublicEndpoint").isEmpty();
    }

    @Test
    void everyPathVariableHasAnOrganizationScope() {
        Set<String> scoped = new TreeSet<>();
        scopes.forEach(scope -> scoped.add(scope.pathVariable()));
        Set<String> unscoped = new TreeSet<>();
        for (Endpoint endpoint : endpoints()) {
            Matcher matcher = PATH_VARIABLE.matcher(endpoint.pattern());
            while (matcher.find()) {
                if (!scoped.contains(matcher.group(1))) {
                    unscoped.add(matcher.group(1) + " in " + endpoint);
                }
            }
        }
        assertThat(unscoped).as("path variables without a RecordScope bean").isEmpty();
    }

    @Test
    void anonymousCallersAreRefusedEverywhereButPublicEndpoints() throws Exception {
        Map<String, Supplier<String>> ids = idsOfAnotherOrganization();
        List<String> leaks = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.isPublic()) {
                continue;
            }
            MvcResult result = mvc.perform(request(endpoint, ids)).andReturn();
            int status = result.getResponse().getStatus();
            boolean refused = endpoint.isApi()
                    ? status == 401
                    : status == 302 && result.getResponse().getRedirectedUrl().endsWith("/login");
            if (!refused) {
                leaks.add(endpoint + " answered " + status);
            }
        }
        assertThat(leaks).as("endpoints that did not refuse an anonymous caller").isEmpty();
    }

    @Test
    void peopleOfOneOrganizationCannotReachAnotherOrganizationsRecords() throws Exception {
        Map<String, Supplier<String>> ids = idsOfAnotherOrganization();
        List<String> leaks = new ArrayList<>();
        int probed = 0;
        for (String username : List.of("orgadmin", "practitioner")) {
            String apiToken = tokenOf(username);
            for (Endpoint endpoint : endpoints()) {
                if (!PATH_VARIABLE.matcher(endpoint.pattern()).find()) {
                    continue;
                }
                MockHttpServletRequestBuilder request = request(endpoint, ids);
                if (endpoint.isApi()) {
                    request.header("Authorization", "Bearer " + apiToken);
                } else {
                    request.with(users.as(username));
                }
                int status = mvc.perform(request).andReturn().getResponse().getStatus();
                probed++;
                if (status != 403 && status != 404) {
                    leaks.add(username + ": " + endpoint + " answered " + status);
                }
            }
        }
        assertThat(probed).as("endpoints with records in their path were probed").isGreaterThan(10);
        assertThat(leaks).as("endpoints that let a person reach another organization's record").isEmpty();
    }

    /**
     * Ids of records that belong to Bridges Youth Network (and its people), seen from Second Chance
     * Works. A new path variable needs an entry here; the test says which one is missing.
     */
    private Map<String, Supplier<String>> idsOfAnotherOrganization() {
        long otherOrganization = jdbc.sql("select id from organization where name = 'Bridges Youth Network'").query(Long.class).single();
        long otherUser = jdbc.sql("select id from user_account where username = 'youthcoach'").query(Long.class).single();
        Map<String, Supplier<String>> ids = new HashMap<>();
        ids.put("organizationId", () -> String.valueOf(otherOrganization));
        ids.put("userId", () -> String.valueOf(otherUser));
        ids.put("tokenId", () -> String.valueOf(tokenIdOf("youthcoach")));
        long otherEmployer = jdbc.sql("select min(e.id) from employer e join organization o on o.id = e.organization_id"
                + " where o.name = 'Bridges Youth Network'").query(Long.class).single();
        ids.put("employerId", () -> String.valueOf(otherEmployer));
        ids.put("establishmentId", () -> String.valueOf(jdbc.sql("select min(id) from establishment where employer_id = ?")
                .param(otherEmployer).query(Long.class).single()));
        ids.put("criticalJobId", () -> String.valueOf(jdbc.sql("select min(id) from critical_job where employer_id = ?")
                .param(otherEmployer).query(Long.class).single()));
        ids.put("contactId", () -> String.valueOf(jdbc.sql("select min(c.id) from employer_contact c join employer e on e.id = c.employer_id"
                + " join organization o on o.id = e.organization_id where o.name = 'Bridges Youth Network'").query(Long.class).single()));
        long bridges = otherOrganization;
        ids.put("intermediaryId", () -> String.valueOf(jdbc.sql("select min(id) from intermediary where organization_id = ?")
                .param(bridges).query(Long.class).single()));
        ids.put("initiativeId", () -> String.valueOf(jdbc.sql("select min(id) from initiative where organization_id = ?")
                .param(bridges).query(Long.class).single()));
        long hiddenSurvey = hiddenSurveyOf(bridges);
        ids.put("collaborativeId", () -> String.valueOf(jdbc.sql("select collaborative_id from demand_survey where id = ?").param(hiddenSurvey)
                .query(Long.class).single()));
        ids.put("surveyId", () -> String.valueOf(hiddenSurvey));
        ids.put("invitationId", () -> String.valueOf(jdbc.sql("select min(id) from demand_invitation where survey_id = ?").param(hiddenSurvey)
                .query(Long.class).single()));
        ids.put("engagementId", () -> String.valueOf(jdbc.sql("""
                        insert into engagement (organization_id, employer_id, kind, occurred_on, subject)
                        values (?, ?, 'CALL', current_date, 'Access test call') returning id""").params(bridges, otherEmployer)
                .query(Long.class).single()));
        ids.put("termId", () -> String.valueOf(jdbc.sql("""
                        insert into language_term (organization_id, term, suggestion) values (?, 'access test word', 'another word')
                        on conflict (organization_id, lower(term)) do update set suggestion = excluded.suggestion returning id""").param(bridges)
                .query(Long.class).single()));
        // Bridges' participants, their consents and referrals (the demo loads some)
        ids.put("participantId", () -> String.valueOf(jdbc.sql("select min(id) from participant where organization_id = ?").param(bridges)
                .query(Long.class).single()));
        ids.put("consentId", () -> String.valueOf(jdbc.sql("select min(id) from consent where organization_id = ?").param(bridges)
                .query(Long.class).single()));
        ids.put("referralId", () -> String.valueOf(jdbc.sql("select min(id) from referral where organization_id = ?").param(bridges)
                .query(Long.class).single()));
        ids.put("programId", () -> String.valueOf(jdbc.sql("select min(id) from training_program where organization_id = ?")
                .param(bridges).query(Long.class).single()));
        ids.put("linkId", () -> String.valueOf(jdbc.sql("select min(id) from participant_link where organization_id = ?").param(bridges)
                .query(Long.class).single()));
        ids.put("hireId", () -> String.valueOf(jdbc.sql("""
                        insert into hire (organization_id, employer_id, critical_job_id, hired_on, source, dedupe_key, recorded_by)
                        values (?, ?, (select min(id) from critical_job where employer_id = ?), current_date, 'ENTERED', 'access test',
                                'test')
                        on conflict (employer_id, dedupe_key) do update set version = hire.version returning id""")
                .params(bridges, otherEmployer, otherEmployer).query(Long.class).single()));
        ids.put("targetId", () -> String.valueOf(jdbc.sql("""
                        insert into outcome_target (organization_id, employer_id, source, kind, unit, target, period_days, since,
                                                    recorded_by)
                        values (?, ?, 'OWN', 'HIRES', 'COUNT', 5, 90, current_date, 'test') returning id""")
                .params(bridges, otherEmployer).query(Long.class).single()));
        // A profile that stands for an employer organization (Riverbend Regional Health), reached by that organization only.
        ids.put("ownEmployerId", () -> String.valueOf(jdbc.sql("select min(employer_id) from collaborative_member"
                + " where employer_organization_id is not null").query(Long.class).single()));
        // The provider directory is the whole network's (names and kinds): a provider that does not exist must answer 404.
        ids.put("providerId", () -> "999999999");
        // A private link is its own credential; one that was never issued must answer 404 to anyone.
        ids.put("token", () -> "1.not-a-real-link");
        // Reference data belongs to no organization; an occupation that does not exist must answer 404 (not 00-0000, which
        // BLS publishes as the total of all occupations once the official files are imported).
        ids.put("soc", () -> "99-9999");
        return ids;
    }

    /**
     * A collaborative Second Chance Works has no part in (managed by Bridges Youth Network, no partners), with a
     * survey and one invitation: what its people must not reach.
     */
    private long hiddenSurveyOf(long bridges) {
        return jdbc.sql("select min(id) from demand_survey where title = 'Access test survey'").query(Long.class).optional()
                .filter(id -> id != null).orElseGet(() -> {
                    long collaborative = jdbc.sql("""
                                    insert into collaborative (organization_id, name, focus_kind) values (?, 'Access test collaborative', 'INDUSTRY')
                                    returning id""").param(bridges).query(Long.class).single();
                    long employer = jdbc.sql("select min(id) from employer where organization_id = ?").param(bridges).query(Long.class).single();
                    jdbc.sql("insert into collaborative_member (collaborative_id, employer_id) values (?, ?)").params(collaborative, employer).update();
                    long survey = jdbc.sql("""
                                    insert into demand_survey (collaborative_id, organization_id, title, status, closes_on)
                                    values (?, ?, 'Access test survey', 'OPEN', current_date + 7) returning id""")
                            .params(collaborative, bridges).query(Long.class).single();
                    jdbc.sql("""
                                    insert into demand_invitation (survey_id, employer_id, employer_name, nonce, expires_at)
                                    values (?, ?, 'Access test employer', 'nonce', now() + interval '7 days')""").params(survey, employer).update();
                    return survey;
                });
    }

    private MockHttpServletRequestBuilder request(Endpoint endpoint, Map<String, Supplier<String>> ids) {
        Matcher matcher = PATH_VARIABLE.matcher(endpoint.pattern());
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            Supplier<String> id = ids.get(matcher.group(1));
            assertThat(id).as("a record of another organization for {" + matcher.group(1) + "} in " + endpoint).isNotNull();
            matcher.appendReplacement(path, id.get());
        }
        matcher.appendTail(path);
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(endpoint.method(), path.toString()).with(csrf());
        if (endpoint.isApi() && (endpoint.method() == HttpMethod.POST || endpoint.method() == HttpMethod.PUT
                || endpoint.method() == HttpMethod.PATCH)) {
            request.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        return request;
    }

    private long tokenIdOf(String username) {
        return jdbc.sql("select t.id from api_token t join user_account u on u.id = t.user_account_id where u.username = ? limit 1")
                .param(username).query(Long.class).optional().orElseGet(() -> {
                    tokenOf(username);
                    return tokenIdOf(username);
                });
    }

    private String tokenOf(String username) {
        var authentication = users.authenticationOf(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            return tokens.create("access test", 1).token();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

}
