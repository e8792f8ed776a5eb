package org.pathways.employers;

import org.junit.jupiter.api.Test;
import org.pathways.PageForms;
import org.pathways.PathwaysTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathways.PageForms.text;

/**
 * The employer profile's page forms as a practitioner fills them in: each saves what a person types and
 * shows it afterwards, and each names what is wrong when it refuses. The profile is a new employer of
 * these tests' own, so the demo region stays as the other tests expect it.
 */
@PathwaysTest
class EmployerPageFormTests {

    private static final String PRIYA = "practitioner";

    @Autowired
    PageForms forms;
    @Autowired
    JdbcClient jdbc;

    private long newEmployer(String name) throws Exception {
        String location = forms.accepted(PRIYA, "/employers", "name", name, "sector", "PRIVATE_FOR_PROFIT", "naicsCode", "332710",
                "headCount", "120", "notes", "Met at the chamber breakfast");
        assertThat(location).matches("/employers/\\d+");
        return Long.parseLong(location.substring("/employers/".length()));
    }

    private int version(String table, long id) {
        return jdbc.sql("select version from " + table + " where id = ?").param(id).query(Integer.class).single();
    }

    @Test
    void anEmployerIsCreatedAndEditedOnItsPage() throws Exception {
        String blank = forms.refused(PRIYA, "/employers", "name", " ", "headCount", "-5");
        assertThat(blank).contains("This field is required.").contains("Enter 0 or more.");
        assertThat(jdbc.sql("select count(*) from employer where name = ' '").query(Long.class).single()).isZero();

        long employer = newEmployer("Harbor Lights Bakery");
        String page = forms.page(PRIYA, "/employers/" + employer);
        assertThat(page).contains("Harbor Lights Bakery").contains("Met at the chamber breakfast").contains("The employer was added.");

        String duplicate = text(forms.refused(PRIYA, "/employers", "name", "harbor lights bakery", "sector", "PRIVATE_FOR_PROFIT"));
        assertThat(duplicate).contains("already keeps a profile named").contains("save it anyway");
        assertThat(forms.accepted(PRIYA, "/employers", "name", "harbor lights bakery", "sector", "PRIVATE_NONPROFIT",
                "confirmDuplicate", "true")).matches("/employers/\\d+");

        assertThat(forms.page(PRIYA, "/employers/" + employer + "/edit")).contains("Met at the chamber breakfast");
        int read = version("employer", employer);
        forms.accepted(PRIYA, "/employers/" + employer, "version", String.valueOf(read), "name", "Harbor Lights Bakery",
                "sector", "PRIVATE_FOR_PROFIT", "naicsCode", "332710", "notes", "Second shift starts in March");
        assertThat(forms.page(PRIYA, "/employers/" + employer)).contains("Second shift starts in March").contains("Your changes were saved.");

        String stale = text(forms.refused(PRIYA, "/employers/" + employer, "version", String.valueOf(read), "name", "Harbor Lights Bakery",
                "sector", "PRIVATE_FOR_PROFIT", "notes", "Typed on an old copy"));
        assertThat(stale).contains("Someone saved this record after you opened it").contains("Typed on an old copy");
        assertThat(forms.page(PRIYA, "/employers/" + employer)).doesNotContain("Typed on an old copy");
    }

