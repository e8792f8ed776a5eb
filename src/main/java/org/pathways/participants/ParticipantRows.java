package org.pathways.participants;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pathways.participants.Participants.ContactWay;
import org.pathways.participants.Participants.Credential;
import org.pathways.participants.Participants.Goal;
import org.pathways.participants.Participants.ParticipantInput;
import org.pathways.participants.Participants.ParticipantQuery;
import org.pathways.participants.Participants.ParticipantSummary;
import org.pathways.participants.Participants.ParticipantView;
import org.pathways.participants.Participants.PayUnit;
import org.pathways.participants.Participants.Skill;
import org.pathways.participants.Participants.Work;
import org.pathways.reference.ReferenceSearch;
import org.pathways.requirements.HiringRequirements.CredentialKind;
import org.pathways.shared.EnumColumns;
import org.pathways.shared.LikePattern;
import org.pathways.shared.PageQuery;
import org.pathways.shared.PageResult;
import org.pathways.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The participant profile's SQL: every read scoped by the organization it is given, no rules, no audit (decision 0007). */
@Repository
class ParticipantRows {

    private final JdbcClient jdbc;
    private final ReferenceSearch reference;

    ParticipantRows(JdbcClient jdbc, ReferenceSearch reference) {
        this.jdbc = jdbc;
        this.reference = reference;
    }

