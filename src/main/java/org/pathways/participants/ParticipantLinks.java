package org.pathways.participants;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import org.pathways.participants.Consents.Category;
import org.pathways.participants.Consents.ConsentInput;
import org.pathways.participants.Consents.ConsentView;
import org.pathways.participants.Consents.GivenBy;
import org.pathways.participants.Consents.Method;
import org.pathways.participants.Consents.Purpose;
import org.pathways.participants.Consents.Recipient;
import org.pathways.participants.Participants.ParticipantView;
import org.pathways.participants.Referrals.EmployerReferralView;
import org.pathways.participants.Referrals.StageInput;
import org.pathways.platform.AuditLog;
import org.pathways.platform.InputValidation;
import org.pathways.platform.Outbox;
import org.pathways.platform.PathwaysUser;
import org.pathways.platform.PrivateLinks;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.NotFound;
import org.pathways.shared.Text;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The private links of the participants module, so the loop closes without accounts (decision 0009):
 * <ul>
 * <li>a participant's own <b>consent page</b> ({@code /c/…}): what each recipient sees, in plain words; consent given by
 * typing a name; any consent stopped at any time;</li>
 * <li>an employer's page for <b>one referral</b> ({@code /r/…}), for an employer without accounts: the consented part of the
 * profile while the consent holds, and the employer's decision (interviewed, offered, hired, not selected).</li>
 * </ul>
 * Staff of the participant's OPSO issue, resend and withdraw them; a new link withdraws the one before. A link that opens
 * nothing is refused with {@link PrivateLinks.Refused} and audited, in a transaction of its own so the record stays.
 */
@Service
@Transactional
public class ParticipantLinks {

    static final String CONSENT_PAGE = "participant-consent";
    static final String REFERRAL_PAGE = "referral-employer";
    public static final Duration CONSENT_LINK_LIFE = Duration.ofDays(30);
    public static final Duration REFERRAL_LINK_LIFE = Duration.ofDays(60);
    /** The longest a consent given on the participant's own page runs, as for one staff record. */
    public static final int MAX_MONTHS = Consents.MAX_YEARS * 12;

    /** A link as staff see it while it works: where it was sent, when it lapses, whether it was opened. */
    public record LinkView(long id, Long referralId, String url, String sentTo, Instant createdAt, String createdBy, Instant expiresAt,
                           int openedCount, Instant lastOpenedAt) {
    }

    /** What the participant's own page shows. {@code guardianSigns} when the birth date says they are under 18. */
    public record ConsentPage(long organizationId, String firstName, String organizationName, String preferredLanguage,
                              boolean guardianSigns,
                              List<ConsentView> consents, List<Recipient> recipients, Instant linkExpiresAt) {
    }

    /** A consent the participant gives on their own page: one recipient, the categories, how long, and a typed signature. */
    public record GiveInput(Long recipientEmployerId, Long recipientCollaborativeId, Purpose purpose, List<Category> categories,
                            Integer months, @Size(max = 200) String signedName, @Size(max = 200) String guardianName, Boolean agreed) {

        public GiveInput {
            categories = categories == null ? List.of() : categories;
            // an unticked box sends nothing at all
            agreed = Boolean.TRUE.equals(agreed);
        }

        public static GiveInput blank() {
            return new GiveInput(null, null, Purpose.REFERRAL, List.of(Category.CONTACT, Category.SKILLS_CREDENTIALS,
                    Category.WORK_HISTORY), 12, null, null, false);
        }
    }

    /** What the employer's page for one referral shows, and which OPSO sent it. */
    public record ReferralPage(long organizationId, String organizationName, EmployerReferralView referral, Instant linkExpiresAt) {
    }

    /** Where staff send an employer's link: an address, or none when they pass it on themselves. */
    public record SendTo(@Email @Size(max = 254) String email) {
    }

    private record Link(long id, long organizationId, long participantId, Long referralId, String nonce, Instant expiresAt,
                        boolean withdrawn) {
    }

    private final JdbcClient jdbc;
    private final PrivateLinks links;
    private final Participants participants;
    private final Consents consents;
    private final Referrals referrals;
    private final Outbox outbox;
    private final MessageSource messages;
    private final InputValidation validation;
    private final AuditLog audit;

    ParticipantLinks(JdbcClient jdbc, PrivateLinks links, Participants participants, Consents consents, Referrals referrals, Outbox outbox,
                     MessageSource messages, InputValidation validation, AuditLog audit) {
        this.jdbc = jdbc;
        this.links = links;
        this.participants = participants;
        this.consents = consents;
        this.referrals = referrals;
        this.outbox = outbox;
        this.messages = messages;
        this.validation = validation;
        this.audit = audit;
    }