    @Test
    void establishmentsContactsCriticalJobsSourcingAndTheCsrProfileSaveOnTheirPages() throws Exception {
        long employer = newEmployer("Riverside Tool Works");

        assertThat(forms.refused(PRIYA, "/employers/" + employer + "/establishments", "name", "")).contains("This field is required.");
        forms.accepted(PRIYA, "/employers/" + employer + "/establishments", "name", "Riverside plant", "state", "OH",
                "countyFips", "39049", "headCount", "80", "headquarters", "true");
        assertThat(forms.page(PRIYA, "/employers/" + employer)).contains("Riverside plant").contains("The establishment was added.");
        long plant = jdbc.sql("select id from establishment where employer_id = ?").param(employer).query(Long.class).single();
        forms.accepted(PRIYA, "/establishments/" + plant, "version", String.valueOf(version("establishment", plant)),
                "name", "Riverside main plant", "state", "OH", "countyFips", "39049", "headCount", "95");
        assertThat(forms.page(PRIYA, "/employers/" + employer)).contains("Riverside main plant").contains("The establishment was saved.");
        assertThat(forms.refused(PRIYA, "/establishments/" + plant, "version", String.valueOf(version("establishment", plant)),
                "name", "", "headCount", "95")).contains("This field is required.");

        assertThat(forms.refused(PRIYA, "/employers/" + employer + "/contacts", "name", "Ana Ruiz", "level", "CORPORATE"))
                .contains("This field is required.");
        forms.accepted(PRIYA, "/employers/" + employer + "/contacts", "name", "Ana Ruiz", "role", "HUMAN_RESOURCES", "level", "CORPORATE",
                "pointOfContact", "true", "email", "ana.ruiz@example.org");
        assertThat(forms.page(PRIYA, "/employers/" + employer)).contains("Ana Ruiz").contains("The person was added.");
        long ana = jdbc.sql("select id from employer_contact where employer_id = ?").param(employer).query(Long.class).single();
        forms.accepted(PRIYA, "/contacts/" + ana, "version", String.valueOf(version("employer_contact", ana)), "name", "Ana Ruiz-Ortega",
                "role", "HUMAN_RESOURCES", "level", "CORPORATE");
        assertThat(forms.page(PRIYA, "/employers/" + employer)).contains("Ana Ruiz-Ortega").contains("The person was saved.");
        assertThat(text(forms.refused(PRIYA, "/contacts/" + ana, "version", String.valueOf(version("employer_contact", ana)),
                "name", "Ana Ruiz-Ortega", "role", "HUMAN_RESOURCES", "level", "ESTABLISHMENT")))
                .contains("Choose the establishment this person works at");
        forms.accepted(PRIYA, "/contacts/" + ana + "/archive");
        assertThat(forms.page(PRIYA, "/employers/" + employer)).contains("The person is no longer listed.");
        forms.accepted(PRIYA, "/contacts/" + ana + "/restore");
        assertThat(forms.page(PRIYA, "/employers/" + employer)).contains("The person is listed again.");

        String inverted = text(forms.refused(PRIYA, "/employers/" + employer + "/critical-jobs", "employerTitle", "CNC machinist",
                "socCode", "51-4041", "payMin", "30", "payMax", "20", "payUnit", "HOUR", "rank.TURNOVER", "nine", "positions", "-3"));
        assertThat(inverted).as("the form's limits and the rules that need data, in one round").contains("is not a rank")
                .contains("Enter 0 or more.").contains("runs backwards");
        forms.accepted(PRIYA, "/employers/" + employer + "/critical-jobs", "employerTitle", "CNC machinist", "socCode", "51-4041",
                "socConfirmed", "true", "positions", "12", "openings", "3", "payMin", "22", "payMax", "29", "payUnit", "HOUR",
                "criticalityRank", "1", "rank.TURNOVER", "1", "analysis.TURNOVER", "ANALYSED", "note.TURNOVER", "Half leave in the first year");
        assertThat(forms.page(PRIYA, "/employers/" + employer)).contains("CNC machinist").contains("The critical job was added.");
        long machinist = jdbc.sql("select id from critical_job where employer_id = ?").param(employer).query(Long.class).single();
        forms.accepted(PRIYA, "/critical-jobs/" + machinist, "version", String.valueOf(version("critical_job", machinist)),
                "employerTitle", "CNC machinist, second shift", "socCode", "51-4041", "payUnit", "HOUR", "criticalityRank", "1");
        assertThat(forms.page(PRIYA, "/employers/" + employer)).contains("CNC machinist, second shift").contains("The critical job was saved.");
        assertThat(forms.refused(PRIYA, "/critical-jobs/" + machinist, "version", String.valueOf(version("critical_job", machinist)),
                "employerTitle", "", "payUnit", "HOUR")).contains("This field is required.");

        assertThat(forms.refused(PRIYA, "/critical-jobs/" + machinist + "/sourcing", "version",
                String.valueOf(version("critical_job", machinist)), "reach", "COUNTY")).contains("Name the counties it recruits in");
        forms.accepted(PRIYA, "/critical-jobs/" + machinist + "/sourcing", "version", String.valueOf(version("critical_job", machinist)),
                "level", "ESTABLISHMENT", "reach", "COUNTY", "counties", "39049", "channels", "COLLEGES", "channels", "OPSOS",
                "hiresOpportunity", "YES", "populations", "JUSTICE_INVOLVED");
        assertThat(forms.page(PRIYA, "/employers/" + employer)).contains("<span>: Franklin County, OH</span>").contains("Already hires: People with a justice record");

        String stale = text(forms.refused(PRIYA, "/employers/" + employer + "/csr-dei", "version", String.valueOf(version("employer", employer) + 7), "csrStaff", "true"));
        assertThat(stale).contains("Someone saved this record after you opened it");
        assertThat(text(forms.refused(PRIYA, "/employers/" + employer + "/csr-dei", "version", String.valueOf(version("employer", employer)),
                "csrApproach", "PHILANTHROPY"))).as("an answer outside the choices").contains("Choose one of the listed answers.");
        forms.accepted(PRIYA, "/employers/" + employer + "/csr-dei", "version", String.valueOf(version("employer", employer)),
                "csrStaff", "true", "csrApproach", "MIXED", "deiPriority", "SOME_LOCATIONS", "deiExperience", "LEARNING");
        assertThat(forms.page(PRIYA, "/employers/" + employer)).contains("a mix of both");

        int read = version("employer", employer);
        forms.accepted(PRIYA, "/employers/" + employer + "/archive", "version", String.valueOf(read));
        assertThat(forms.page(PRIYA, "/employers/" + employer)).contains("The employer was archived.");
        forms.accepted(PRIYA, "/employers/" + employer + "/archive", "version", String.valueOf(read + 1), "archived", "false");
        assertThat(forms.page(PRIYA, "/employers/" + employer)).contains("The employer was restored.");
    }