    long insert(long organizationId, ParticipantInput in, Long staff, String by) {
        return jdbc.sql("""
                        insert into participant (organization_id, given_name, family_name, preferred_name, pronouns, preferred_language,
                                email,
                            phone, contact_preference, county_fips, birth_date, program_entry, program_exit, strengths, education,
                                    languages,
                            interests, shifts, weekends, has_car, has_license, uses_transit, desired_pay, pay_unit, goal_months,
                            staff_user_id, created_by, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, in.givenName().strip(), in.familyName().strip(), Text.blankToNull(in.preferredName()),
                        Text.blankToNull(in.pronouns()), in.preferredLanguage(), Text.blankToNull(in.email()), Text.blankToNull(in.phone()),
                        EnumColumns.write(in.contactPreference()), Text.blankToNull(in.countyFips()), in.birthDate(), in.programEntry(),
                        in.programExit(), Text.blankToNull(in.strengths()), Text.blankToNull(in.education()),
                                Text.blankToNull(in.languages()),
                        Text.blankToNull(in.interests()), in.shifts(), in.weekends(), in.hasCar(), in.hasLicense(), in.usesTransit(),
                        in.desiredPay(), EnumColumns.write(in.payUnit()), in.goalMonths(), staff, by, by)
                .query(Long.class).single();
    }

    int update(long participantId, int version, ParticipantInput in, Long staff, String by) {
        return jdbc.sql("""
                        update participant set given_name = ?, family_name = ?, preferred_name = ?, pronouns = ?, preferred_language = ?,
                            email = ?, phone = ?, contact_preference = ?, county_fips = ?, birth_date = ?, program_entry = ?,
                                    program_exit = ?,
                            strengths = ?, education = ?, languages = ?, interests = ?, shifts = ?, weekends = ?, has_car = ?,
                            has_license = ?, uses_transit = ?, desired_pay = ?, pay_unit = ?, goal_months = ?, staff_user_id = ?,
                            version = version + 1, updated_at = now(), updated_by = ?
                        where id = ? and version = ? and erased_at is null""")
                .params(in.givenName().strip(), in.familyName().strip(), Text.blankToNull(in.preferredName()),
                Text.blankToNull(in.pronouns()),
                        in.preferredLanguage(), Text.blankToNull(in.email()), Text.blankToNull(in.phone()),
                        EnumColumns.write(in.contactPreference()), Text.blankToNull(in.countyFips()), in.birthDate(), in.programEntry(),
                        in.programExit(), Text.blankToNull(in.strengths()), Text.blankToNull(in.education()),
                                Text.blankToNull(in.languages()),
                        Text.blankToNull(in.interests()), in.shifts(), in.weekends(), in.hasCar(), in.hasLicense(), in.usesTransit(),
                        in.desiredPay(), EnumColumns.write(in.payUnit()), in.goalMonths(), staff, by, participantId, version)
                .update();
    }

    /** Ids for rows an import writes with COPY, taken from the table's own sequence so they never meet another's. */
    List<Long> reserveIds(int count) {
        return jdbc.sql("select nextval(pg_get_serial_sequence('participant', 'id')) from generate_series(1, ?)").param(count)
                .query(Long.class).list();
    }

    void replaceRows(long participantId, List<Skill> skills, List<Credential> credentials, List<Work> work, List<String> goals) {
        for (String table : List.of("participant_skill", "participant_credential", "participant_work", "participant_goal")) {
            jdbc.sql("delete from " + table + " where participant_id = ?").param(participantId).update();
        }
        for (int i = 0; i < skills.size(); i++) {
            jdbc.sql("insert into participant_skill (participant_id, position, element_id, name) values (?, ?, ?, ?)")
                    .params(participantId, i, skills.get(i).elementId(), skills.get(i).name()).update();
        }
        for (int i = 0; i < credentials.size(); i++) {
            Credential c = credentials.get(i);
            jdbc.sql("""
                            insert into participant_credential (participant_id, position, kind, name, issuer, earned_on)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(participantId, i, c.kind().name(), Text.blankToNull(c.name()), Text.blankToNull(c.issuer()),
                    c.earnedOn()).update();
        }
        for (int i = 0; i < work.size(); i++) {
            Work w = work.get(i);
            jdbc.sql("""
                            insert into participant_work (participant_id, position, employer_name, title, soc_code, started_on, ended_on)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(participantId, i, w.employerName(), w.title(), w.socCode(), w.startedOn(), w.endedOn()).update();
        }
        for (int i = 0; i < goals.size(); i++) {
            jdbc.sql("insert into participant_goal (participant_id, position, soc_code) values (?, ?, ?)").params(participantId, i,
                    goals.get(i))
                    .update();
        }
    }

    /** Whether the person is an active colleague in the organization (a participant's staff member). */
    boolean isColleague(long organizationId, Long userId) {
        return userId != null && jdbc.sql("select count(*) from person_directory where id = ? and organization_id = ? and active")
                .params(userId, organizationId).query(Long.class).single() > 0;
    }

    Optional<ParticipantView> read(long organizationId, long participantId, LocalDate today) {
        return jdbc.sql("""
                        select p.*, u.display_name as staff_name from participant p left join person_directory u on u.id = p.staff_user_id
                        where p.id = ? and p.organization_id = ?""").params(participantId, organizationId)
                .query((rs, n) -> view(rs, today)).optional()
                .map(p -> withRows(p, participantId));
    }

    private ParticipantView view(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate born = rs.getObject("birth_date", LocalDate.class);
        String county = rs.getString("county_fips");
        return new ParticipantView(rs.getLong("id"), rs.getLong("organization_id"), rs.getString("given_name"), rs.getString("family_name"),
                rs.getString("preferred_name"), rs.getString("pronouns"), rs.getString("preferred_language"), rs.getString("email"),
                rs.getString("phone"), EnumColumns.read(rs, "contact_preference", ContactWay.class), county,
                county == null ? null : reference.county(county).map(ReferenceSearch.CountyMatch::title).orElse(county), born,
                ageRange(born, today), rs.getObject("program_entry", LocalDate.class), rs.getObject("program_exit", LocalDate.class),
                rs.getString("strengths"), rs.getString("education"), rs.getString("languages"), rs.getString("interests"),
                rs.getObject("shifts", Boolean.class), rs.getObject("weekends", Boolean.class), rs.getObject("has_car", Boolean.class),
                rs.getObject("has_license", Boolean.class), rs.getObject("uses_transit", Boolean.class),
                rs.getObject("desired_pay", BigDecimal.class), EnumColumns.read(rs, "pay_unit", PayUnit.class),
                rs.getObject("goal_months", Integer.class), List.of(), List.of(), List.of(), List.of(),
                rs.getObject("staff_user_id", Long.class), rs.getString("staff_name"),
                rs.getTimestamp("erased_at") == null ? null : rs.getTimestamp("erased_at").toInstant(), rs.getInt("version"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }

    private ParticipantView withRows(ParticipantView p, long id) {
        List<Skill> skills = jdbc.sql("select element_id, name from participant_skill where participant_id = ? order by position").param(id)
                .query((rs, n) -> new Skill(rs.getString(1), rs.getString(2))).list();
        List<Credential> credentials = jdbc.sql("""
                        select kind, name, issuer, earned_on from participant_credential where participant_id = ? order by position""")
                .param(id).query((rs, n) -> new Credential(CredentialKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class))).list();
        List<Work> work = jdbc.sql("""
                        select employer_name, title, soc_code, started_on, ended_on from participant_work where participant_id = ?
                        order by position""").param(id)
                .query((rs, n) -> new Work(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class))).list();
        List<Goal> goals = jdbc.sql("select soc_code from participant_goal where participant_id = ? order by position").param(id)
                .query(String.class).list().stream()
                .map(soc -> new Goal(soc, reference.socCode(soc).map(ReferenceSearch.CodeMatch::title).orElse(soc))).toList();
        return with(p, skills, credentials, work, goals);
    }

    private static ParticipantView with(ParticipantView p, List<Skill> skills, List<Credential> credentials, List<Work> work,
                                        List<Goal> goals) {
        return new ParticipantView(p.id(), p.organizationId(), p.givenName(), p.familyName(), p.preferredName(), p.pronouns(),
                p.preferredLanguage(), p.email(), p.phone(), p.contactPreference(), p.countyFips(), p.countyName(), p.birthDate(),
                p.ageRange(), p.programEntry(), p.programExit(), p.strengths(), p.education(), p.languages(), p.interests(), p.shifts(),
                p.weekends(), p.hasCar(), p.hasLicense(), p.usesTransit(), p.desiredPay(), p.payUnit(), p.goalMonths(), skills, credentials,
                work, goals, p.staffUserId(), p.staffName(), p.erasedAt(), p.version(), p.updatedAt(), p.updatedBy());
    }

    /**
     * The organization's current participants (not erased, not past their program exit) who could fit a job: a goal in its
     * occupation, a skill it asks for (by O*NET element or by name), or work in its occupation's major group; those with the
     * most of these first, at most {@code limit}. The matches score them exactly; this only keeps them from scoring everyone.
     */
    List<Long> candidatesFor(long organizationId, String socCode, List<String> elementIds, List<String> skillNames, int limit) {
        String major = socCode == null ? null : socCode.substring(0, 2);
        return jdbc.sql("""
                        select p.id from participant p
                        where p.organization_id = :org and p.erased_at is null
                          and (p.program_exit is null or p.program_exit >= current_date)
                        order by (case when exists (select 1 from participant_goal g where g.participant_id = p.id and g.soc_code = :soc)
                                       then 2 else 0 end)
                               + (select count(*) from participant_skill s where s.participant_id = p.id
                                    and (s.element_id = any(:elements) or lower(s.name) = any(:names)))
                               + (case when exists (select 1 from participant_work w where w.participant_id = p.id
                                                    and left(w.soc_code, 2) = :major) then 1 else 0 end) desc,
                                 lower(p.family_name), p.id
                        limit :limit""")
                .param("org", organizationId).param("soc", socCode).param("elements", elementIds.toArray(String[]::new))
                .param("names", skillNames.stream().map(n -> n.toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new))
                .param("major", major).param("limit", limit)
                .query(Long.class).list();
    }

    /** Several participants at once, with their rows, in five queries: for the matches of a job. */
    List<ParticipantView> readMany(long organizationId, List<Long> ids, LocalDate today) {
        Long[] wanted = ids.toArray(Long[]::new);
        List<ParticipantView> found = jdbc.sql("""
                        select p.*, u.display_name as staff_name from participant p left join person_directory u on u.id = p.staff_user_id
                        where p.id = any(?) and p.organization_id = ?""").params(wanted, organizationId)
                .query((rs, n) -> view(rs, today)).list();
        java.util.Map<Long, List<Skill>> skills = new java.util.HashMap<>();
        jdbc.sql("""
                        select participant_id, element_id, name from participant_skill where participant_id = any(?)
                        order by participant_id, position""")
                .param(wanted).query((rs, n) -> skills.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                        .add(new Skill(rs.getString(2), rs.getString(3)))).list();
        java.util.Map<Long, List<Credential>> credentials = new java.util.HashMap<>();
        jdbc.sql("""
                        select participant_id, kind, name, issuer, earned_on from participant_credential where participant_id = any(?)
                        order by participant_id, position""").param(wanted)
                .query((rs, n) -> credentials.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                        .add(new Credential(CredentialKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                                rs.getObject(5, LocalDate.class)))).list();
        java.util.Map<Long, List<Work>> work = new java.util.HashMap<>();
        jdbc.sql("""
                        select participant_id, employer_name, title, soc_code, started_on, ended_on from participant_work
                        where participant_id = any(?) order by participant_id, position""").param(wanted)
                .query((rs, n) -> work.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                        .add(new Work(rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class),
                                rs.getObject(6, LocalDate.class)))).list();
        java.util.Map<Long, List<Goal>> goals = new java.util.HashMap<>();
        jdbc.sql("select participant_id, soc_code from participant_goal where participant_id = any(?) order by participant_id, position")
                .param(wanted).query((rs, n) -> goals.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                        .add(new Goal(rs.getString(2), reference.socCode(rs.getString(2)).map(ReferenceSearch.CodeMatch::title)
                                .orElse(rs.getString(2))))).list();
        return found.stream().map(p -> with(p, skills.getOrDefault(p.id(), List.of()), credentials.getOrDefault(p.id(), List.of()),
                work.getOrDefault(p.id(), List.of()), goals.getOrDefault(p.id(), List.of()))).toList();
    }

    /** An age band rather than an age: what matching and reports need, without the birth date. */
    static String ageRange(LocalDate born, LocalDate today) {
        if (born == null) {
            return null;
        }
        int age = Period.between(born, today).getYears();
        if (age < 16) {
            return "under 16";
        }
        if (age <= 24) {
            return "16–24";
        }
        if (age <= 54) {
            int low = 25 + (age - 25) / 10 * 10;
            return low + "–" + (low + 9);
        }
        return "55 and older";
    }

    PageResult<ParticipantSummary> search(long organizationId, ParticipantQuery query, PageQuery page) {
        StringBuilder where = new StringBuilder(" where p.organization_id = ? and p.erased_at is null");
        List<Object> params = new ArrayList<>(List.of(organizationId));
        if (!Participants.isBlank(query.q())) {
            where.append(" and (lower(p.family_name) like ? or lower(p.given_name) like ? or lower(p.preferred_name) like ?"
                    + " or lower(p.email) = ?)");
            String prefix = LikePattern.startsWith(query.q().strip().toLowerCase());
            params.addAll(List.of(prefix, prefix, prefix, query.q().strip().toLowerCase()));
        }
        if (!Participants.isBlank(query.skill())) {
            where.append(" and exists (select 1 from participant_skill s where s.participant_id = p.id"
                    + " and (s.element_id = ? or lower(s.name) = ?))");
            params.add(query.skill().strip());
            params.add(query.skill().strip().toLowerCase());
        }
        if (query.credential() != null) {
            where.append(" and exists (select 1 from participant_credential c where c.participant_id = p.id and c.kind = ?)");
            params.add(query.credential().name());
        }
        if (!Participants.isBlank(query.soc())) {
            where.append(" and exists (select 1 from participant_goal g where g.participant_id = p.id and g.soc_code = ?)");
            params.add(query.soc().strip());
        }
        if (!Participants.isBlank(query.county())) {
            where.append(" and p.county_fips = ?");
            params.add(query.county().strip());
        }
        if (query.stage() != null) {
            // the organization's referrals at the stage, by their index, then their participants
            where.append(" and p.id in (select r.participant_id from referral r where r.organization_id = ? and r.stage = ?)");
            params.add(organizationId);
            params.add(query.stage().name());
        }
        if (query.staff() != null) {
            where.append(" and p.staff_user_id = ?");
            params.add(query.staff());
        }
        long total = jdbc.sql("select count(*) from participant p" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        record Row(long id, String given, String preferred, String family, String county, String staff, String stage, long referrals) {
        }
        List<Row> found = jdbc.sql("""
                        select p.id, p.given_name, p.preferred_name, p.family_name, p.county_fips, u.display_name as staff_name,
                               (select r.stage from referral r where r.participant_id = p.id order by r.stage_on desc,
                                       r.id desc limit 1) as stage,
                               (select count(*) from referral r where r.participant_id = p.id) as referrals
                        from participant p left join person_directory u on u.id = p.staff_user_id""" + where
                        + " order by lower(p.family_name), lower(p.given_name), p.id limit ? offset ?")
                .params(pageParams)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6),
                        rs.getString(7), rs.getLong(8)))
                .list();
        Map<Long, List<String>> goals = new HashMap<>();
        if (!found.isEmpty()) {
            jdbc.sql("select participant_id, soc_code from participant_goal where participant_id = any(?) order by position")
                    .param(found.stream().map(Row::id).toArray(Long[]::new))
                    .query((rs, n) -> goals.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(reference.socCode(rs.getString(2)).map(ReferenceSearch.CodeMatch::title).orElse(rs.getString(2))))
                    .list();
        }
        List<ParticipantSummary> items = found.stream().map(r -> new ParticipantSummary(r.id(),
                (Participants.isBlank(r.preferred()) ? r.given() : r.preferred()) + " " + r.family(),
                r.county() == null ? null : reference.county(r.county()).map(ReferenceSearch.CountyMatch::title).orElse(r.county()),
                r.staff(), goals.getOrDefault(r.id(), List.of()), r.stage(), r.referrals())).toList();
        return PageResult.of(items, page, total);
    }

    /** Removes the person's personal data and profile rows; the row stays, nameless, for the de-identified outcomes. */
    void erase(long participantId, String by) {
        jdbc.sql("""
                        update participant set given_name = null, family_name = null, preferred_name = null, pronouns = null, email = null,
                            phone = null, contact_preference = null, county_fips = null, birth_date = null, strengths = null,
                                    education = null,
                            languages = null, interests = null, shifts = null, weekends = null, has_car = null, has_license = null,
                            uses_transit = null, desired_pay = null, pay_unit = null, goal_months = null, erased_at = now(),
                            version = version + 1, updated_at = now(), updated_by = ?
                        where id = ?""").params(by, participantId).update();
        replaceRows(participantId, List.of(), List.of(), List.of(), List.of());
        jdbc.sql("update consent set guardian_name = null, witness = null, signed_name = null where participant_id = ?")
                .param(participantId).update();
        // nobody opens an erased person's pages any more, by any link sent before
        jdbc.sql("""
                        update participant_link set withdrawn_at = now(), withdrawn_by = ?, sent_to = null
                        where participant_id = ? and withdrawn_at is null""").params(by, participantId).update();
    }
}
