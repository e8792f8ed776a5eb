package org.pathways;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real pages in Debian's Chromium: sign in as each demo person, follow the navigation, switch to
 * Spanish, take a screenshot of every page under target/screenshots/, and check each with axe-core
 * (no serious or critical violations) and for Content-Security-Policy violations (none).
 */
@PathwaysTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTests {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Paths.get("target/screenshots");

    @LocalServerPort
    int port;

    private Playwright playwright;
    private Browser browser;

    @BeforeAll
    void launch() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "Browser tests skipped: no Chromium at /usr/bin/chromium (apt-get install -y chromium)");
        Files.createDirectories(SCREENSHOTS);
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void everyPersonCanMoveThroughTheirNavigationAndEveryPageIsAccessible() {
        List<String> problems = new ArrayList<>();
        for (String username : List.of("admin", "orgadmin", "practitioner", "manager", "employer", "viewer")) {
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
                Page page = context.newPage();
                List<String> cspViolations = cspViolationsOf(page);
                page.navigate(url("/login?lang=en"));
                check(page, username + "-login", problems);
                signIn(page, username);
                assertThat(page.locator("h1").first().textContent()).contains("Welcome");
                check(page, username + "-home", problems);

                Set<String> links = new LinkedHashSet<>();
                for (String href : page.locator("#main-nav a.nav-link[href^='/'], #main-nav a.dropdown-item[href^='/']").all().stream()
                        .map(link -> link.getAttribute("href")).toList()) {
                    if (!href.contains("lang=") && !href.contains("swagger")) {
                        links.add(href);
                    }
                }
                links.add("/profile");
                for (String link : links) {
                    page.navigate(url(link));
                    assertThat(page.title()).as(link).isNotBlank();
                    check(page, username + link.replace('/', '-'), problems);
                }
                page.navigate(url("/admin/organizations/999999"));
                check(page, username + "-not-found", problems);
                assertThat(cspViolations).as("Content-Security-Policy violations for " + username).isEmpty();
            }
        }
        assertThat(problems).as("serious or critical accessibility violations").isEmpty();
    }

    @Test
    void administratorsPagesAreAccessible() {
        List<String> problems = new ArrayList<>();
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "admin");
            for (String path : List.of("/admin/organizations/new", "/admin/audit?action=signIn.succeeded")) {
                page.navigate(url(path));
                check(page, "admin" + path.replaceAll("[/?=]", "-"), problems);
            }
            page.navigate(url("/admin/organizations"));
            follow(page, page.locator("table a").first());
            check(page, "admin-organization-detail", problems);
            page.navigate(url("/admin/organizations/new"));
            follow(page, page.locator("main button[type=submit]"));
            assertThat(page.locator(".invalid-feedback").count()).as("form shows its errors").isPositive();
            check(page, "admin-organization-form-errors", problems);
            signIn(page, "orgadmin");
            page.navigate(url("/partnership-fit/weights"));
            page.fill("#weight-leadership", "25");
            follow(page, page.locator("main button[type=submit]").first());
            assertThat(page.locator(".alert-danger").textContent()).contains("The weights total 105");
            check(page, "orgadmin-fit-weights-errors", problems);
            page.navigate(url("/"));
            fromAccountMenu(page, "My organization");
            follow(page, page.locator("table a").first());
            check(page, "orgadmin-user", problems);
            fromAccountMenu(page, "My organization");
            follow(page, page.locator("main a", new Page.LocatorOptions().setHasText("Add a person")));
            page.fill("#displayName", "Sam Rivera");
            page.fill("#username", "sam rivera");
            page.fill("#email", "not-an-email");
            page.fill("#password", "short");
            follow(page, page.locator("main button[type=submit]"));
            assertThat(page.locator(".invalid-feedback").allTextContents()).as("every problem is named at once")
                    .contains("Use 3 to 100 letters, digits, dots, dashes, underscores or @.",
                            "Enter an email address such as name@example.org.",
                            "The password must have at least 12 characters.", "Choose at least one role.");
            check(page, "orgadmin-user-form-errors", problems);
        }
        assertThat(problems).as("serious or critical accessibility violations").isEmpty();
    }

    @Test
    void aPractitionerCodesAJobTitleAndReadsTheOccupation() {
        List<String> problems = new ArrayList<>();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = context.newPage();
            signIn(page, "practitioner");
            follow(page, page.locator("a.nav-link", new Page.LocatorOptions().setHasText("Labor market data")));
            // htmx must have loaded before typing, or the type-ahead has nothing listening
            page.waitForURL(url("/reference"));
            page.fill("#title", "Phlebotomist PRN - 2nd shift");
            page.locator("#title-results li").first().waitFor();
            assertThat(page.locator("#title-results li").first().textContent()).contains("Phlebotomists").contains("31-9097");
            page.fill("#naics", "machine shop");
            page.locator("#naics-results li").first().waitFor();
            assertThat(page.locator("#naics-results").textContent()).contains("Machine Shops");
            page.fill("#county", "franklin oh");
            page.locator("#county-results li").first().waitFor();
            assertThat(page.locator("#county-results").textContent()).contains("Franklin County, OH").contains("Columbus, OH");
            check(page, "practitioner-reference-search", problems);
            follow(page, page.locator("#title-results a").first());
            page.waitForURL(url("/reference/occupations/31-9097"));
            assertThat(page.locator("h1").textContent()).isEqualTo("Phlebotomists");
            assertThat(page.locator("main").textContent()).contains("Median annual wage").contains("Openings a year");
            check(page, "practitioner-occupation", problems);
            page.navigate(url("/reference/occupations/29-1141?lang=es"));
            assertThat(page.locator("main").textContent()).contains("Salario anual mediano");
            check(page, "es-occupation", problems);
        }
        assertThat(problems).as("serious or critical accessibility violations").isEmpty();
    }

    @Test
    void aPractitionerAddsACriticalJobWithASuggestedOccupation() {
        List<String> problems = new ArrayList<>();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = context.newPage();
            signIn(page, "practitioner");
            follow(page, page.locator("a.nav-link", new Page.LocatorOptions().setHasText("Employers")));
            page.waitForURL(url("/employers"));
            follow(page, page.locator("table a", new Page.LocatorOptions().setHasText("Keystone Precision Machining")).first());
            page.waitForURL(java.util.regex.Pattern.compile(".*/employers/\\d+$"));
            assertThat(page.locator("main").textContent()).contains("CNC Machinist").contains("Machinists").contains("Franklin County, OH");
            check(page, "practitioner-employer", problems);
            String employer = page.url();
            page.navigate(url("/employers/import"));
            check(page, "practitioner-employer-import", problems);
            for (String part : List.of("/workbook", "/fit", "/engagements", "/engagements/new", "/value-proposition")) {
                page.navigate(employer + part);
                check(page, "practitioner-employer" + part.replace('/', '-'), problems);
            }
            page.navigate(employer + "/engagements");
            follow(page, page.locator("main a", new Page.LocatorOptions().setHasText("Change")).first());
            assertThat(page.locator("h1").textContent()).startsWith("Change an engagement");
            check(page, "practitioner-engagement-edit", problems);
            page.navigate(url("/partnership-fit/weights"));
            check(page, "practitioner-fit-weights", problems);
            page.navigate(employer);
            follow(page, page.locator("main a", new Page.LocatorOptions().setHasText("Add a critical job")));
            page.waitForURL(java.util.regex.Pattern.compile(".*/critical-jobs/new$"));
            page.fill("#employerTitle", "CNC Machinist - 3rd shift");
            page.locator("#soc-pick li").first().waitFor();
            String suggested = page.locator("#soc-pick li").first().getAttribute("data-code");
            String suggestedTitle = page.locator("#soc-pick li").first().getAttribute("data-title");
            page.locator("#soc-pick li").first().click();
            assertThat(page.inputValue("#socCode")).as("the chosen suggestion fills the code").isEqualTo(suggested);
            page.fill("#payMin", "24");
            page.fill("#payMax", "19");
            page.fill("#rank-TURNOVER", "1");
            page.fill("#rank-DIVERSITY", "3");
            follow(page, page.locator("main button[type=submit]"));
            assertThat(page.locator(".invalid-feedback").allTextContents()).anyMatch(t -> t.contains("runs backwards"));
            assertThat(page.locator(".alert-danger").textContent()).as("the pain-point ranks are named in the same round")
                    .contains("Rank 2 is missing");
            check(page, "practitioner-critical-job-errors", problems);
            page.fill("#payMin", "19");
            page.fill("#payMax", "24");
            page.fill("#rank-DIVERSITY", "2");
            page.fill("#criticalityRank", "4");
            follow(page, page.locator("main button[type=submit]"));
            page.waitForURL(java.util.regex.Pattern.compile(".*/employers/\\d+$"));
            assertThat(page.locator("main").textContent()).contains("CNC Machinist - 3rd shift").contains(suggestedTitle);
            page.navigate(page.url() + "?lang=es");
            assertThat(page.locator("main").textContent()).contains("Puestos críticos");
            check(page, "es-employer", problems);
        }
        assertThat(problems).as("serious or critical accessibility violations").isEmpty();
    }

    @Test
    void aPractitionerAddsAnOnetRequirementAndReadsThePostingAndTheRollUpInSpanishOnAPhone() {
        List<String> problems = new ArrayList<>();
        String requirements;
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = context.newPage();
            signIn(page, "practitioner");
            follow(page, page.locator("a.nav-link", new Page.LocatorOptions().setHasText("Employers")));
            follow(page, page.locator("table a", new Page.LocatorOptions().setHasText("Keystone Precision Machining")).first());
            follow(page, page.locator("a[aria-label='Hiring requirements for CNC Machinist']"));
            page.waitForURL(java.util.regex.Pattern.compile(".*/critical-jobs/\\d+/requirements$"));
            requirements = page.url();
            int row = 0;
            while (!page.inputValue("[id='items" + row + ".kind']").isEmpty()) {
                row++;
            }
            page.selectOption("[id='items" + row + ".kind']", "COMPETENCY");
            page.fill("[id='items" + row + ".name']", "troublesh");
            Locator suggestion = page.locator("#pick-" + row + " li", new Page.LocatorOptions().setHasText("Troubleshooting")).first();
            suggestion.waitFor();
            suggestion.click();
            assertThat(page.inputValue("[id='items" + row + ".elementId']")).as("the O*NET element chosen").isEqualTo("2.B.3.k");
            assertThat(page.inputValue("[id='items" + row + ".competencyType']")).isEqualTo("SKILL");
            page.selectOption("[id='items" + row + ".necessity']", "REQUIRED");
            page.selectOption("[id='items" + row + ".importance']", "3");
            follow(page, page.locator("main button[type=submit]"));
            assertThat(page.locator("main").textContent()).contains("The hiring requirements were saved.");
            assertThat(page.inputValue("[id='items" + row + ".name']")).isEqualTo("Troubleshooting");
            check(page, "practitioner-requirements", problems);
            follow(page, page.locator("main a", new Page.LocatorOptions().setHasText("Job posting for job boards")));
            assertThat(page.locator("main").textContent()).contains("Troubleshooting").contains("\"@type\" : \"JobPosting\"");
            check(page, "practitioner-job-posting", problems);
        }
        try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
            Page page = phone.newPage();
            signIn(page, "practitioner");
            page.navigate(requirements + "?lang=es");
            assertThat(page.locator("main").textContent()).contains("Requisitos de contratación").contains("Prácticas de contratación");
            check(page, "es-phone-requirements", problems);
            page.navigate(requirements.replace("/requirements", "/job-posting") + "?lang=es");
            assertThat(page.locator("main").textContent()).contains("Cómo contratamos");
            check(page, "es-phone-job-posting", problems);
            page.navigate(url("/collaboratives?lang=en")); // the Spanish pages above set the language for what follows
            follow(page, page.locator("main a", new Page.LocatorOptions().setHasText("Central Ohio Advanced Manufacturing Collaborative")));
            follow(page, page.locator("main a", new Page.LocatorOptions().setHasText("Hiring requirements across the members")));
            page.navigate(page.url() + "?lang=es");
            assertThat(page.locator("main").textContent()).contains("Perfil común de requisitos").contains("Reservado");
            check(page, "es-phone-requirements-roll-up", problems);
            assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("nothing runs off the phone's screen").isTrue();
        }
        assertThat(problems).as("serious or critical accessibility violations").isEmpty();
    }

    @Test
    void aPractitionerCreatesAndEditsAnEmployerOnItsPageAndArchivingAsksFirst() {
        List<String> problems = new ArrayList<>();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = context.newPage();
            signIn(page, "practitioner");
            page.navigate(url("/employers"));
            follow(page, page.locator("main a", new Page.LocatorOptions().setHasText("New employer")));
            follow(page, page.locator("main button[type=submit]"));
            assertThat(page.locator("main .alert-danger").textContent()).as("the blank form names every problem at the top")
                    .contains("This field is required.");
            check(page, "practitioner-employer-new-errors", problems);
            page.fill("#name", "Maple Street Bakery");
            page.selectOption("#sector", "PRIVATE_FOR_PROFIT");
            page.fill("#industryDescription", "Wholesale bread and pastry");
            page.fill("#headCount", "45");
            page.fill("#notes", "Met at the chamber breakfast");
            follow(page, page.locator("main button[type=submit]"));
            page.waitForURL(java.util.regex.Pattern.compile(".*/employers/\\d+$"));
            assertThat(page.locator("main .alert-success").textContent()).contains("The employer was added.");
            assertThat(page.locator("main").textContent()).contains("Maple Street Bakery").contains("Met at the chamber breakfast");
            String employer = page.url();

            follow(page, page.locator("main a", new Page.LocatorOptions().setHasText("Edit")).first());
            page.fill("#notes", "Second shift starts in March");
            follow(page, page.locator("main button[type=submit]"));
            page.waitForURL(employer);
            assertThat(page.locator("main .alert-success").textContent()).contains("Your changes were saved.");
            assertThat(page.locator("main").textContent()).contains("Second shift starts in March");

            // archiving asks first, naming what happens; saying no changes nothing
            List<String> asked = new ArrayList<>();
            page.onceDialog(dialog -> {
                asked.add(dialog.message());
                dialog.dismiss();
            });
            page.locator("main button", new Page.LocatorOptions().setHasText("Archive")).click();
            assertThat(asked).singleElement().asString().contains("Archive Maple Street Bakery?").contains("you can restore it");
            assertThat(page.locator("main").textContent()).doesNotContain("The employer was archived.");
            page.onceDialog(dialog -> dialog.accept());
            follow(page, page.locator("main button", new Page.LocatorOptions().setHasText("Archive")));
            assertThat(page.locator("main .alert-success").textContent()).contains("The employer was archived.");
            check(page, "practitioner-employer-archived", problems);
        }
        assertThat(problems).as("serious or critical accessibility violations").isEmpty();
    }

    @Test
    void aPractitionerWritesAValuePropositionChecksItsWordingAndPrintsIt() {
        List<String> problems = new ArrayList<>();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = context.newPage();
            List<String> cspViolations = cspViolationsOf(page);
            signIn(page, "practitioner");
            // searched for, not paged to: the other tests add employers to the list, which shows 25 a page
            page.navigate(url("/employers?q=Valley%20Fresh%20Foods"));
            follow(page, page.locator("table a", new Page.LocatorOptions().setHasText("Valley Fresh Foods")).first());
            follow(page, page.locator("main a", new Page.LocatorOptions().setHasText("Value proposition")).first());
            page.waitForURL(java.util.regex.Pattern.compile(".*/employers/\\d+/value-proposition$"));
            assertThat(page.locator(".alert-info").textContent()).contains("fresh draft from the profile");
            assertThat(page.inputValue("#painPoints")).as("the draft starts from the employer's pain points").contains("Food Production Worker");
            check(page, "practitioner-value-proposition-draft", problems);

            page.fill("#proposal", page.inputValue("#proposal") + " We refer ex-offenders who are hard to employ.");
            follow(page, page.locator("main button", new Page.LocatorOptions().setHasText("Check the wording")));
            assertThat(page.locator("main .alert-warning").textContent()).contains("“ex-offenders” labels people").contains("hard to employ");
            assertThat(page.inputValue("#proposal")).as("checking saves nothing and keeps the text").endsWith("hard to employ.");
            check(page, "practitioner-value-proposition-wording", problems);

            page.fill("#proposal", "We would like to work with you on first-shift production jobs.");
            page.fill("[name='measures[0].target']", "");
            follow(page, page.locator("main button", new Page.LocatorOptions().setHasText("Save as a new version")));
            assertThat(page.locator(".invalid-feedback").allTextContents()).anyMatch(t -> t.contains("Measure 1: give the target as a number"));
            check(page, "practitioner-value-proposition-errors", problems);
            page.fill("[name='measures[0].target']", "75");
            follow(page, page.locator("main button", new Page.LocatorOptions().setHasText("Save as a new version")));
            assertThat(page.locator(".alert-success").first().textContent()).contains("Saved as a new version");
            assertThat(page.locator("#history-heading")).isNotNull();
            assertThat(page.inputValue("[name='measures[0].target']")).isEqualTo("75");
            String builder = page.url();

            page.navigate(builder + "/document");
            assertThat(page.locator("h1").textContent()).contains("Working together: a proposal for Valley Fresh Foods");
            check(page, "practitioner-value-proposition-print", problems);
            page.navigate(builder + "?lang=es");
            assertThat(page.locator("h1").textContent()).contains("Propuesta de valor para Valley Fresh Foods");
            check(page, "es-value-proposition", problems);
            page.navigate(url("/value-propositions/wording"));
            check(page, "es-wording", problems);
            page.navigate(url("/value-propositions/wording?lang=en"));
            check(page, "practitioner-wording", problems);
            assertThat(cspViolations).as("Content-Security-Policy violations").isEmpty();
        }
        assertThat(problems).as("serious or critical accessibility violations").isEmpty();
    }

    @Test
    void aManagerFollowsASurveyAndAnEmployerAnswersItInSpanishOnAPhone() {
        List<String> problems = new ArrayList<>();
        String link;
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = context.newPage();
            signIn(page, "manager");
            follow(page, page.locator("a.nav-link", new Page.LocatorOptions().setHasText("Collaboratives")));
            check(page, "manager-collaboratives", problems);
            follow(page, page.locator("table a", new Page.LocatorOptions().setHasText("Riverbend Healthcare Talent Collaborative")));
            assertThat(page.locator("main").textContent()).contains("Shared critical jobs").contains("RN Med/Surg");
            check(page, "manager-collaborative", problems);
            String collaborative = page.url();
            for (String form : List.of(collaborative + "/edit", collaborative + "/surveys/new", url("/collaboratives/new"))) {
                page.navigate(form);
                check(page, "manager-form" + form.substring(form.indexOf("/collaboratives")).replaceAll("[/?=]", "-"), problems);
            }
            page.navigate(collaborative);
            follow(page, page.locator("main a", new Page.LocatorOptions().setHasText("Surveys and demand roll-up")));
            // the demo's survey of this year (other tests add surveys of their own)
            follow(page, page.locator("tr").filter(new Locator.FilterOptions().setHasText("Hiring needs"))
                    .filter(new Locator.FilterOptions().setHasText("Open for answers")).locator("a").first());
            assertThat(page.locator("main").textContent()).contains("Who answered").contains("Demand roll-up");
            check(page, "manager-survey-open", problems);
            String survey = page.url();
            page.navigate(survey + "/import");
            check(page, "manager-survey-import", problems);
            page.navigate(survey);
            String full = page.locator("tr", new Page.LocatorOptions().setHasText("Riverbend Senior Living")).locator("input[readonly]").inputValue();
            link = full.substring(full.indexOf("/s/"));
        }
        try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
            Page page = phone.newPage();
            page.navigate(url(link + "?lang=es"));
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("es");
            assertThat(page.locator("main").textContent()).contains("Para Riverbend Senior Living").contains("Sus respuestas son confidenciales");
            check(page, "es-survey-answer", problems);
            page.fill("#head-31-1131", "120");
            page.fill("#growth-31-1131-1", "4");
            page.fill("#replacement-31-1131-1", "30");
            follow(page, page.locator("button[value=submit]"));
            assertThat(page.locator(".alert-success").textContent()).contains("Gracias");
            assertThat(page.inputValue("#replacement-31-1131-1")).as("the saved answer is shown back").isEqualTo("30");
            check(page, "es-survey-submitted", problems);
            assertThat(phone.cookies().stream().map(c -> c.name).toList()).as("no session for a private link").doesNotContain("SESSION");
        }
        assertThat(problems).as("serious or critical accessibility violations").isEmpty();
    }

    @Test
    void onAPhoneTablesStackAndNothingRunsOffTheScreen() {
        List<String> problems = new ArrayList<>();
        List<String> overflowing = new ArrayList<>();
        try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
            Page page = phone.newPage();
            signIn(page, "manager");
            page.navigate(url("/collaboratives"));
            follow(page, page.locator("table a", new Page.LocatorOptions().setHasText("Riverbend Healthcare Talent Collaborative")));
            follow(page, page.locator("main a", new Page.LocatorOptions().setHasText("Surveys and demand roll-up")));
            // last year's survey, closed, with its roll-up
            follow(page, page.locator("tr").filter(new Locator.FilterOptions().setHasText("Closed")).locator("a").first());
            String survey = page.url();
            for (String path : List.of(survey, url("/employers"), url("/"), url("/collaboratives"))) {
                page.navigate(path);
                Object wider = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth + 1");
                if (Boolean.TRUE.equals(wider)) {
                    overflowing.add(path);
                }
                check(page, "phone" + path.replaceAll("^http://[^/]+", "").replaceAll("[/?=]", "-"), problems);
            }
            page.navigate(survey);
            assertThat(page.locator("table.table-stack td[data-label]").first().isVisible()).isTrue();
            assertThat(page.locator("table.table-stack thead").boundingBox().height).as("the header row is not shown on a phone").isLessThan(2);
        }
        assertThat(overflowing).as("pages wider than a 390-pixel phone").isEmpty();
        assertThat(problems).as("serious or critical accessibility violations").isEmpty();
    }

    @Test
    void switchesToSpanishAndStaysThere() {
        List<String> problems = new ArrayList<>();
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            follow(page, page.locator("a[hreflang=es]"));
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("es");
            assertThat(page.locator("h1").textContent()).isEqualTo("Iniciar sesión");
            check(page, "es-login", problems);
            page.fill("#username", "practitioner");
            page.fill("#password", TestUsers.PASSWORD);
            follow(page, page.locator("main button[type=submit]"));
            page.waitForURL(url("/"));
            assertThat(page.locator("h1").textContent()).contains("Bienvenida/o");
            assertThat(page.content()).contains("Región de demostración");
            check(page, "es-home", problems);
            page.navigate(url("/profile"));
            assertThat(page.locator("h1").textContent()).isEqualTo("Su perfil");
            assertThat(page.locator("form[action='/profile/tokens'] input[name=name]").count()).as("one name field").isEqualTo(1);
            check(page, "es-profile", problems);
        }
        assertThat(problems).as("serious or critical accessibility violations").isEmpty();
    }

    /** Collects what the browser reports as blocked by the Content-Security-Policy while the page is used. */
    private static List<String> cspViolationsOf(Page page) {
        List<String> violations = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                violations.add(message.text());
            }
        });
        return violations;
    }

    /** The pages of the account menu (my organization, audit log, sent messages, profile): open it, then follow the item. */
    private static void fromAccountMenu(Page page, String item) {
        page.locator("#account-menu").click();
        follow(page, page.locator("a.dropdown-item", new Page.LocatorOptions().setHasText(item)));
    }

    private void signIn(Page page, String username) {
        page.navigate(url("/login?lang=en"));
        page.fill("#username", username);
        page.fill("#password", TestUsers.PASSWORD);
        follow(page, page.locator("main button[type=submit]"));
        page.waitForURL(url("/"));
    }

    private void check(Page page, String name, List<String> problems) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice")).analyze();
        results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .forEach(v -> problems.add(name + ": " + v.getId() + " (" + v.getImpact() + ") " + v.getHelp()
                        + " at " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList()));
    }

    /**
     * Clicks something that loads a new page and waits for that page. A bare click returns before the response
     * arrives, so reading the page right after it can still read the old one.
     */
    @SuppressWarnings("deprecation") // waitForNavigation is the one call that waits for a form's POST response as well as a link
    private static void follow(Page page, Locator target) {
        page.waitForNavigation(target::click);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