    @Test
    void placesAreWrittenAsPeopleWriteThemAndFormatsAreExplained() throws Exception {
        long employer = newEmployer("Scioto Mills Bakery");
        String zip = text(forms.refused(PRIYA, "/employers/" + employer + "/establishments", "name", "Bakery", "state", "Ohio",
                "postalCode", "ABCDE", "countyFips", "franklin"));
        assertThat(zip).contains("Write the ZIP code as 5 digits (43215) or ZIP+4").doesNotContain("Use from 0 to");
        assertThat(text(forms.refused(PRIYA, "/employers/" + employer + "/establishments", "name", "Bakery", "countyFips", "Nowhere Such")))
                .contains("No county is called “Nowhere Such”");
        forms.accepted(PRIYA, "/employers/" + employer + "/establishments", "name", "Bakery", "state", "Ohio", "postalCode", "43215",
                "countyFips", "Franklin County");
        assertThat(jdbc.sql("select state || ' ' || county_fips from establishment where employer_id = ?").param(employer)
                .query(String.class).single()).as("the state by name and the county by name are kept as codes").isEqualTo("OH 39049");
        assertThat(forms.page(PRIYA, "/employers/" + employer + "/establishments/new")).contains("<option value=\"OH\">OH · Ohio</option>");

        // the list's filters take the names their pickers write, and say so when a name names nothing
        assertThat(forms.page(PRIYA, "/reference/pickers/metros?cbsa=colum")).contains("data-code=\"18140\"").contains("Columbus, OH");
        assertThat(forms.page(PRIYA, "/employers?q=Scioto%20Mills&county=Franklin%20County%2C%20OH")).contains("Scioto Mills Bakery");
        assertThat(forms.page(PRIYA, "/employers?q=Scioto%20Mills&county=franklin%20oh")).contains("Scioto Mills Bakery");
        assertThat(forms.page(PRIYA, "/employers?q=Scioto%20Mills&cbsa=Columbus%2C%20OH")).contains("Scioto Mills Bakery");
        assertThat(forms.page(PRIYA, "/employers?q=Scioto%20Mills&county=Delaware%20County%2C%20OH")).doesNotContain("Scioto Mills Bakery");
        String nowhere = text(forms.page(PRIYA, "/employers?q=Scioto%20Mills&county=Nowhere%20Such"));
        assertThat(nowhere).contains("Nothing is listed: No county is called “Nowhere Such”").doesNotContain("Scioto Mills Bakery");

        assertThat(text(forms.refused(PRIYA, "/employers/" + employer + "/contacts", "name", "Lee Park", "role", "HUMAN_RESOURCES",
                "level", "CORPORATE", "phone", "call me"))).contains("Write a phone number someone can dial");
        forms.accepted(PRIYA, "/employers/" + employer + "/contacts", "name", "Lee Park", "role", "HUMAN_RESOURCES", "level", "CORPORATE",
                "phone", "(614) 555-0142 ext. 12");
        assertThat(forms.page(PRIYA, "/employers/" + employer)).contains("Lee Park");
    }

