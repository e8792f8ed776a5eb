package org.pathways.demand;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pathways.TestUsers;
import org.pathways.demand.DemandSurveys.Period;
import org.pathways.demand.DemandSurveys.SurveyInput;
import org.pathways.demand.SurveyAnswers.JobAnswer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Fresh surveys of the demo healthcare collaborative for the demand tests: opened by the chamber's manager, answered through links. */
@Component
class HealthcareSurveys {

    private final DemandSurveys surveys;
    private final SurveyAnswers answers;
    private final TestUsers users;
    private final JdbcClient jdbc;

    HealthcareSurveys(DemandSurveys surveys, SurveyAnswers answers, TestUsers users, JdbcClient jdbc) {
        this.surveys = surveys;
        this.answers = answers;
        this.users = users;
        this.jdbc = jdbc;
    }

    long collaborative() {
        return jdbc.sql("select id from collaborative where name = 'Riverbend Healthcare Talent Collaborative'").query(Long.class).single();
    }

    /** A survey of two periods, opened, with the manager left signed in; each employer's link token by its name, and "survey". */
    Map<String, String> open(String title, List<String> socs) {
        SecurityContextHolder.getContext().setAuthentication(users.authenticationOf("manager"));
        long id = surveys.create(collaborative(), new SurveyInput(title, null, LocalDate.now(ZoneOffset.UTC).plusDays(10),
                List.of(new Period(1, "Next 12 months", 12), new Period(2, "Years 2 and 3", 24)), socs)).id();
        surveys.open(id);
        Map<String, String> links = new LinkedHashMap<>();
        surveys.invitations(id).forEach(i -> links.put(i.employerName(), i.link().substring(i.link().indexOf("/s/") + 3)));
        links.put("survey", Long.toString(id));
        return links;
    }

    /** Submits the answers through the link, the unusual numbers confirmed. */
    void submit(String token, Map<String, JobAnswer> given) {
        answers.save(token, answers.open(token).version(), given, true, true);
    }
}
