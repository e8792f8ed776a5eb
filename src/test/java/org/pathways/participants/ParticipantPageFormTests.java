package org.pathways.participants;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.pathways.PageForms;
import org.pathways.PathwaysTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathways.PageForms.text;

/**
 * Priya works a new participant through the pages: the profile, the confidential circumstances, a consent, a referral and
 * its stages, then a revocation and an erasure; each form refuses a bad input with its message first and saves nothing.
 * Riverbend's representative records the interview on the referral's page.
 */
@PathwaysTest
class ParticipantPageFormTests {

    private static final String PRIYA = "practitioner";

    @Autowired
    PageForms forms;
    @Autowired
    JdbcClient jdbc;

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void aParticipantGoesFromProfileToReferralThroughThePages() throws Exception {
        assertThat(text(forms.page(PRIYA, "/participants"))).contains("Consents lapsing in the next 30 days").contains("Tomás Silva");
        long before = count("participant");
        assertThat(text(forms.refused(PRIYA, "/participants/new", "givenName", "Lena", "familyName", "", "preferredLanguage", "en",
                "skills[0].name", "Forklift driving"))).contains("This field is required.")
                .as("what was typed stays").contains("value=\"Forklift driving\"");
        assertThat(text(forms.refused(PRIYA, "/participants/new", "givenName", "Lena", "familyName", "Marsh", "preferredLanguage", "en",
                "goals", "99-9999", "workHistory[0].title", "Stocker"))).contains("99-9999 is not a SOC code of the current release.")
                .contains("Job 1: name the employer.").contains("value=\"99-9999\"");
        assertThat(text(forms.refused(PRIYA, "/participants/new", "givenName", "Lena", "familyName", "", "preferredLanguage", "en",
                "goals", "99-9999"))).as("a missing name and an unknown occupation on the same submit")
                .contains("This field is required.").contains("99-9999 is not a SOC code of the current release.");
        assertThat(count("participant")).isEqualTo(before);
        String location = forms.accepted(PRIYA, "/participants/new", "givenName", "Lena", "familyName", "Marsh", "preferredLanguage", "en",
                "countyFips", "39049", "strengths", "Never late, learns a machine in a day", "skills[0].name", "Monitoring",
                "skills[1].name", "Forklift driving", "credentials[0].kind", "HIGH_SCHOOL", "credentials[0].name", "GED",
                "workHistory[0].employerName", "Quick Mart", "workHistory[0].title", "Stocker", "workHistory[0].startedOn", "2022-01-10",
                "goals", "53-7051", "shifts", "true", "hasLicense", "true", "desiredPay", "19.50", "payUnit", "HOURLY");
        long id = Long.parseLong(location.replace("/participants/", ""));
        String profile = text(forms.page(PRIYA, location));
        assertThat(profile).contains("The participant was added.").contains("Lena Marsh").contains("Never late, learns a machine in a day")
                .contains("Industrial Truck and Tractor Operators").contains("Stocker").contains("Quick Mart")
                .contains("Looking for $19.50 per hour");

        String edit = "/participants/" + id + "/edit";
        assertThat(text(forms.refused(PRIYA, edit, "version", "0", "givenName", "Lena", "familyName", "Marsh", "programEntry", "2026-05-01",
                "programExit", "2026-04-01"))).contains("The program exit cannot come before the entry.");
        forms.accepted(PRIYA, edit, "version", "0", "givenName", "Lena", "familyName", "Marsh", "preferredName", "Lee",
                "skills[0].name", "Monitoring", "goals", "53-7051");
        assertThat(text(forms.page(PRIYA, "/participants/" + id))).contains("The profile was saved.").contains("Lee Marsh");
        assertThat(text(forms.refused(PRIYA, edit, "version", "0", "givenName", "Lena", "familyName", "Marsh")))
                .contains("Someone saved this profile after you opened it");

        String circumstances = "/participants/" + id + "/circumstances";
        assertThat(text(forms.page(PRIYA, circumstances))).contains("Only your organization’s staff see this page");
        assertThat(text(forms.refused(PRIYA, circumstances, "version", "0", "barriers[0].kind", "TRANSPORTATION",
                "barriers[0].note", "Bus stops at 6 pm"))).contains("Barrier 1: choose its status.").contains("Bus stops at 6 pm");
        forms.accepted(PRIYA, circumstances, "version", "0", "populations", "LONG_TERM_UNEMPLOYED", "barriers[0].kind", "TRANSPORTATION",
                "barriers[0].status", "OPEN", "barriers[0].note", "Bus stops at 6 pm", "barriers[0].supports[0].service", "Transit pass",
                "barriers[0].supports[0].startedOn", "2026-11-01");
        String saved = forms.page(PRIYA, circumstances);
        assertThat(text(saved)).contains("The circumstances were saved.").contains("Bus stops at 6 pm");
        assertThat(saved).as("dates in date inputs").contains("value=\"2026-11-01\"");
        assertThat(text(forms.page(PRIYA, "/participants/" + id + "/access-log"))).contains("Opened the circumstances page")
                .contains("Saved them").contains("Priya Patel");

        long forklift = jdbc.sql("""
                        select min(j.id) from critical_job j join employer e on e.id = j.employer_id
                        join organization o on o.id = e.organization_id
                        where o.name = 'Second Chance Works' and e.name = 'Lakeside Freight & Logistics'
                          and j.employer_title = 'Forklift Operator'""").query(Long.class).single();
        long lakeside = jdbc.sql("select employer_id from critical_job where id = ?").param(forklift).query(Long.class).single();
        String consents = "/participants/" + id + "/consents";
        assertThat(text(forms.refused(PRIYA, consents, "recipientEmployerId", String.valueOf(lakeside), "purpose", "REFERRAL",
                "categories", "CONTACT", "givenBy", "PARTICIPANT", "method", "PAPER_SIGNED", "givenOn", "2026-11-01", "expiresOn",
                        "2026-10-01")))
                .contains("A consent must end after the day it was given.");
        forms.accepted(PRIYA, consents, "recipientEmployerId", String.valueOf(lakeside), "purpose", "REFERRAL", "categories", "CONTACT",
                "categories", "SKILLS_CREDENTIALS", "givenBy", "PARTICIPANT", "method", "PAPER_SIGNED",
                "givenOn", LocalDate.now().minusDays(1).toString(), "expiresOn", LocalDate.now().plusMonths(6).toString());
        long consent = jdbc.sql("select id from consent where participant_id = ?").param(id).query(Long.class).single();

        String refer = "/participants/" + id + "/referrals";
        assertThat(text(forms.refused(PRIYA, refer, "criticalJobId", String.valueOf(forklift), "consentId", "")))
                .contains("Choose the consent the referral is made under.");
        String referral = forms.accepted(PRIYA, refer, "criticalJobId", String.valueOf(forklift), "consentId", String.valueOf(consent));
        assertThat(referral).startsWith("/referrals/");
        assertThat(text(forms.page(PRIYA, referral))).contains("The referral was made.").contains("Lee Marsh for Forklift Operator");
        String stages = referral + "/stages";
        assertThat(text(forms.refused(PRIYA, stages, "stage", "HIRED", "occurredOn", LocalDate.now().toString())))
                .contains("Record the offer before the hire.");
        forms.accepted(PRIYA, stages, "stage", "APPLIED", "occurredOn", LocalDate.now().toString());
        assertThat(text(forms.page(PRIYA, referral))).contains("The stage was recorded.").contains("Applied");
        assertThat(text(forms.page(PRIYA, "/critical-jobs/" + forklift + "/pipeline"))).contains("Pipeline: Forklift Operator")
                .contains("Lee Marsh");

        String revoke = "/consents/" + consent + "/revoke";
        assertThat(forms.submit(PRIYA, revoke, "reason", "x".repeat(501)).getStatus()).isEqualTo(302);
        assertThat(text(forms.page(PRIYA, "/participants/" + id))).contains("Keep the reason to 500 characters.").contains("Active");
        forms.accepted(PRIYA, revoke, "reason", "Changed her mind");
        assertThat(text(forms.page(PRIYA, "/participants/" + id))).contains("The consent was revoked").contains("Changed her mind");

        String erase = "/participants/" + id + "/erase";
        assertThat(forms.submit(PRIYA, erase, "confirmName", "Marshall").getStatus()).isEqualTo(302);
        assertThat(text(forms.page(PRIYA, "/participants/" + id))).contains("Nothing was erased.").contains("Lee Marsh");
        forms.accepted(PRIYA, erase, "confirmName", "marsh");
        assertThat(text(forms.page(PRIYA, "/participants"))).contains("The participant was erased.").doesNotContain("Lee Marsh");
        assertThat(text(forms.page(PRIYA, "/participants/" + id))).contains("Erased participant").doesNotContain("Marsh");
    }