    @Test
    void homeHealthAidesAreInTheStarterSetAndAWeakMatchSaysSo() throws Exception {
        String aide = forms.page(PRIYA, "/reference/pickers/job-titles?q=Home%20Health%20Aide%20-%20weekends");
        assertThat(aide).as("the first suggestion").containsPattern("(?s)<li[^>]*data-code=\"31-1121\"").doesNotContain("No good match");
        assertThat(aide.indexOf("31-1121")).isLessThan(aide.indexOf("29-1141") < 0 ? Integer.MAX_VALUE : aide.indexOf("29-1141"));

        // one ordinary word of the title in common is not a match, and the page says so instead of offering the first
        String weak = forms.page(PRIYA, "/reference/pickers/job-titles?q=Zorbulating%20Flux%20Technician");
        assertThat(weak).as("something is suggested").contains("% match");
        assertThat(text(weak)).contains("No good match for “Zorbulating Flux Technician”");
    }

    @Test
    void payIsShownInBothUnitsBesideTheNationalRangeAndFarFromItIsFlagged() throws Exception {
        long employer = newEmployer("Maple Grove Home Care");
        forms.accepted(PRIYA, "/employers/" + employer + "/critical-jobs", "employerTitle", "Home health aide", "socCode", "31-1121",
                "socConfirmed", "true", "payMin", "9", "payMax", "10", "payUnit", "HOUR");
        forms.accepted(PRIYA, "/employers/" + employer + "/critical-jobs", "employerTitle", "Machinist", "socCode", "51-4041",
                "socConfirmed", "true", "payMin", "22", "payMax", "29", "payUnit", "HOUR");
        forms.accepted(PRIYA, "/employers/" + employer + "/critical-jobs", "employerTitle", "Lead machinist", "socCode", "51-4041",
                "socConfirmed", "true", "payMin", "52000", "payMax", "60000", "payUnit", "HOUR");
        String page = forms.page(PRIYA, "/employers/" + employer);
        String text = text(page);

        // OEWS publishes home health aides only with personal care aides (31-1120); the starter set carries that group
        assertThat(text).as("the employer's hourly pay as yearly, the national median as hourly, and the range")
                .contains("about $18,720–$20,800 a year").contains("$34,900 median a year").contains("about $16.78 an hour")
                .contains("4 in 5 earn $25,600–$44,190 a year");
        assertThat(text).contains("Pay is below what 9 in 10 people in Home Health Aides earn nationally: about $19,760 a year here,"
                + " while the lowest tenth earn under $25,600.");
        assertThat(text).as("a yearly salary entered as hourly").contains("Pay is above what 9 in 10 people in Machinists earn nationally")
                .contains("the top tenth earn over $78,760");
        assertThat(page.split("data-pay-check=", -1)).as("the machinist paid $22–$29 an hour is inside the range").hasSize(3);
        assertThat(forms.page(PRIYA, "/employers/" + employer + "?lang=es")).contains("El pago está por debajo de lo que ganan 9 de cada 10 personas");
    }

