package org.pathways.participants;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.pathways.participants.Referrals.ReferralView;
import org.pathways.platform.Outbox;
import org.pathways.platform.PrivateLinks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each morning, a staff member gets one message listing the retention checks of their caseload that fall due within two
 * weeks (or are overdue) and that they were not reminded of yet: the person, the job, the check and the day. A check is
 * reminded of once, whichever node sends it (the reminder's row is written before its message, in the same transaction).
 * The message names the people and jobs only; nothing of anyone's circumstances.
 */
@Component
public class RetentionReminders {

    static final int HORIZON_DAYS = 14;

    private record Staff(long userId, String email, String name) {
    }

    private final JdbcClient jdbc;
    private final ReferralRows referrals;
    private final Outbox outbox;
    private final MessageSource messages;
    private final boolean automatic;
    private final PrivateLinks links;

    RetentionReminders(JdbcClient jdbc, ReferralRows referrals, Outbox outbox, MessageSource messages, PrivateLinks links,
                       @Value("${pathways.participants.reminders:true}") boolean automatic) {
        this.jdbc = jdbc;
        this.referrals = referrals;
        this.outbox = outbox;
        this.messages = messages;
        this.automatic = automatic;
        this.links = links;
    }

    @Scheduled(cron = "${pathways.participants.reminder-cron:0 0 7 * * *}")
    void everyMorning() {
        if (automatic) {
            remind(LocalDate.now());
        }
    }

    /** Sends the reminders due on {@code today}; answers how many messages went into the outbox. */
    @Transactional
    public int remind(LocalDate today) {
        LocalDate horizon = today.plusDays(HORIZON_DAYS);
        int sent = 0;
        List<Long> organizations = jdbc.sql("select distinct organization_id from referral where hired_on is not null")
                .query(Long.class).list();
        for (long organization : organizations) {
            List<ReferralView> due = referrals.hiredOf(organization).stream()
                    .filter(r -> r.nextRetention() != null && !r.nextRetentionDue().isAfter(horizon)).toList();
            Map<Staff, List<ReferralView>> byStaff = new LinkedHashMap<>();
            for (ReferralView referral : due) {
                Staff staff = staffOf(referral.participantId());
                // once a check, and only for someone who can be written to
                if (staff != null && jdbc.sql("""
                                insert into retention_reminder (referral_id, stage) values (?, ?) on conflict do nothing""")
                        .params(referral.id(), referral.nextRetention().name()).update() == 1) {
                    byStaff.computeIfAbsent(staff, s -> new ArrayList<>()).add(referral);
                }
            }
            for (Map.Entry<Staff, List<ReferralView>> reminder : byStaff.entrySet()) {
                outbox.sendFor(organization, "Pathways (reminder)", reminder.getKey().email(),
                        subject(reminder.getValue().size()), body(reminder.getKey(), reminder.getValue(), today));
                sent++;
            }
        }
        return sent;
    }

    private Staff staffOf(long participantId) {
        return jdbc.sql("""
                        select u.id, u.email, u.display_name from participant p join person_directory u on u.id = p.staff_user_id
                        where p.id = ? and u.active and u.email is not null""").param(participantId)
                .query((rs, n) -> new Staff(rs.getLong(1), rs.getString(2), rs.getString(3))).optional().orElse(null);
    }

    /** One line a check, in English and then Spanish, as the platform's other messages to people of several languages. */
    private String body(Staff staff, List<ReferralView> due, LocalDate today) {
        StringBuilder text = new StringBuilder();
        for (Locale language : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
            if (!text.isEmpty()) {
                text.append("\n---\n\n");
            }
            text.append(messages.getMessage("retentionReminder.greeting", new Object[] {staff.name()}, language)).append("\n\n");
            for (ReferralView r : due) {
                String check = messages.getMessage("referrals.stage." + r.nextRetention().name(), null, language);
                String key = r.nextRetentionDue().isBefore(today) ? "retentionReminder.overdue" : "retentionReminder.line";
                text.append("- ").append(messages.getMessage(key, new Object[] {r.participantName(), r.jobTitle(), r.employerName(), check,
                        r.nextRetentionDue().toString()}, language)).append('\n')
                        .append("  ").append(links.address("/referrals/" + r.id())).append('\n');
            }
            text.append('\n').append(messages.getMessage("retentionReminder.closing", null, language)).append('\n');
        }
        return text.toString();
    }

    private String subject(int count) {
        return messages.getMessage("retentionReminder.subject", new Object[] {count}, Locale.ENGLISH) + " / "
                + messages.getMessage("retentionReminder.subject", new Object[] {count}, Locale.forLanguageTag("es"));
    }
}
