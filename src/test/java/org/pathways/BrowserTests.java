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
                List<String> cspViolations = new ArrayList<>();
                page.onConsoleMessage(message -> {
                    if (message.text().contains("Content Security Policy")) {
                        cspViolations.add(message.text());
                    }
                });
                page.navigate(url("/login?lang=en"));
                check(page, username + "-login", problems);
                signIn(page, username);
                assertThat(page.locator("h1").first().textContent()).contains("Welcome");
                check(page, username + "-home", problems);

                Set<String> links = new LinkedHashSet<>();
                for (String href : page.locator("#main-nav a.nav-link[href^='/']").all().stream()
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
            for (String path : List.of("/admin/organizations/new", "/admin/audit?action=SIGN_IN")) {
                page.navigate(url(path));
                check(page, "admin" + path.replaceAll("[/?=]", "-"), problems);
            }
            page.navigate(url("/admin/organizations"));
            page.locator("table a").first().click();
            check(page, "admin-organization-detail", problems);
            page.navigate(url("/admin/organizations/new"));
            page.locator("main button[type=submit]").click();
            assertThat(page.locator(".invalid-feedback").count()).as("form shows its errors").isPositive();
            check(page, "admin-organization-form-errors", problems);
            signIn(page, "orgadmin");
            page.locator("a.nav-link", new Page.LocatorOptions().setHasText("My organization")).click();
            page.locator("table a").first().click();
            check(page, "orgadmin-user", problems);
            page.locator("a.nav-link", new Page.LocatorOptions().setHasText("My organization")).click();
            page.locator("main a", new Page.LocatorOptions().setHasText("Add a person")).click();
            page.fill("#displayName", "Sam Rivera");
            page.fill("#username", "sam rivera");
            page.fill("#email", "not-an-email");
            page.fill("#password", "short");
            page.locator("main button[type=submit]").click();
            assertThat(page.locator(".invalid-feedback").allTextContents()).as("every problem is named at once")
                    .contains("Use 3 to 100 letters, digits, dots, dashes, underscores or @.",
                            "Enter an email address such as name@example.org.",
                            "The password must have at least 12 characters.", "Choose at least one role.");
            check(page, "orgadmin-user-form-errors", problems);
        }
        assertThat(problems).as("serious or critical accessibility violations").isEmpty();
    }

    @Test
    void switchesToSpanishAndStaysThere() {
        List<String> problems = new ArrayList<>();
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            page.locator("a[hreflang=es]").click();
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("es");
            assertThat(page.locator("h1").textContent()).isEqualTo("Iniciar sesión");
            check(page, "es-login", problems);
            page.fill("#username", "practitioner");
            page.fill("#password", TestUsers.PASSWORD);
            page.locator("main button[type=submit]").click();
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

    private void signIn(Page page, String username) {
        page.navigate(url("/login?lang=en"));
        page.fill("#username", username);
        page.fill("#password", TestUsers.PASSWORD);
        page.locator("main button[type=submit]").click();
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

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