    @Test
    void anImportMeetsTheLimitsOfTheFormItStandsFor() throws Exception {
        long before = jdbc.sql("select count(*) from employer").query(Long.class).single();
        String report = text(forms.upload(PRIYA, "/employers/import", "employers.csv",
                "name,sector,head count\nOrchard Lane Foods,Private for profit,40\n" + "W".repeat(201) + ",Education,12\n")
                .getContentAsString());
        assertThat(report).as("the record's own limit, named at its row and column")
                .containsPattern("<td>3</td>\\s*<td>name</td>\\s*<td>Use from 0 to 200 characters.</td>");
        assertThat(jdbc.sql("select count(*) from employer").query(Long.class).single()).as("all or nothing").isEqualTo(before);
    }

    @Test
    void associationsAndTheirInitiativesAreKeptOnTheirPages() throws Exception {
        assertThat(forms.refused(PRIYA, "/intermediaries", "name", "", "dedicatedStaff", "-1"))
                .contains("This field is required.").contains("Enter 0 or more.");
        String location = forms.accepted(PRIYA, "/intermediaries", "name", "Riverbend Food Processors Association",
                "kind", "INDUSTRY_ASSOCIATION", "workforceMission", "true", "dedicatedStaff", "2", "role", "CONVENER", "usesTpm", "false");
        long association = Long.parseLong(location.substring("/intermediaries/".length()));
        assertThat(forms.page(PRIYA, location)).contains("Riverbend Food Processors Association").contains("The association was added.");

        forms.accepted(PRIYA, location, "version", String.valueOf(version("intermediary", association)),
                "name", "Riverbend Food and Beverage Association", "kind", "INDUSTRY_ASSOCIATION", "dedicatedStaff", "3");
        assertThat(forms.page(PRIYA, location)).contains("Riverbend Food and Beverage Association");
        assertThat(text(forms.refused(PRIYA, location, "version", String.valueOf(version("intermediary", association) + 5),
                "name", "Typed on an old copy", "kind", "INDUSTRY_ASSOCIATION"))).contains("Someone saved this record after you opened it");

        long member = newEmployer("Valley Dairy Cooperative");
        forms.accepted(PRIYA, location + "/members", "employerId", String.valueOf(member));
        assertThat(forms.page(PRIYA, location)).contains("Valley Dairy Cooperative");

        // the initiative form sits on the association's page, which shows the problem after the redirect
        assertThat(forms.submit(PRIYA, location + "/initiatives", "name", "").getRedirectedUrl()).isEqualTo(location);
        assertThat(forms.page(PRIYA, location)).contains("Give the initiative a name and a kind.");
        String initiative = forms.accepted(PRIYA, location + "/initiatives", "name", "Food safety apprenticeship board",
                "kind", "ADVISORY_BOARD", "description", "Employers who shape the apprenticeship");
        assertThat(forms.page(PRIYA, initiative)).contains("Food safety apprenticeship board").contains("The initiative was added.");
        forms.accepted(PRIYA, initiative + "/members", "employerId", String.valueOf(member));
        assertThat(forms.page(PRIYA, initiative)).contains("Valley Dairy Cooperative");
    }
}
