package org.pathways.participants;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.pathways.PageForms;
import org.pathways.PathwaysTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathways.PageForms.text;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The private links close the loop without accounts: a participant sees, gives and stops their consents on their own page;
 * an employer without accounts sees the consented profile of one referral and records its decision. Each link opens only
 * its own page, a new one withdraws the old, and every refused link is audited.
 */
@PathwaysTest
class ParticipantLinkTests {

    private static final String PRIYA = "practitioner";
    private static final Pattern CONSENT_LINK = Pattern.compile("/c/([0-9]+\\.[A-Za-z0-9_-]+)");
    private static final Pattern REFERRAL_LINK = Pattern.compile("/r/([0-9]+\\.[A-Za-z0-9_-]+)");

    @Autowired
    PageForms forms;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private long participant(String given, String family) {
        return jdbc.sql("select id from participant where given_name = ? and family_name = ?").params(given, family).query(Long.class)
                .single();
    }

    private static String found(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as("a private link in " + text.substring(0, Math.min(200, text.length()))).isTrue();
        return m.group(1);
    }

    /** Someone with the link and no account. */
    private MockHttpServletResponse anonymous(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.locale(Locale.ENGLISH)).andReturn().getResponse();
    }

    private record Sent(String subject, String body) {
    }

    /** What the outbox sent to an address, as its Sent messages page lists it. */
    private java.util.List<Sent> sent(String recipient) {
        return jdbc.sql("select subject, body from outbound_message where recipient = ? order by id desc").param(recipient)
                .query((rs, n) -> new Sent(rs.getString(1), rs.getString(2))).list();
    }

    private long consents(long participantId) {
        return jdbc.sql("select count(*) from consent where participant_id = ?").param(participantId).query(Long.class).single();
    }

    @Test
    void aParticipantSeesGivesAndStopsTheirConsentsOnTheirOwnPage() throws Exception {
        long hannah = participant("Hannah", "Kim");
        forms.accepted(PRIYA, "/participants/" + hannah + "/consent-link", "send", "true");
        String profile = text(forms.page(PRIYA, "/participants/" + hannah));
        assertThat(profile).contains("The link was made and sent.").contains("Their own consent page").contains("not opened yet");
        String token = found(CONSENT_LINK, profile);
        assertThat(sent("hannah.kim@demo.pathways.invalid")).as("sent to the address on her profile, with her link")
                .anyMatch(m -> m.body().contains("/c/" + token) && m.subject().equals("Your consents at Second Chance Works"));

        MockHttpServletResponse page = anonymous(get("/c/" + token));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        String own = text(page.getContentAsString());
        assertThat(own).contains("Who sees your profile").contains("Hello Hannah.")
                .contains("They never see what you told Second Chance Works")
                .as("no staff page, no name of another participant").doesNotContain("Priya Patel").doesNotContain("Marcus Reed");
        assertThat(text(anonymous(get("/c/" + token + "?lang=es")).getContentAsString())).contains("Quién ve su perfil")
                .contains("Nunca ven lo que usted le contó");

        long lakeside = jdbc.sql("""
                        select e.id from employer e join organization o on o.id = e.organization_id
                        where o.name = 'Second Chance Works' and e.name = 'Lakeside Freight & Logistics'""").query(Long.class).single();
        long before = consents(hannah);
        String refused = text(anonymous(post("/c/" + token).param("recipientEmployerId", String.valueOf(lakeside))
                .param("purpose", "REFERRAL").param("categories", "CONTACT").param("months", "12")).getContentAsString());
        assertThat(refused).contains("Type your full name to sign.").contains("Tick the box to say you agree");
        assertThat(text(anonymous(post("/c/" + token).param("recipientEmployerId", String.valueOf(lakeside)).param("purpose", "REFERRAL")
                .param("months", "99").param("signedName", "Hannah Kim").param("agreed", "true")).getContentAsString()))
                .as("every problem at once, the consent's own rules too").contains("Choose how long, from 1 to 36 months.")
                .contains("Choose at least one part of the profile to share.");
        assertThat(consents(hannah)).isEqualTo(before);

        String given = text(anonymous(post("/c/" + token).param("recipientEmployerId", String.valueOf(lakeside))
                .param("purpose", "REFERRAL")
                .param("categories", "CONTACT").param("categories", "SKILLS_CREDENTIALS").param("months", "6")
                .param("signedName", "Hannah Kim").param("agreed", "true")).getContentAsString());
        assertThat(given).contains("Done: Lakeside Freight & Logistics may now see what you ticked.").contains("Shared now");
        assertThat(text(anonymous(post("/c/" + token).param("recipientEmployerId", String.valueOf(lakeside)).param("purpose", "REFERRAL")
                .param("categories", "CONTACT").param("months", "6").param("signedName", "Hannah Kim").param("agreed", "true"))
                .getContentAsString())).as("not twice to the same employer")
                .contains("You already share with Lakeside Freight & Logistics");
        assertThat(text(anonymous(post("/c/" + token).param("purpose", "REFERRAL").param("categories", "CONTACT").param("months", "6")
                .param("signedName", "Hannah Kim").param("agreed", "true")).getContentAsString()))
                .contains("Choose the employer you want to share with.").doesNotContain("not both");
        var consent = jdbc.sql("""
                        select id, method, signed_name, created_by, expires_on from consent
                        where participant_id = ? order by id desc limit 1""")
                .param(hannah).query().singleRow();
        assertThat(consent.get("method")).isEqualTo("E_SIGNED");
        assertThat(consent.get("signed_name")).isEqualTo("Hannah Kim");
        assertThat(consent.get("created_by")).isEqualTo("participant (private link)");
        assertThat(consent.get("expires_on").toString()).isEqualTo(LocalDate.now().plusMonths(6).toString());
        long consentId = (Long) consent.get("id");

        String stopped = text(anonymous(post("/c/" + token + "/revoke").param("consentId", String.valueOf(consentId))
                .param("reason", "Found a job myself")).getContentAsString());
        assertThat(stopped).contains("Stopped: Lakeside Freight & Logistics sees nothing more of your profile.").contains("You stopped it");
        assertThat(jdbc.sql("select revoked_by from consent where id = ?").param(consentId).query(String.class).single())
                .isEqualTo("participant (private link)");
        assertThat(text(anonymous(post("/c/" + token + "/revoke").param("consentId", String.valueOf(consentId))).getContentAsString()))
                .as("a second stop is refused with a message").contains("This consent was already revoked.");
        long someoneElses = jdbc.sql("select min(id) from consent where participant_id <> ? and revoked_at is null").param(hannah)
                .query(Long.class).single();
        assertThat(anonymous(post("/c/" + token + "/revoke").param("consentId", String.valueOf(someoneElses))).getStatus())
                .as("another person's consent is not reachable from this page").isEqualTo(404);
        assertThat(jdbc.sql("select revoked_at is null from consent where id = ?").param(someoneElses).query(Boolean.class).single())
                .isTrue();
        assertThat(text(forms.page(PRIYA, "/participants/" + hannah))).as("staff see what she did and how")
                .contains("signed electronically").contains("opened 2 times");

        // a new link withdraws the old; a forged or foreign one opens nothing; every refusal is audited
        forms.accepted(PRIYA, "/participants/" + hannah + "/consent-link");
        MockHttpServletResponse old = anonymous(get("/c/" + token));
        assertThat(old.getStatus()).isEqualTo(410);
        assertThat(text(old.getContentAsString())).contains("This link does not open your consent page").contains("withdrawn");
        String forged = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        assertThat(anonymous(get("/c/" + forged)).getStatus()).isEqualTo(404);
        assertThat(anonymous(get("/r/" + token)).getStatus())
                .as("a consent link does not open a referral page").isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'participant.link.refused'").query(Long.class).single())
                .isGreaterThanOrEqualTo(3);
        assertThat(anonymous(post("/c/" + token).param("recipientEmployerId", String.valueOf(lakeside)).param("categories", "CONTACT")
                .param("months", "6").param("signedName", "Hannah Kim").param("agreed", "true")).getStatus()).isEqualTo(410);
        assertThat(consents(hannah)).isEqualTo(before + 1);
    }

    @Test
    void someoneUnder18HasAGuardianSignAndAnErasedPersonsLinkStopsWorking() throws Exception {
        String location = forms.accepted(PRIYA, "/participants/new", "givenName", "Rosa", "familyName", "Delgado",
                "preferredLanguage", "es",
                "birthDate", LocalDate.now().minusYears(16).toString(), "email", "rosa.delgado@demo.pathways.invalid");
        long rosa = Long.parseLong(location.replace("/participants/", ""));
        forms.accepted(PRIYA, "/participants/" + rosa + "/consent-link");
        String token = found(CONSENT_LINK, forms.page(PRIYA, "/participants/" + rosa));
        assertThat(text(forms.page(PRIYA, "/participants/" + rosa))).as("her link opens in her language").contains("?lang=es");
        assertThat(text(anonymous(get("/c/" + token)).getContentAsString())).contains("a parent or guardian gives this consent");
        long lakeside = jdbc.sql("select id from employer where name = 'Lakeside Freight & Logistics' and organization_id = "
                + "(select id from organization where name = 'Second Chance Works')").query(Long.class).single();
        assertThat(text(anonymous(post("/c/" + token).param("recipientEmployerId", String.valueOf(lakeside)).param("purpose", "REFERRAL")
                .param("categories", "CONTACT").param("months", "6").param("signedName", "Rosa Delgado").param("agreed", "true"))
                .getContentAsString())).contains("Name the guardian who gave the consent.");
        anonymous(post("/c/" + token).param("recipientEmployerId", String.valueOf(lakeside)).param("purpose", "REFERRAL")
                .param("categories", "CONTACT").param("months", "6").param("guardianName", "Marta Delgado")
                .param("signedName", "Marta Delgado").param("agreed", "true"));
        assertThat(jdbc.sql("select given_by || ' ' || guardian_name from consent where participant_id = ?").param(rosa).query(String.class)
                .single()).isEqualTo("GUARDIAN Marta Delgado");

        forms.accepted(PRIYA, "/participants/" + rosa + "/erase", "confirmName", "Delgado");
        assertThat(anonymous(get("/c/" + token)).getStatus()).as("erasure withdraws her links").isEqualTo(410);
        assertThat(jdbc.sql("select count(*) from consent where participant_id = ? and signed_name is not null").param(rosa)
                .query(Long.class).single()).as("the typed signature is personal data too").isZero();
    }

    @Test
    void anEmployerWithoutAnAccountSeesTheConsentedProfileAndRecordsItsDecisionByLink() throws Exception {
        long referral = jdbc.sql("""
                        select r.id from referral r join participant p on p.id = r.participant_id
                        join employer e on e.id = r.employer_id join consent c on c.id = r.consent_id
                        join organization o on o.id = r.organization_id
                        where o.name = 'Second Chance Works' and e.own_organization_id is null and r.stage = 'REFERRED'
                          and c.revoked_at is null and c.expires_on > current_date
                        order by r.id limit 1""").query(Long.class).single();
        String page = "/referrals/" + referral;
        assertThat(forms.submit(PRIYA, page + "/employer-link", "email", "not an address").getStatus()).isEqualTo(302);
        assertThat(text(forms.page(PRIYA, page))).contains("Enter an email address such as name@example.org.");
        forms.accepted(PRIYA, page + "/employer-link", "email", "hiring@lakeside.example");
        String staff = text(forms.page(PRIYA, page));
        String token = found(REFERRAL_LINK, staff);
        assertThat(staff).contains("sent to hiring@lakeside.example");
        assertThat(sent("hiring@lakeside.example")).as("in both languages, to the address given")
                .anyMatch(m -> m.body().contains("/r/" + token) && m.body().contains("No necesitan una cuenta"));

        String seen = text(anonymous(get("/r/" + token)).getContentAsString());
        String participantName = jdbc.sql("""
                        select coalesce(p.preferred_name, p.given_name) || ' ' || p.family_name from referral r
                        join participant p on p.id = r.participant_id where r.id = ?""").param(referral).query(String.class).single();
        assertThat(seen).contains("Sent by Second Chance Works").contains("What they share with you").contains(participantName)
                .as("no staff notes, no circumstances").doesNotContain("Record the next stage").doesNotContain("Decided by");
        String refused = text(anonymous(post("/r/" + token).param("stage", "RETAINED_30").param("occurredOn", LocalDate.now().toString()))
                .getContentAsString());
        assertThat(refused).contains("Record what reached or was decided by your organization");
        assertThat(text(anonymous(post("/r/" + token).param("stage", "HIRED").param("occurredOn", LocalDate.now().toString()))
                .getContentAsString())).contains("before the hire");
        assertThat(text(anonymous(post("/r/" + token).param("stage", "INTERVIEWED").param("occurredOn", LocalDate.now().toString()))
                .getContentAsString())).as("the rule says what comes first").contains("Record the application before the interview.");
        anonymous(post("/r/" + token).param("stage", "APPLIED").param("occurredOn", LocalDate.now().toString()));
        assertThat(text(anonymous(post("/r/" + token).param("stage", "INTERVIEWED").param("occurredOn", LocalDate.now().toString())
                .param("note", "an OPSO-only note cannot be slipped in")).getContentAsString())).contains("The stage was recorded.");
        var stage = jdbc.sql("""
                        select stage, decided_by, recorded_by, note from referral_stage where referral_id = ? order by id desc limit 1""")
                .param(referral).query().singleRow();
        assertThat(stage.get("stage")).isEqualTo("INTERVIEWED");
        assertThat(stage.get("decided_by")).isEqualTo("EMPLOYER");
        assertThat((String) stage.get("recorded_by")).endsWith("(private link)");
        assertThat(stage.get("note")).isNull();
        assertThat(text(forms.page(PRIYA, page))).contains("Interviewed").contains("opened once");

        // once the consent ends, the employer's page shows nothing of the profile any more
        long consent = jdbc.sql("select consent_id from referral where id = ?").param(referral).query(Long.class).single();
        forms.accepted(PRIYA, "/consents/" + consent + "/revoke", "reason", "Asked us to stop");
        String after = text(anonymous(get("/r/" + token)).getContentAsString());
        assertThat(after).contains("their profile is no longer shared").doesNotContain(participantName);

        long link = jdbc.sql("select id from participant_link where referral_id = ? and withdrawn_at is null").param(referral)
                .query(Long.class).single();
        long participantId = jdbc.sql("select participant_id from referral where id = ?").param(referral).query(Long.class).single();
        assertThat(forms.accepted(PRIYA, "/participants/" + participantId + "/links/" + link + "/withdraw"))
                .startsWith("/referrals/" + referral);
        assertThat(anonymous(get("/r/" + token)).getStatus()).isEqualTo(410);
        assertThat(anonymous(post("/r/" + token).param("stage", "OFFERED").param("occurredOn", LocalDate.now().toString())).getStatus())
                .isEqualTo(410);
    }
}