    // --- staff of the participant's OPSO ---

    /**
     * Issues the participant's consent page link (withdrawing any earlier one) and, when {@code send} and they have an email
     * address, sends it to them in their language through the outbox.
     */
    public LinkView issueConsentLink(long participantId, boolean send) {
        PathwaysUser user = Participants.requireStaff("Only the OPSO's staff issue private links");
        ParticipantView participant = participants.get(participantId);
        if (participant.erasedAt() != null) {
            throw new InvalidInput("participantId", "participants.erased");
        }
        if (send && Text.blankToNull(participant.email()) == null) {
            throw new InvalidInput("send", "participantLinks.noEmail");
        }
        withdrawLive("participant_id = ? and referral_id is null", participantId, user.username());
        String nonce = PrivateLinks.newNonce();
        long id = insert(user, participantId, null, nonce, send ? participant.email() : null, CONSENT_LINK_LIFE);
        String url = url(CONSENT_PAGE, "/c/", id, nonce) + "?lang=" + participant.preferredLanguage();
        if (send) {
            Locale language = Locale.forLanguageTag(participant.preferredLanguage());
            outbox.send(participant.email(), messages.getMessage("participantLinks.consentSubject", new Object[] {organizationName(
                    user.organizationId())}, language), messages.getMessage("participantLinks.consentBody", new Object[] {
                    firstName(participant), organizationName(user.organizationId()), url, CONSENT_LINK_LIFE.toDays()}, language));
        }
        audit.record("participant.linkIssued", "participant", participantId, send ? "consent page, sent by mail" : "consent page");
        return live(participantId).stream().filter(l -> l.id() == id).findFirst().orElseThrow();
    }

    /** Issues the employer's link for one referral (withdrawing any earlier one), sent to {@code to} when an address is given. */
    public LinkView issueReferralLink(long referralId, SendTo to) {
        PathwaysUser user = Participants.requireStaff("Only the OPSO's staff issue private links");
        validation.check(to);
        Referrals.ReferralView referral = referrals.get(referralId);
        String email = to == null ? null : Text.blankToNull(to.email());
        withdrawLive("referral_id = ?", referralId, user.username());
        String nonce = PrivateLinks.newNonce();
        long id = insert(user, referral.participantId(), referralId, nonce, email, REFERRAL_LINK_LIFE);
        String url = url(REFERRAL_PAGE, "/r/", id, nonce);
        if (email != null) {
            // an employer's people may read either language: the message carries both, as survey invitations do
            String organization = organizationName(user.organizationId());
            outbox.send(email, bothLanguages("participantLinks.referralSubject", organization, referral.jobTitle()),
                    bothLanguages("participantLinks.referralBody", organization, referral.jobTitle(), referral.employerName(), url,
                            REFERRAL_LINK_LIFE.toDays()));
        }
        audit.record("referral.linkIssued", "referral", referralId, email == null ? "employer's page" : "employer's page, sent by mail");
        return live(referral.participantId()).stream().filter(l -> l.id() == id).findFirst().orElseThrow();
    }

    /** Whether the signed-in person may see and issue links (a link is a credential: staff only, never read-only people). */
    public boolean mayIssue() {
        return Participants.isStaff(PathwaysUser.current());
    }

