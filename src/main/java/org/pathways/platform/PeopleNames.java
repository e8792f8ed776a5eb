package org.pathways.platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * People's names where records keep who did something by username ("saved by practitioner"): pages show
 * "Priya Patel". Used from templates as {@code ${@people.name(username)}}; anything that is not a username
 * (a private link, an import, the system) is shown as it is.
 */
@Component("people")
public class PeopleNames {

    private final JdbcClient jdbc;

    PeopleNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String name(String username) {
        if (username == null || username.isBlank()) {
            return username;
        }
        return jdbc.sql("select display_name from user_account where lower(username) = lower(?)").param(username)
                .query(String.class).optional().orElse(username);
    }
}
