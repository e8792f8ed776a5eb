package org.pathways.employers;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.pathways.platform.AuditLog;
import org.pathways.platform.InputValidation;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.NotFound;
import org.pathways.shared.OptimisticWrite;
import org.pathways.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people inside an employer (C4) and the coverage of a partnership: which of the professionals the
 * guide says a partnership needs are missing, and what to do about each gap.
 */
@Service
@Transactional
public class Contacts {

    /** From this head count on, establishment-level contacts alone are not enough: corporate support is needed. */
    static final int LARGE_EMPLOYER = 500;

    private final JdbcClient jdbc;
    private final Employers employers;
    private final CriticalJobs criticalJobs;
    private final AuditLog audit;
    private final InputValidation inputs;

    Contacts(JdbcClient jdbc, Employers employers, CriticalJobs criticalJobs, AuditLog audit, InputValidation inputs) {
        this.inputs = inputs;
        this.jdbc = jdbc;
        this.employers = employers;
        this.criticalJobs = criticalJobs;
        this.audit = audit;
    }

    public enum Level { CORPORATE, ESTABLISHMENT }

    /** What a person enters about someone at the employer (page, API and import alike); a yes/no left out is no. */
    public record ContactInput(@NotBlank @Size(max = 200) String name, @Size(max = 200) String jobTitle, @NotNull ProfessionalRole role,
                               @NotNull Level level, Long establishmentId, Boolean decisionAuthority, Boolean supportsPartnership,
                               Boolean pointOfContact, Boolean thirdParty, Boolean volunteer, @Size(max = 254) String email,
                               @Size(max = 40) String phone, @Size(max = 2000) String notes) {

        public ContactInput {
            decisionAuthority = Boolean.TRUE.equals(decisionAuthority);
            supportsPartnership = Boolean.TRUE.equals(supportsPartnership);
            pointOfContact = Boolean.TRUE.equals(pointOfContact);
            thirdParty = Boolean.TRUE.equals(thirdParty);
            volunteer = Boolean.TRUE.equals(volunteer);
        }

        /** A new person's form: at the corporate level, nothing else entered yet. */
        public static ContactInput blank() {
            return new ContactInput("", "", null, Level.CORPORATE, null, false, false, false, false, false, "", "", "");
        }

        public static ContactInput of(ContactView c) {
            return new ContactInput(c.name(), c.jobTitle(), c.role(), c.level(), c.establishmentId(), c.decisionAuthority(),
                    c.supportsPartnership(), c.pointOfContact(), c.thirdParty(), c.volunteer(), c.email(), c.phone(), c.notes());
        }

        /** Someone known by name and role only, at the corporate level. */
        public static ContactInput named(String name, ProfessionalRole role) {
            return new ContactInput(name, null, role, Level.CORPORATE, null, false, false, false, false, false, null, null, null);
        }
    }

    public record ContactView(long id, long employerId, String name, String jobTitle, ProfessionalRole role, Level level,
                              Long establishmentId, String establishmentName, boolean decisionAuthority, boolean supportsPartnership,
                              boolean pointOfContact, boolean thirdParty, boolean volunteer, String email, String phone,
                              String notes, int version, boolean archived) {
    }

    /** A gap in a partnership's coverage: a message key for what is missing and one for what to do, with arguments. */
    public record Gap(String key, Object[] arguments) {
        public String adviceKey() {
            return key + ".advice";
        }

        /** Gaps name at most one thing (a job title, a head count). */
        public Object argument() {
            return arguments.length == 0 ? "" : arguments[0];
        }
    }

    /** The people who work with us on the employer's side, the point of contact first. */
    @Transactional(readOnly = true)
    public List<ContactView> of(long employerId) {
        return list(employerId, false);
    }

    /** People who no longer work with us on the employer's side: kept for the engagements they took part in. */
    @Transactional(readOnly = true)
    public List<ContactView> former(long employerId) {
        return list(employerId, true);
    }