    @Test
    void anImportIsAllOrNothingNamesRowAndColumnAndSealsTheConfidentialColumns() throws Exception {
        long before = count("participant");
        String refused = text(forms.upload(PRIYA, "/participants/import", "participants.csv",
                "given name,family name,birth date,goals,populations\n"
                        + "Rosa,Imported,1990-04-02,51-4041,SINGLE_PARENTS\n"
                        + "Omar,Imported,02/04/1990,99-9999,PIRATES\n").getContentAsString());
        assertThat(refused)
                .containsPattern("<td>3</td>\\s*<td>birth date</td>\\s*<td>“02/04/1990” is not a date written as YYYY-MM-DD.</td>")
                .containsPattern("<td>3</td>\\s*<td>populations</td>\\s*<td>“PIRATES” is not one of the opportunity populations");
        assertThat(count("participant")).as("all or nothing: Rosa was not kept either").isEqualTo(before);
        assertThat(text(forms.upload(PRIYA, "/participants/import", "participants.csv",
                "given name,family name,goals\nOmar,Imported,99-9999\n").getContentAsString()))
                .containsPattern("<td>2</td>\\s*<td>goals</td>\\s*<td>99-9999 is not a SOC code of the current release.</td>");

        String done = text(forms.upload(PRIYA, "/participants/import", "participantes.csv",
                "nombre,apellidos,idioma,condado,habilidades,metas,poblaciones,barreras\n"
                        + "Rosa,Importada,español,39049,Monitoring;Cuida a tres hermanos,51-4041,SINGLE_PARENTS,CHILD_CARE;TRANSPORTATION\n"
                        + "Omar,Importado,en,,,,,\n").getContentAsString());
        assertThat(done).contains("Imported 2 participants from participantes.csv.");
        long rosa = jdbc.sql("select id from participant where family_name = 'Importada'").query(Long.class).single();
        assertThat(jdbc.sql("select preferred_language from participant where id = ?").param(rosa).query(String.class).single())
                .isEqualTo("es");
        assertThat(text(forms.page(PRIYA, "/participants/" + rosa + "/circumstances"))).as("sealed, and opened for the staff")
                .contains("selected=\"selected\">Child care").contains("checked=\"checked\"");
        assertThat(jdbc.sql("select count(*) from participant_circumstances where participant_id = ?").param(rosa)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anEmployerProfileIsLinkedToTheEmployersOwnOrganizationAndUnlinked() throws Exception {
        long northgate = jdbc.sql("""
                        select e.id from employer e join organization o on o.id = e.organization_id
                        where o.name = 'Second Chance Works' and e.name = 'Northgate Software Services'""").query(Long.class).single();
        long hospital = jdbc.sql("select id from organization where name = 'Riverbend Regional Health'").query(Long.class).single();
        long secondChance = jdbc.sql("select id from organization where name = 'Second Chance Works'").query(Long.class).single();
        String page = "/employers/" + northgate;
        assertThat(text(forms.page(PRIYA, page))).contains("Not linked to an organization on Pathways");
        assertThat(forms.submit(PRIYA, page + "/own-organization", "organizationId", String.valueOf(secondChance)).getStatus())
                .as("an OPSO is not an employer's own organization").isEqualTo(302);
        assertThat(text(forms.page(PRIYA, page))).contains("Choose an employer organization that uses Pathways.");
        forms.accepted(PRIYA, page + "/own-organization", "organizationId", String.valueOf(hospital));
        assertThat(text(forms.page(PRIYA, page))).contains("The link to the employer’s organization was saved.")
                .contains("selected=\"selected\">Riverbend Regional Health");
        forms.accepted(PRIYA, page + "/own-organization", "organizationId", "");
        assertThat(jdbc.sql("select own_organization_id from employer where id = ?").param(northgate).query(Long.class).optional())
                .as("unlinked again").isEmpty();
    }

    @Test
    void theMatchesExplainEachLineAndKeepTheConfidentialNotesForStaff() throws Exception {
        long marcus = jdbc.sql("select id from participant where given_name = 'Marcus' and family_name = 'Reed'").query(Long.class)
                .single();
        String matches = text(forms.page(PRIYA, "/participants/" + marcus + "/matches"));
        assertThat(matches).contains("Critical jobs that fit Marcus Reed").contains("CNC Machinist").contains("% fit")
                .contains("One of their goals").contains("NIMS Machining Level I").contains("The employer trains this on the job.")
                .as("the record check, from the circumstances, for the staff").contains("For your staff only")
                .contains("Jobs without requirements recorded yet");
        String spanish = text(forms.page(PRIYA, "/participants/" + marcus + "/matches?lang=es"));
        assertThat(spanish).contains("Empleos críticos que encajan con Marcus Reed");
    }

    @Test
    void thePathwayGoesFromTheLastJobWithWagesAndJobsInReachAndPrintsInTheParticipantsLanguage() throws Exception {
        long marcus = jdbc.sql("select id from participant where given_name = 'Marcus' and family_name = 'Reed'").query(Long.class)
                .single();
        String pathway = text(forms.page(PRIYA, "/participants/" + marcus + "/pathway"));
        assertThat(pathway).contains("Career pathway: Marcus Reed").contains("From your last job: Machinists")
                .as("the machinist job Priya keeps at Keystone is in reach").contains("CNC Machinist at Keystone Precision Machining")
                .containsPattern("Median pay a year: \\$[0-9,]+ \\(\\$[0-9,]+–\\$[0-9,]+\\)");
        var pdf = forms.download(PRIYA, "/participants/" + marcus + "/pathway/document?format=PDF");
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        long jose = jdbc.sql("select id from participant where given_name = 'José' and family_name = 'Hernández'").query(Long.class)
                .single();
        assertThat(text(forms.download(PRIYA, "/participants/" + jose + "/pathway/document?format=HTML").getContentAsString()))
                .as("José reads Spanish: his copy is in Spanish").contains("Desde su empleo actual")
                .contains("Preparado por Second Chance Works");
    }

    @Test
    void theEmployerRecordsWhatItDecidedOnTheReferralsPage() throws Exception {
        long referral = jdbc.sql("""
                        select r.id from referral r join participant p on p.id = r.participant_id
                        where p.given_name = 'Aaliyah' and p.family_name = 'Brooks'""").query(Long.class).single();
        String page = "/referrals/" + referral;
        String seen = text(forms.page("employer", page));
        assertThat(seen).contains("Aaliyah Brooks for Patient Care Tech - ED").contains("What they share with you")
                .contains("Service Orientation").doesNotContain("Child care").doesNotContain("second-shift care");
        assertThat(text(forms.page("employer", "/referrals"))).contains("Referrals to our jobs").contains("Patient Care Tech - ED");
        long declined = jdbc.sql("""
                        select r.id from referral r join participant p on p.id = r.participant_id
                        where p.given_name = 'Keisha' and p.family_name = 'Lawson'""").query(Long.class).single();
        assertThat(text(forms.page("employer", "/referrals/" + declined))).as("the participant's reasons stay with the OPSO")
                .contains("Declined the offer").doesNotContain("could not cover her rent").doesNotContain("Record the next stage");
        assertThat(text(forms.refused("employer", page + "/stages", "stage", "RETAINED_30", "occurredOn", LocalDate.now().toString())))
                .contains("Record what reached or was decided by your organization");
        forms.accepted("employer", page + "/stages", "stage", "OFFERED", "occurredOn", LocalDate.now().toString());
        assertThat(text(forms.page("employer", page))).contains("The stage was recorded.").contains("Offered");
    }

    @Test
    void theExportHoldsTheOpsosPeopleAndTheirCircumstancesOnlyWhenAnAdministratorGivesAReason() throws Exception {
        var plain = forms.submit(PRIYA, "/participants/export");
        assertThat(plain.getStatus()).isEqualTo(200);
        assertThat(plain.getHeader("Content-Disposition")).startsWith("attachment; filename=\"participants-");
        assertThat(plain.getHeader("Cache-Control")).isEqualTo("no-store");
        String csv = plain.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).startsWith("\uFEFF\"Given name\",\"Family name\"").doesNotContain("Barriers").doesNotContain("Populations");
        long people = jdbc.sql("""
                        select count(*) from participant p join organization o on o.id = p.organization_id
                        where o.name = 'Second Chance Works' and p.erased_at is null""").query(Long.class).single();
        assertThat(lines).hasSize((int) people + 1);
        assertThat(csv).contains("\"Marcus\",\"Reed\"").contains("\"Franklin County, OH\"").contains("51-4041")
                .as("another OPSO's people never").doesNotContain("Jaylen").as("no confidential note, no population code")
                .doesNotContain("second-shift care").doesNotContain("JUSTICE_INVOLVED");

        assertThat(forms.submit(PRIYA, "/participants/export", "confidential", "true", "reason", "Funder audit of 2026").getStatus())
                .as("staff who are not administrators are sent back").isEqualTo(303);
        assertThat(text(forms.page(PRIYA, "/participants"))).contains("Only an administrator of your organization can export");
        assertThat(forms.submit("orgadmin", "/participants/export", "confidential", "true", "reason", "audit").getStatus()).isEqualTo(303);
        assertThat(text(forms.page("orgadmin", "/participants"))).contains("Say why the file needs the confidential columns");
        long reads = count("participant_access");
        var full = forms.submit("orgadmin", "/participants/export", "confidential", "true", "reason", "State funder file review, Dec 2026");
        assertThat(full.getStatus()).isEqualTo(200);
        String withCircumstances = full.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(withCircumstances.split("\r\n")[0]).endsWith("\"Populations\",\"Barriers\"");
        assertThat(withCircumstances).contains("JUSTICE_INVOLVED").as("the notes never leave").doesNotContain("second-shift care");
        assertThat(count("participant_access") - reads).as("each person's read is in their access log").isEqualTo(people);
        assertThat(jdbc.sql("select detail from audit_event where action = 'participant.exported' order by id desc limit 1")
                .query(String.class).single()).isEqualTo(people + " participants, with the confidential columns: State funder file review, "
                        + "Dec 2026");
    }

    @Test
    void aJobsCandidatesAreTheOpsosPeopleRankedByTheSameRulesWithoutReadingTheirCircumstances() throws Exception {
        long machinist = jdbc.sql("""
                        select j.id from critical_job j join employer e on e.id = j.employer_id
                        join organization o on o.id = e.organization_id
                        where o.name = 'Second Chance Works' and e.name = 'Keystone Precision Machining'
                          and j.employer_title = 'CNC Machinist'""")
                .query(Long.class).single();
        long reads = count("participant_access");
        String page = text(forms.page(PRIYA, "/critical-jobs/" + machinist + "/candidates"));
        assertThat(page).contains("Who could fit: CNC Machinist").contains("Marcus Reed").contains("% fit").contains("One of their goals")
                .as("Marcus is already there, at his referral's stage").contains("Retained 90 days")
                .as("another OPSO's people never").doesNotContain("Jaylen Price");
        assertThat(count("participant_access")).as("the list reads nobody's circumstances").isEqualTo(reads);
        assertThat(text(forms.page(PRIYA, "/critical-jobs/" + machinist + "/pipeline"))).contains("Who could fit this job");
    }

    @Test
    void aProgramTheOpsoRecordsIsNamedBesideTheGapsItWouldClose() throws Exception {
        String programs = "/participants/programs";
        assertThat(text(forms.refused(PRIYA, programs, "name", "", "provider", "Columbus Adult Education")))
                .contains("Name the program.").contains("Say what the program leads to");
        String start = LocalDate.now().plusDays(30).toString();
        forms.accepted(PRIYA, programs, "name", "GED evening classes", "provider", "Columbus Adult Education", "credentialKind",
                "HIGH_SCHOOL", "nextStart", start);
        assertThat(text(forms.page(PRIYA, programs))).contains("The program was recorded.").contains("GED evening classes")
                .contains("High-school diploma or equivalent");
        long jose = jdbc.sql("select id from participant where given_name = 'José' and family_name = 'Hernández'").query(Long.class)
                .single();
        assertThat(text(forms.page(PRIYA, "/participants/" + jose + "/matches")))
                .as("beside the diploma he does not hold yet")
                .contains("Program: GED evening classes (Columbus Adult Education), next start " + start);
        long program = jdbc.sql("select id from training_program where name = 'GED evening classes'").query(Long.class).single();
        forms.accepted(PRIYA, programs + "/" + program + "/remove");
        assertThat(text(forms.page(PRIYA, "/participants/" + jose + "/matches"))).doesNotContain("GED evening classes");
    }
}
