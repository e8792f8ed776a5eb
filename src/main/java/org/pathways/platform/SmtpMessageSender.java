package org.pathways.platform;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox's messages through an SMTP server, when one is configured ({@code PATHWAYS_MAIL_HOST}, with
 * {@code PATHWAYS_MAIL_PORT}, {@code PATHWAYS_MAIL_USERNAME}, {@code PATHWAYS_MAIL_PASSWORD}, {@code PATHWAYS_MAIL_FROM} and
 * {@code PATHWAYS_MAIL_STARTTLS}); without a host the outbox writes messages to the log. Plain text in UTF-8, so names and
 * Spanish arrive as written.
 */
@Component
@ConditionalOnExpression("!'${pathways.mail.host:}'.isBlank()")
class SmtpMessageSender implements MessageSender {

    private final JavaMailSenderImpl mail = new JavaMailSenderImpl();
    private final InternetAddress from;

    SmtpMessageSender(@Value("${pathways.mail.host}") String host, @Value("${pathways.mail.port:587}") int port,
                      @Value("${pathways.mail.username:}") String username, @Value("${pathways.mail.password:}") String password,
                      @Value("${pathways.mail.from:}") String from, @Value("${pathways.mail.starttls:true}") boolean starttls,
                      @Value("${pathways.mail.timeout-ms:10000}") int timeoutMs) {
        mail.setHost(host.strip());
        mail.setPort(port);
        mail.setDefaultEncoding(StandardCharsets.UTF_8.name());
        if (!username.isBlank()) {
            mail.setUsername(username);
            mail.setPassword(password);
        }
        Properties properties = mail.getJavaMailProperties();
        properties.put("mail.smtp.auth", Boolean.toString(!username.isBlank()));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
        // a server that does not answer must not hold a delivery (and its row lock) for long
        properties.put("mail.smtp.connectiontimeout", Integer.toString(timeoutMs));
        properties.put("mail.smtp.timeout", Integer.toString(timeoutMs));
        properties.put("mail.smtp.writetimeout", Integer.toString(timeoutMs));
        try {
            this.from = new InternetAddress(from.isBlank() ? "pathways@" + host.strip() : from, true);
        } catch (jakarta.mail.internet.AddressException e) {
            throw new IllegalStateException("PATHWAYS_MAIL_FROM is not an email address: " + from, e);
        }
    }

    @Override
    public String name() {
        return "smtp";
    }

    @Override
    public void deliver(String recipient, String subject, String body) {
        MimeMessage message = mail.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(recipient);
            helper.setSubject(subject);
            helper.setText(body, false);
        } catch (MessagingException e) {
            throw new MailPreparationException("the message could not be written: " + e.getMessage(), e);
        }
        mail.send(message);
    }
}