    private List<ContactView> list(long employerId, boolean archived) {
        employers.get(employerId);
        return jdbc.sql("""
                        select c.*, s.name as establishment_name from employer_contact c
                        left join establishment s on s.id = c.establishment_id
                        where c.employer_id = ? and (c.archived_at is not null) = ?
                        order by c.point_of_contact desc, c.role, lower(c.name), c.id""")
                .params(employerId, archived).query((rs, n) -> view(rs)).list();
    }

    /** Takes a person off the lists, pickers and coverage view; their past engagements keep their name. */
    public ContactView archive(long contactId) {
        ContactView contact = get(contactId);
        jdbc.sql("update employer_contact set archived_at = coalesce(archived_at, now()), version = version + 1, updated_at = now() where id = ?")
                .param(contactId).update();
        audit.record("contact.archived", "contact", contactId, contact.role().name());
        return get(contactId);
    }

    public ContactView restore(long contactId) {
        ContactView contact = get(contactId);
        jdbc.sql("update employer_contact set archived_at = null, version = version + 1, updated_at = now() where id = ?").param(contactId).update();
        audit.record("contact.restored", "contact", contactId, contact.role().name());
        return get(contactId);
    }

    @Transactional(readOnly = true)
    public ContactView get(long contactId) {
        return jdbc.sql("""
                        select c.*, s.name as establishment_name from employer_contact c
                        join employer e on e.id = c.employer_id left join establishment s on s.id = c.establishment_id
                        where c.id = ? and e.organization_id = ?""")
                .params(contactId, org.pathways.platform.PathwaysUser.current().organizationId())
                .query((rs, n) -> view(rs)).optional().orElseThrow(() -> new NotFound("contact", contactId));
    }

