package org.pathways.participants;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sealed stores' SQL and the access log's: ciphertext in, ciphertext out, nothing opened here (decision 0007). */
@Repository
class CircumstanceRows {

    /** What is stored for a participant: the general store and, when there are medical barriers, the medical one. */
    record Stored(ParticipantKeys.Sealed general, ParticipantKeys.Sealed medical, int version, Instant updatedAt, String updatedBy) {
    }

    record SealedRow(long participantId, String store, ParticipantKeys.Sealed sealed) {
    }

    private final JdbcClient jdbc;

    CircumstanceRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean belongsTo(long participantId, long organizationId) {
        return jdbc.sql("select count(*) from participant where id = ? and organization_id = ?").params(participantId, organizationId)
                .query(Long.class).single() > 0;
    }

    Stored read(long participantId) {
        return jdbc.sql("""
                        select c.key_id, c.sealed, c.version, c.updated_at, c.updated_by, m.key_id as medical_key, m.sealed as medical
                        from participant_circumstances c left join participant_medical m on m.participant_id = c.participant_id
                        where c.participant_id = ?""").param(participantId)
                .query((rs, n) -> new Stored(new ParticipantKeys.Sealed(rs.getString("key_id"), rs.getBytes("sealed")),
                        rs.getString("medical_key") == null ? null
                                : new ParticipantKeys.Sealed(rs.getString("medical_key"), rs.getBytes("medical")),
                        rs.getInt("version"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by")))
                .optional().orElse(null);
    }

    /** Inserts at version 0 or updates the version read; the number of rows changed (0 when someone saved since). */
    int saveGeneral(long participantId, int version, ParticipantKeys.Sealed sealed, String by) {
        if (version == 0) {
            return jdbc.sql("""
                            insert into participant_circumstances (participant_id, key_id, sealed, version, updated_by)
                            values (?, ?, ?, 1, ?) on conflict (participant_id) do nothing""")
                    .params(participantId, sealed.keyId(), sealed.bytes(), by).update();
        }
        return jdbc.sql("""
                        update participant_circumstances set key_id = ?, sealed = ?, version = version + 1, updated_at = now(),
                                updated_by = ?
                        where participant_id = ? and version = ?""")
                .params(sealed.keyId(), sealed.bytes(), by, participantId, version).update();
    }

    void saveMedical(long participantId, ParticipantKeys.Sealed sealed, String by) {
        jdbc.sql("""
                        insert into participant_medical (participant_id, key_id, sealed, updated_by) values (?, ?, ?, ?)
                        on conflict (participant_id) do update set key_id = excluded.key_id, sealed = excluded.sealed,
                            updated_at = now(), updated_by = excluded.updated_by""")
                .params(participantId, sealed.keyId(), sealed.bytes(), by).update();
    }

    void deleteMedical(long participantId) {
        jdbc.sql("delete from participant_medical where participant_id = ?").param(participantId).update();
    }

    List<SealedRow> allSealed() {
        List<SealedRow> all = new ArrayList<>(jdbc.sql("select participant_id, key_id, sealed from participant_circumstances")
                .query((rs, n) -> new SealedRow(rs.getLong(1), "general", new ParticipantKeys.Sealed(rs.getString(2), rs.getBytes(3))))
                .list());
        all.addAll(jdbc.sql("select participant_id, key_id, sealed from participant_medical")
                .query((rs, n) -> new SealedRow(rs.getLong(1), "medical", new ParticipantKeys.Sealed(rs.getString(2), rs.getBytes(3))))
                .list());
        return all;
    }

    void replaceSealed(long participantId, String store, ParticipantKeys.Sealed sealed) {
        String table = store.equals("medical") ? "participant_medical" : "participant_circumstances";
        jdbc.sql("update " + table + " set key_id = ?, sealed = ? where participant_id = ?")
                .params(sealed.keyId(), sealed.bytes(), participantId).update();
    }

    void erase(long participantId) {
        jdbc.sql("delete from participant_medical where participant_id = ?").param(participantId).update();
        jdbc.sql("delete from participant_circumstances where participant_id = ?").param(participantId).update();
    }

    void recordAccess(long participantId, long organizationId, Long userId, String actor, Circumstances.Read what, Long referralId,
                      String remoteAddress) {
        jdbc.sql("""
                        insert into participant_access (participant_id, organization_id, user_id, actor, what, referral_id, remote_address)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(participantId, organizationId, userId, actor, what.name(), referralId, remoteAddress).update();
    }

    List<Circumstances.Access> accessLog(long participantId) {
        return jdbc.sql("""
                        select a.occurred_at, coalesce(p.display_name, a.actor) as actor, o.name as organization_name, a.what,
                                a.referral_id,
                               a.remote_address
                        from participant_access a left join person_directory p on p.id = a.user_id
                        left join organization_directory o on o.id = a.organization_id
                        where a.participant_id = ? order by a.occurred_at desc, a.id desc limit 500""").param(participantId)
                .query((rs, n) -> new Circumstances.Access(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        Circumstances.Read.valueOf(rs.getString(4)), rs.getObject(5, Long.class), rs.getString(6)))
                .list();
    }
}
