package org.pathways.platform;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Riverbend Valley, a fictional region that shows the whole product: a chamber, a workforce board, two
 * OPSOs, a community college and a handful of employers, with one person per role. Every organization
 * here is flagged as demo data and every page says so. Later capabilities add their demo content to
 * these same organizations. Loaded once; a second start finds it and changes nothing.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "pathways.demo.enabled", havingValue = "true")
public class DemoRegion implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRegion.class);
    public static final String REGION = "Riverbend Valley (fictional demo region)";

    /** A demo sign-in, as the README and the start-up message list them. */
    public record DemoLogin(String username, String displayName, String organization, Role role) {
    }

    public static final List<DemoLogin> LOGINS = List.of(
            new DemoLogin("admin", "Alex Admin", "Platform administration", Role.PLATFORM_ADMIN),
            new DemoLogin("orgadmin", "Olivia Ortiz", "Second Chance Works", Role.ORG_ADMIN),
            new DemoLogin("practitioner", "Priya Patel", "Second Chance Works", Role.STAFF),
            new DemoLogin("manager", "Marcus Reed", "Riverbend Chamber of Commerce", Role.COLLABORATIVE_MANAGER),
            new DemoLogin("employer", "Elena Ruiz", "Riverbend Regional Health", Role.EMPLOYER_REP),
            new DemoLogin("viewer", "Victor Chen", "Riverbend Valley Workforce Board", Role.READ_ONLY),
            new DemoLogin("youthcoach", "Jordan Blake", "Bridges Youth Network", Role.STAFF));

    private record DemoOrganization(String name, OrganizationType type) {
    }

    private static final List<DemoOrganization> ORGANIZATIONS = List.of(
            new DemoOrganization("Riverbend Chamber of Commerce", OrganizationType.INTERMEDIARY),
            new DemoOrganization("Riverbend Valley Workforce Board", OrganizationType.INTERMEDIARY),
            new DemoOrganization("Second Chance Works", OrganizationType.OPSO),
            new DemoOrganization("Bridges Youth Network", OrganizationType.OPSO),
            new DemoOrganization("Riverbend Community College", OrganizationType.TRAINING_PROVIDER),
            new DemoOrganization("Riverbend Regional Health", OrganizationType.EMPLOYER),
            new DemoOrganization("Keystone Precision Machining", OrganizationType.EMPLOYER),
            new DemoOrganization("Lakeside Freight & Logistics", OrganizationType.EMPLOYER),
            new DemoOrganization("Northgate Software Services", OrganizationType.EMPLOYER),
            new DemoOrganization("Valley Fresh Foods", OrganizationType.EMPLOYER));

    private final Organizations organizations;
    private final UserAccounts users;
    private final UserAccountRepository accounts;
    private final String password;

    DemoRegion(Organizations organizations, UserAccounts users, UserAccountRepository accounts,
               @Value("${pathways.demo.password}") String password) {
        this.organizations = organizations;
        this.users = users;
        this.accounts = accounts;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (organizations.findByName(ORGANIZATIONS.get(0).name()).isPresent()) {
            return;
        }
        for (DemoOrganization organization : ORGANIZATIONS) {
            organizations.register(organization.name(), organization.type(), REGION, true);
        }
        for (DemoLogin login : LOGINS) {
            if (accounts.findByUsernameIgnoringCase(login.username()).isPresent()) {
                continue;
            }
            Organization organization = login.role() == Role.PLATFORM_ADMIN
                    ? organizations.platformOrganization()
                    : organizations.findByName(login.organization()).orElseThrow();
            users.save(organization, new UserAccounts.NewUser(login.username(), login.displayName(),
                    login.username() + "@demo.pathways.invalid", password, Set.of(login.role())));
        }
        log.info("Loaded the demo region {}", REGION);
    }

    public String password() {
        return password;
    }

    /**
     * Runs demo work as one of the demo people, with their organization and roles, so that a module's demo data goes
     * through its own rules and audit (a save refused in the demo is refused for everyone).
     */
    public void actingAs(String username, Runnable work) {
        PathwaysUser user = users.findForSignIn(username).orElseThrow().user();
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
