package org.pathways;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After the rest of the suite (the browser tests, the imports, the mail, the hostile input), what it logged holds no
 * participant's name, e-mail or phone number. Staff names are allowed (who did what belongs in a log), and so is the demo
 * region's password, which the start-up report shows on purpose, as the README does.
 */
@PathwaysTest
@Order(Integer.MAX_VALUE - 2)
class LogsTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSuitesLogHoldsNoParticipantsPersonalData() {
        List<String> lines = KeptLog.lines();
        assertThat(lines).as("the suite logged something to read").isNotEmpty();
        List<String> staff = jdbc.sql("select lower(display_name) from person_directory").query(String.class).list();
        List<String> personal = new ArrayList<>();
        jdbc.sql("""
                        select given_name || ' ' || family_name, email, phone from participant
                        where erased_at is null""").query((rs, n) -> {
                            String name = rs.getString(1);
                            if (name != null && !staff.contains(name.toLowerCase())) {
                                personal.add(name);
                            }
                            for (int column = 2; column <= 3; column++) {
                                if (rs.getString(column) != null && rs.getString(column).length() > 6) {
                                    personal.add(rs.getString(column));
                                }
                            }
                            return null;
                        }).list();
        assertThat(personal).as("participants to look for").hasSizeGreaterThan(20);
        List<String> found = new ArrayList<>();
        for (String line : lines) {
            for (String value : personal) {
                if (line.contains(value)) {
                    found.add(value + " in: " + line.substring(0, Math.min(line.length(), 300)));
                }
            }
        }
        System.out.printf("LogsTests: %,d log lines read for %,d participants' names, addresses and numbers%n", lines.size(),
                personal.size());
        assertThat(found).as("personal data in the log").isEmpty();
    }
}
