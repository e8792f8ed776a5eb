package org.pathways.platform;

import java.time.Instant;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathways.PageForms;
import org.pathways.PathwaysTest;
import org.pathways.TestUsers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathways.PageForms.text;

/**
 * The outbox delivers through a real SMTP server (GreenMail, started here on a free loopback port): after the work that
 * wrote a message commits and never when it rolls back, in UTF-8 (Spanish arrives as written), and a server that does not
 * answer costs a retry with back-off, then a failure shown on Sent messages, never a lost message.
 */
@PathwaysTest
class MailDeliveryTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    TestUsers users;
    @Autowired
    PageForms forms;

    GreenMail smtp;
    ObjectProvider<MessageSender> senders;
    OutboxDelivery delivery;
    Outbox outbox;

    @BeforeEach
    void startMailServer() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        SmtpMessageSender sender = new SmtpMessageSender("127.0.0.1", smtp.getSmtp().getPort(), "", "", "pathways@test.invalid", false,
                2000);
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("smtp", sender);
        senders = beans.getBeanProvider(MessageSender.class);
        delivery = new OutboxDelivery(jdbc, transactions, senders, true);
        outbox = new Outbox(jdbc, delivery);
        SecurityContextHolder.getContext().setAuthentication(users.authenticationOf("practitioner"));
    }

    @AfterEach
    void stop() {
        SecurityContextHolder.clearContext();
        delivery.stop();
        smtp.stop();
    }

    private String status(String subject) {
        return jdbc.sql("select status from outbound_message where subject = ?").param(subject).query(String.class).single();
    }

    @Test
    void aMessageGoesOutOnceItsWorkCommitsInUtf8AndNeverForWorkRolledBack() throws Exception {
        TransactionTemplate work = new TransactionTemplate(transactions);
        String subject = "Sus consentimientos en Second Chance Works " + Instant.now().toEpochMilli();
        work.executeWithoutResult(s -> outbox.send("jose.hernandez@demo.pathways.invalid", subject,
                "Hola, José:\n\nAquí puede ver quién puede ver parte de su perfil."));
        assertThat(smtp.waitForIncomingEmail(5_000, 1)).as("delivered after the commit, without anyone asking").isTrue();
        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo(subject);
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo("jose.hernandez@demo.pathways.invalid");
        assertThat(received.getFrom()[0].toString()).isEqualTo("pathways@test.invalid");
        assertThat(GreenMailUtil.getBody(received)).contains("Hola, Jos").contains("Aqu");
        assertThat(received.getContent().toString()).contains("Hola, José:").contains("quién puede ver");
        // the server has the message a moment before the delivery's own transaction marks it sent: wait for that to finish
        delivery.stop();
        assertThat(status(subject)).isEqualTo("SENT");

        String rolledBack = "Never sent " + Instant.now().toEpochMilli();
        try {
            work.executeWithoutResult(s -> {
                outbox.send("someone@demo.pathways.invalid", rolledBack, "This work fails after the message.");
                throw new IllegalStateException("the work fails");
            });
        } catch (IllegalStateException expected) {
            // the work and its message are gone together
        }
        assertThat(delivery.deliverDue()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(jdbc.sql("select count(*) from outbound_message where subject = ?").param(rolledBack).query(Long.class).single())
                .isZero();
    }

    @Test
    void aServerThatDoesNotAnswerCostsRetriesWithBackOffThenAFailureShownOnSentMessages() throws Exception {
        smtp.stop();
        // every attempt is made by hand here, so they can be counted: no delivery thread of its own
        delivery.stop();
        delivery = new OutboxDelivery(jdbc, transactions, senders, false);
        outbox = new Outbox(jdbc, delivery);
        String subject = "Referral link " + Instant.now().toEpochMilli();
        new TransactionTemplate(transactions).executeWithoutResult(s -> outbox.send("hiring@lakeside.example", subject, "A link"));
        assertThat(delivery.deliverDue()).isZero();
        var first = jdbc.sql("select status, attempts, last_error, next_attempt_at > now() + interval '50 seconds' as later "
                + "from outbound_message where subject = ?").param(subject).query().singleRow();
        assertThat(first.get("status")).isEqualTo("PENDING");
        assertThat(first.get("attempts")).isEqualTo(1);
        assertThat(first.get("last_error")).isNotNull();
        assertThat(first.get("later")).as("the next attempt waits").isEqualTo(true);
        assertThat(delivery.deliverDue()).as("not again before its time").isZero();
        List<Integer> attempts = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            jdbc.sql("update outbound_message set next_attempt_at = now() where subject = ? and status = 'PENDING'").param(subject)
                    .update();
            delivery.deliverDue();
            attempts.add(jdbc.sql("select attempts from outbound_message where subject = ?").param(subject).query(Integer.class).single());
        }
        assertThat(status(subject)).isEqualTo("FAILED");
        assertThat(attempts).as("six attempts in all, then no more").endsWith(6, 6);
        assertThat(text(forms.page("practitioner", "/outbox"))).contains(subject).contains("Not delivered after 6 attempts")
                .contains("The mail server said:");
    }
}
