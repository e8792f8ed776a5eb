package org.pathways.participants;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.pathways.PathwaysTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A staff member is reminded, once a check, of the retention checks falling due in their caseload, by name and job only. */
@PathwaysTest
class RetentionReminderTests {

    @Autowired
    RetentionReminders reminders;
    @Autowired
    JdbcClient jdbc;

    private String latestTo(String recipient) {
        return jdbc.sql("select subject || '\n' || body from outbound_message where recipient = ? order by id desc limit 1")
                .param(recipient).query(String.class).optional().orElse("");
    }

    @Test
    void eachStaffMemberIsRemindedOnceOfTheChecksFallingDueInTheirCaseload() {
        long before = jdbc.sql("select count(*) from outbound_message where created_by = 'Pathways (reminder)'").query(Long.class).single();
        assertThat(reminders.remind(LocalDate.now())).as("messages, one a staff member").isPositive();
        String priya = latestTo("practitioner@demo.pathways.invalid");
        assertThat(priya).contains("retention check").contains("Hello Priya Patel,").contains("Luis Ortega")
                .contains("Retained 90 days is due on").contains("/referrals/").as("and in Spanish").contains("Hola, Priya Patel:")
                .as("nothing of anyone's circumstances").doesNotContain("second-shift care").doesNotContain("JUSTICE");
        long after = jdbc.sql("select count(*) from outbound_message where created_by = 'Pathways (reminder)'").query(Long.class).single();
        assertThat(after).isGreaterThan(before);
        assertThat(jdbc.sql("select status from outbound_message where created_by = 'Pathways (reminder)' order by id desc limit 1")
                .query(String.class).single()).as("kept for delivery like any message").isEqualTo("PENDING");
        assertThat(reminders.remind(LocalDate.now())).as("once a check: nothing new the second time").isZero();
    }
}
