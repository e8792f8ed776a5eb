package org.pathways.participants;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.pathways.participants.Consents.Category;
import org.pathways.participants.Consents.ConsentInput;
import org.pathways.participants.Consents.ConsentView;
import org.pathways.participants.Consents.Expiring;
import org.pathways.participants.Consents.GivenBy;
import org.pathways.participants.Consents.Method;
import org.pathways.participants.Consents.Purpose;
import org.pathways.participants.Consents.Recipient;
import org.pathways.participants.Consents.Status;
import org.pathways.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Consents' SQL: every read scoped by the organization it is given (decision 0007). */
@Repository
class ConsentRows {

    private static final String SELECT = """
            select c.*, coalesce(e.name, k.name) as recipient_name from consent c
            left join employer_directory e on e.id = c.recipient_employer_id
            left join collaborative_directory k on k.id = c.recipient_collaborative_id""";

    private final JdbcClient jdbc;

    ConsentRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long organizationId, long participantId, ConsentInput in, String signedName, String by) {
        return jdbc.sql("""
                        insert into consent (organization_id, participant_id, given_by, guardian_name, recipient_employer_id,
                            recipient_collaborative_id, purpose, categories, method, witness, given_on, expires_on, signed_name, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, participantId, in.givenBy().name(),
                        in.givenBy() == GivenBy.GUARDIAN ? Text.blankToNull(in.guardianName()) : null, in.recipientEmployerId(),
                        in.recipientCollaborativeId(), in.purpose().name(),
                        in.categories().stream().map(Enum::name).toArray(String[]::new), in.method().name(),
                        in.method() == Method.VERBAL_WITNESSED ? Text.blankToNull(in.witness()) : null, in.givenOn(), in.expiresOn(),
                        signedName, by)
                .query(Long.class).single();
    }

    Optional<ConsentView> read(long organizationId, long consentId, LocalDate today) {
        return jdbc.sql(SELECT + " where c.id = ? and c.organization_id = ?").params(consentId, organizationId)
                .query((rs, n) -> view(rs, today)).optional();
    }

    ConsentView readForReferral(long consentId, LocalDate today) {
        return jdbc.sql(SELECT + " where c.id = ?").param(consentId).query((rs, n) -> view(rs, today)).single();
    }

    List<ConsentView> ofParticipant(long participantId, LocalDate today) {
        return jdbc.sql(SELECT + " where c.participant_id = ? order by c.given_on desc, c.id desc").param(participantId)
                .query((rs, n) -> view(rs, today)).list();
    }

    void revoke(long consentId, String by, String reason) {
        jdbc.sql("update consent set revoked_at = now(), revoked_by = ?, revoke_reason = ? where id = ? and revoked_at is null")
                .params(by, reason, consentId).update();
    }

    /** The organization's current employer profiles, then the collaboratives it manages or partners in. */
    List<Recipient> recipients(long organizationId) {
        List<Recipient> recipients = new ArrayList<>(jdbc.sql("""
                        select id, name from employer_directory where organization_id = ? and not archived order by lower(name), id""")
                .param(organizationId).query((rs, n) -> new Recipient(rs.getLong(1), null, rs.getString(2))).list());
        recipients.addAll(jdbc.sql("""
                        select distinct k.id,
                                k.name from collaborative_directory k join collaborative_visibility v on v.collaborative_id = k.id
                        where v.organization_id = ? and v.relation in ('MANAGER', 'PARTNER') order by k.name, k.id""")
                .param(organizationId).query((rs, n) -> new Recipient(null, rs.getLong(1), rs.getString(2))).list());
        return recipients;
    }

    List<Expiring> expiring(long organizationId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select c.id, c.participant_id, coalesce(p.preferred_name, p.given_name) || ' ' || p.family_name as participant_name,
                               coalesce(e.name, k.name) as recipient_name, c.expires_on
                        from consent c join participant p on p.id = c.participant_id
                        left join employer_directory e on e.id = c.recipient_employer_id
                        left join collaborative_directory k on k.id = c.recipient_collaborative_id
                        where c.organization_id = ? and c.revoked_at is null and c.expires_on between ? and ? and p.erased_at is null
                        order by c.expires_on, c.id""")
                .params(organizationId, from, to)
                .query((rs, n) -> new Expiring(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class)))
                .list();
    }

    private static ConsentView view(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate givenOn = rs.getObject("given_on", LocalDate.class);
        LocalDate expiresOn = rs.getObject("expires_on", LocalDate.class);
        Instant revokedAt = rs.getTimestamp("revoked_at") == null ? null : rs.getTimestamp("revoked_at").toInstant();
        Array categories = rs.getArray("categories");
        return new ConsentView(rs.getLong("id"), rs.getLong("participant_id"), GivenBy.valueOf(rs.getString("given_by")),
                rs.getString("guardian_name"), rs.getObject("recipient_employer_id", Long.class),
                rs.getObject("recipient_collaborative_id", Long.class), rs.getString("recipient_name"),
                        Purpose.valueOf(rs.getString("purpose")),
                Arrays.stream((String[]) categories.getArray()).map(Category::valueOf).toList(), Method.valueOf(rs.getString("method")),
                rs.getString("witness"), givenOn, expiresOn, revokedAt, rs.getString("revoked_by"), rs.getString("revoke_reason"),
                Status.of(givenOn, expiresOn, revokedAt, today), rs.getString("signed_name"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"));
    }
}