    /** The links of a participant that work today: their consent page's and their referrals' employer pages. */
    @Transactional(readOnly = true)
    public List<LinkView> live(long participantId) {
        Participants.requireStaff("Only the OPSO's staff issue private links");
        ParticipantView participant = participants.get(participantId);
        return jdbc.sql("""
                        select id, referral_id, nonce, sent_to, created_at, created_by, expires_at, opened_count, last_opened_at
                        from participant_link where participant_id = ? and withdrawn_at is null and expires_at > now()
                        order by referral_id nulls first, id""").param(participantId)
                .query((rs, n) -> {
                    Long referralId = rs.getObject(2, Long.class);
                    long id = rs.getLong(1);
                    // the participant's own page opens in their language; an employer's follows its browser
                    String url = referralId == null ? url(CONSENT_PAGE, "/c/", id, rs.getString(3)) + "?lang="
                            + participant.preferredLanguage() : url(REFERRAL_PAGE, "/r/", id, rs.getString(3));
                    return new LinkView(id, referralId, url, rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6),
                            rs.getTimestamp(7).toInstant(), rs.getInt(8),
                            rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant());
                }).list();
    }

    /** Withdraws one of the participant's links at once; the page it opened says so from now on. Answers the link's referral. */
    public Long withdraw(long participantId, long linkId) {
        PathwaysUser user = Participants.requireStaff("Only the OPSO's staff issue private links");
        participants.get(participantId);
        List<Long> withdrawn = jdbc.sql("""
                        update participant_link set withdrawn_at = now(), withdrawn_by = ?
                        where id = ? and participant_id = ? and organization_id = ? and withdrawn_at is null
                        returning coalesce(referral_id, 0)""")
                .params(user.username(), linkId, participantId, user.organizationId()).query(Long.class).list();
        if (withdrawn.isEmpty()) {
            throw new NotFound("link", linkId);
        }
        audit.record("participant.linkWithdrawn", "participant", participantId, "link " + linkId);
        return withdrawn.get(0) == 0 ? null : withdrawn.get(0);
    }

    // --- the participant's own page ---

    /** The participant's page; {@code opening} when they open it (not when it is shown again after a form), for staff's count. */
    public ConsentPage consentPage(String token, boolean opening) {
        Link link = verify(token, CONSENT_PAGE, "consent");
        ParticipantView participant = participants.readFor(link.participantId(), link.organizationId());
        if (opening) {
            opened(link);
        }
        return new ConsentPage(link.organizationId(), firstName(participant), organizationName(link.organizationId()),
                participant.preferredLanguage(),
                isMinor(participant), consents.ofThroughLink(participant.id()), consents.recipientsOf(link.organizationId()),
                link.expiresAt());
    }

    /** The participant (or their guardian, under 18) gives a consent on their own page; every problem named at once. */
    public ConsentView give(String token, GiveInput input) {
        Link link = verify(token, CONSENT_PAGE, "consent");
        ParticipantView participant = participants.readFor(link.participantId(), link.organizationId());
        List<InvalidInput> problems = new ArrayList<>(validation.problems(input));
        boolean guardian = isMinor(participant);
        if (guardian && Text.blankToNull(input.guardianName()) == null) {
            problems.add(new InvalidInput("guardianName", "consents.guardianNameRequired"));
        }
        if (Text.blankToNull(input.signedName()) == null) {
            problems.add(new InvalidInput("signedName", "consentPage.signatureRequired"));
        }
        if (!input.agreed()) {
            problems.add(new InvalidInput("agreed", "consentPage.agreeRequired"));
        }
        if (input.months() == null || input.months() < 1 || input.months() > MAX_MONTHS) {
            problems.add(new InvalidInput("months", "consentPage.months", MAX_MONTHS));
        }
        // the page offers employers only, and one consent a recipient and purpose at a time: a second would say nothing new
        if (input.recipientEmployerId() == null) {
            problems.add(new InvalidInput("recipientEmployerId", "consentPage.employerRequired"));
        } else {
            consents.ofThroughLink(participant.id()).stream()
                    .filter(c -> c.status().discloses() && input.recipientEmployerId().equals(c.recipientEmployerId())
                            && c.purpose() == input.purpose())
                    .findFirst().ifPresent(c -> problems.add(new InvalidInput("recipientEmployerId", "consentPage.alreadyShared",
                            c.recipientName(), c.expiresOn())));
        }
        LocalDate today = LocalDate.now();
        ConsentInput consent = new ConsentInput(guardian ? GivenBy.GUARDIAN : GivenBy.PARTICIPANT, input.guardianName(),
                input.recipientEmployerId(), null, input.purpose(), input.categories(), Method.E_SIGNED, null,
                today, today.plusMonths(input.months() == null ? 12 : Math.max(1, Math.min(MAX_MONTHS, input.months()))));
        // the consent's own rules too, so a person fixes everything in one go (the recipient named once, in the page's words)
        try {
            consents.checkThroughLink(participant, consent);
        } catch (InvalidInput rules) {
            boolean recipientNamed = problems.stream().anyMatch(p -> p.field().equals("recipientEmployerId"));
            rules.problems().stream().filter(p -> !(recipientNamed && p.field().equals("recipientEmployerId"))).forEach(problems::add);
        }
        if (!problems.isEmpty()) {
            throw InvalidInput.all(problems);
        }
        return consents.recordThroughLink(participant, consent, input.signedName().strip());
    }

    /** The participant stops one of their consents on their own page. */
    public ConsentView revoke(String token, Long consentId, String reason) {
        Link link = verify(token, CONSENT_PAGE, "consent");
        if (consentId == null) {
            throw new NotFound("consent", null);
        }
        return consents.revokeThroughLink(participants.readFor(link.participantId(), link.organizationId()), consentId, reason);
    }

    // --- the employer's page for one referral ---

    public ReferralPage referralPage(String token, boolean opening) {
        Link link = verify(token, REFERRAL_PAGE, "referral");
        if (opening) {
            opened(link);
        }
        return new ReferralPage(link.organizationId(), organizationName(link.organizationId()),
                referrals.forEmployerLink(link.referralId(), reader(link)),
                link.expiresAt());
    }

    /** The employer's decision, recorded by the referral's rules (applied, interviewed, offered, hired or not selected, in order). */
    public void recordStage(String token, StageInput input) {
        Link link = verify(token, REFERRAL_PAGE, "referral");
        referrals.recordStageThroughLink(link.referralId(), input, reader(link));
    }

    // ---

    /** The link a token names, or a refusal recorded in a transaction of its own (the caller's work rolls back). */
    private Link verify(String token, String purpose, String opens) {
        long id = PrivateLinks.idOf(token);
        Link link = id < 0 ? null : jdbc.sql("""
                        select id, organization_id, participant_id, referral_id, nonce, expires_at, withdrawn_at is not null
                        from participant_link where id = ?""").param(id)
                .query((rs, n) -> new Link(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getObject(4, Long.class), rs.getString(5),
                        rs.getTimestamp(6).toInstant(), rs.getBoolean(7)))
                .optional().orElse(null);
        boolean ofThisKind = link != null && (link.referralId() == null) == purpose.equals(CONSENT_PAGE);
        PrivateLinks.Refusal refusal = !ofThisKind ? PrivateLinks.Refusal.UNKNOWN
                : links.refusal(purpose, token, link.id(), link.nonce(), link.withdrawn(), link.expiresAt());
        if (refusal != null) {
            // the id part is kept so a burst of guesses at one link can be seen; the rest never is
            refuse(link == null ? null : link.organizationId(), refusal, opens, id < 0 ? "malformed" : "link " + id);
        }
        return link;
    }

    private void refuse(Long organizationId, PrivateLinks.Refusal refusal, String opens, String detail) {
        audit.recordSecurityEvent(organizationId, null, "private link", "participant.link.refused", opens + " " + refusal + ": " + detail);
        throw new PrivateLinks.Refused(refusal, opens);
    }

    private void opened(Link link) {
        jdbc.sql("update participant_link set opened_count = opened_count + 1, last_opened_at = now() where id = ?").param(link.id())
                .update();
    }

    /** Who reads through an employer's link, as the participant's access log and the audit name them. */
    private String reader(Link link) {
        return jdbc.sql("""
                        select e.name from referral r join employer_directory e on e.id = r.employer_id where r.id = ?""")
                .param(link.referralId()).query(String.class).optional().map(name -> name + " (private link)").orElse("private link");
    }

    private long insert(PathwaysUser user, long participantId, Long referralId, String nonce, String sentTo, Duration life) {
        return jdbc.sql("""
                        insert into participant_link (organization_id, participant_id, referral_id, nonce, sent_to, expires_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(user.organizationId(), participantId, referralId, nonce, sentTo,
                        java.sql.Timestamp.from(Instant.now().plus(life)), user.username())
                .query(Long.class).single();
    }

    private void withdrawLive(String which, long id, String by) {
        jdbc.sql("update participant_link set withdrawn_at = now(), withdrawn_by = ? where withdrawn_at is null and " + which)
                .params(by, id).update();
    }

    private String url(String purpose, String path, long id, String nonce) {
        return links.address(path + links.token(purpose, id, nonce));
    }

    private String organizationName(long organizationId) {
        return jdbc.sql("select name from organization_directory where id = ?").param(organizationId).query(String.class).single();
    }

    private String bothLanguages(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.ENGLISH) + "\n\n---\n\n" + messages.getMessage(key, arguments,
                Locale.forLanguageTag("es"));
    }

    /** The name a person is greeted by: the one they go by. */
    private static String firstName(ParticipantView participant) {
        return participant.preferredName() != null ? participant.preferredName() : participant.givenName();
    }

    private static boolean isMinor(ParticipantView participant) {
        return participant.birthDate() != null && participant.birthDate().plusYears(18).isAfter(LocalDate.now());
    }
}