    private static ContactView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ContactView(rs.getLong("id"), rs.getLong("employer_id"), rs.getString("name"), rs.getString("job_title"),
                ProfessionalRole.valueOf(rs.getString("role")), Level.valueOf(rs.getString("level")),
                rs.getObject("establishment_id", Long.class), rs.getString("establishment_name"), rs.getBoolean("decision_authority"),
                rs.getBoolean("supports_partnership"), rs.getBoolean("point_of_contact"), rs.getBoolean("third_party"),
                rs.getBoolean("volunteer"), rs.getString("email"), rs.getString("phone"), rs.getString("notes"), rs.getInt("version"),
                rs.getTimestamp("archived_at") != null);
    }

    public ContactView add(long employerId, ContactInput input) {
        employers.get(employerId);
        check(employerId, input);
        long id = jdbc.sql("""
                        insert into employer_contact (employer_id, establishment_id, name, job_title, role, level, decision_authority,
                                                      supports_partnership, point_of_contact, third_party, volunteer, email, phone, notes)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(employerId, input.establishmentId(), input.name().strip(), Text.blankToNull(input.jobTitle()), input.role().name(),
                        input.level().name(), input.decisionAuthority(), input.supportsPartnership(), input.pointOfContact(),
                        input.thirdParty(), input.volunteer(), Text.blankToNull(input.email()), Text.blankToNull(input.phone()), Text.blankToNull(input.notes()))
                .query(Long.class).single();
        audit.record("contact.created", "contact", id, input.role().name());
        return get(id);
    }

    public ContactView update(long contactId, int version, ContactInput input) {
        ContactView current = get(contactId);
        check(current.employerId(), input);
        int updated = jdbc.sql("""
                        update employer_contact set establishment_id = ?, name = ?, job_title = ?, role = ?, level = ?,
                               decision_authority = ?, supports_partnership = ?, point_of_contact = ?, third_party = ?, volunteer = ?,
                               email = ?, phone = ?, notes = ?, version = version + 1, updated_at = now()
                        where id = ? and version = ?""")
                .params(input.establishmentId(), input.name().strip(), Text.blankToNull(input.jobTitle()), input.role().name(), input.level().name(),
                        input.decisionAuthority(), input.supportsPartnership(), input.pointOfContact(), input.thirdParty(),
                        input.volunteer(), Text.blankToNull(input.email()), Text.blankToNull(input.phone()), Text.blankToNull(input.notes()), contactId, version)
                .update();
        OptimisticWrite.expectChanged(updated, "employer.changedByOther", "contact " + contactId, version);
        audit.record("contact.updated", "contact", contactId, input.role().name());
        return get(contactId);
    }

    /** The record's own limits, then the rules that need data or more than one field. */
    private void check(long employerId, ContactInput input) {
        inputs.check(input);
        if (input.level() == Level.ESTABLISHMENT && input.establishmentId() == null) {
            throw new InvalidInput("establishmentId", "contact.establishmentRequired");
        }
        if (input.establishmentId() != null && jdbc.sql("select count(*) from establishment where id = ? and employer_id = ?")
                .params(input.establishmentId(), employerId).query(Long.class).single() == 0) {
            audit.refusedForeignRecords("establishmentId", input.establishmentId());
            throw new InvalidInput("establishmentId", "criticalJob.otherEstablishment");
        }
        if (input.email() != null && !input.email().isBlank() && !input.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidInput("email", "validation.email");
        }
        // a number someone can dial: digits with the usual separators, an extension allowed ("x12", "ext. 12")
        if (input.phone() != null && !input.phone().isBlank() && (!input.phone().strip().matches("(?i)[0-9+()./ -]+((x|ext\\.?) ?[0-9]{1,6})?")
                || input.phone().replaceAll("(?i)(x|ext\\.?) ?[0-9]+$", "").replaceAll("[^0-9]", "").length() < 7)) {
            throw new InvalidInput("phone", "contact.badPhone", input.phone().strip());
        }
    }

    /**
     * The gaps in a partnership's coverage, in the order to work on them. Volunteers are counted out: they
     * act as members of the community, not for the employer.
     */
    @Transactional(readOnly = true)
    public List<Gap> coverage(long employerId) {
        return coverage(employers.get(employerId), of(employerId), criticalJobs.of(employerId));
    }

    /** The same, from what a page has already read. */
    public List<Gap> coverage(Employers.EmployerView employer, List<ContactView> contacts, List<CriticalJobs.CriticalJobView> jobs) {
        List<ContactView> people = contacts.stream().filter(c -> !c.volunteer()).toList();
        List<Gap> gaps = new ArrayList<>();
        if (people.isEmpty()) {
            gaps.add(new Gap("coverage.nobody", new Object[0]));
            return gaps;
        }
        if (people.stream().noneMatch(c -> c.role() == ProfessionalRole.EXECUTIVE_LEADERSHIP && c.supportsPartnership())) {
            gaps.add(new Gap("coverage.noLeadershipBuyIn", new Object[0]));
        }
        long points = people.stream().filter(ContactView::pointOfContact).count();
        if (points == 0) {
            gaps.add(new Gap("coverage.noPointOfContact", new Object[0]));
        } else if (points > 1) {
            gaps.add(new Gap("coverage.severalPointsOfContact", new Object[] {points}));
        }
        if (people.stream().noneMatch(c -> c.role() == ProfessionalRole.EMPLOYEE_SUPPORT)) {
            gaps.add(new Gap("coverage.noEmployeeSupport", new Object[0]));
        }
        for (CriticalJobs.CriticalJobView job : jobs) {
            boolean covered = people.stream().anyMatch(c -> (c.role() == ProfessionalRole.HUMAN_RESOURCES
                    || c.role() == ProfessionalRole.RECRUITMENT || c.role() == ProfessionalRole.HIRING_MANAGER)
                    && (c.level() == Level.CORPORATE || job.establishmentId() == null || job.establishmentId().equals(c.establishmentId())));
            if (!covered) {
                gaps.add(new Gap("coverage.noHiringContact", new Object[] {job.employerTitle()}));
            }
        }
        Integer headCount = employer.effectiveHeadCount();
        if (headCount != null && headCount >= LARGE_EMPLOYER && people.stream().noneMatch(c -> c.level() == Level.CORPORATE)) {
            gaps.add(new Gap("coverage.noCorporateSupport", new Object[] {headCount}));
        }
        return gaps;
    }
}
