package org.pathways.outcomes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.pathways.platform.AuditLog;
import org.pathways.platform.OrganizationType;
import org.pathways.platform.PathwaysUser;
import org.pathways.shared.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention the way workforce programs report it to their funders (WIOA's primary indicators), beside the day-based
 * retention employers use: of the participants who left the OPSO's program in a period, the share employed in the second
 * and in the fourth calendar quarter after the quarter they left, and of those employed in the second, the share with the
 * same employer in the fourth. A quarter counts only once it has ended. Employment is what Pathways sees: jobs the
 * participant was hired into through the OPSO's referrals (funders match wage records, which Pathways does not hold, so
 * earnings in the second quarter are not given). Read from the participants module's view {@code program_exit_employment},
 * inside the OPSO only; the line per participant is for its staff, and its export is in the audit log.
 */
@Service
@Transactional(readOnly = true)
public class ProgramExits {

    /** A measure: counted of how many whose quarter has ended, and the rate. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Measure(long counted, long of) {
        public Double rate() {
            return of == 0 ? null : counted * 100.0 / of;
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ExitMeasures(long organizationId, LocalDate from, LocalDate to, long exits, Measure employedSecondQuarter,
                               Measure employedFourthQuarter, Measure sameEmployer) {
    }

    /** One participant who left: null where the quarter has not ended yet. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ExitLine(long participantId, LocalDate entry, LocalDate exit, Boolean employedSecondQuarter,
                           Boolean employedFourthQuarter, Boolean sameEmployer) {
    }

    record Job(long employerId, LocalDate hiredOn, LocalDate separatedOn) {
        boolean during(LocalDate start, LocalDate end) {
            return !hiredOn.isAfter(end) && (separatedOn == null || !separatedOn.isBefore(start));
        }
    }

    record Exit(long participantId, LocalDate entry, LocalDate exit, List<Job> jobs) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ProgramExits(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The OPSO's exits in a period (the last two years when not given) and the three measures. */
    public ExitMeasures measures(LocalDate from, LocalDate to) {
        PathwaysUser me = opso();
        Window window = window(from, to);
        LocalDate today = LocalDate.now();
        List<ExitLine> lines = exits(me.organizationId(), window).stream().map(e -> line(e, today)).toList();
        return new ExitMeasures(me.organizationId(), window.from(), window.to(), lines.size(),
                measure(lines.stream().map(ExitLine::employedSecondQuarter).toList()),
                measure(lines.stream().map(ExitLine::employedFourthQuarter).toList()),
                measure(lines.stream().map(ExitLine::sameEmployer).toList()));
    }

    /** A line per participant who left, for the OPSO's staff (a funder's file); recorded in the audit log. */
    @Transactional
    public List<ExitLine> lines(LocalDate from, LocalDate to) {
        PathwaysUser me = opso();
        if (!me.isStaff()) {
            throw new AccessDeniedException("Participant lines are for the OPSO's staff");
        }
        Window window = window(from, to);
        LocalDate today = LocalDate.now();
        List<ExitLine> lines = exits(me.organizationId(), window).stream().map(e -> line(e, today)).toList();
        audit.record("outcomes.exitsExported", "organization", me.organizationId(), lines.size() + " participants who left from "
                + window.from() + " to " + window.to());
        return lines;
    }

    record Window(LocalDate from, LocalDate to) {
    }

    private static Window window(LocalDate from, LocalDate to) {
        LocalDate end = to != null ? to : LocalDate.now();
        LocalDate start = from != null ? from : end.minusYears(2).plusDays(1);
        if (end.isBefore(start)) {
            throw new InvalidInput("to", "outcomes.toBeforeFrom");
        }
        return new Window(start, end);
    }

    private static PathwaysUser opso() {
        PathwaysUser me = PathwaysUser.current();
        if (me.organizationType() != OrganizationType.OPSO) {
            throw new InvalidInput("scope", "outcomes.exitsOpsoOnly");
        }
        return me;
    }

    private List<Exit> exits(long organizationId, Window window) {
        record Row(long participantId, LocalDate entry, LocalDate exit, Job job) {
        }
        List<Row> rows = jdbc.sql("""
                        select participant_id, program_entry, program_exit, employer_id, hired_on, separated_on
                        from program_exit_employment where organization_id = ? and program_exit between ? and ?
                        order by program_exit, participant_id""").params(organizationId, window.from(), window.to())
                .query((rs, n) -> new Row(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
                        rs.getObject(4) == null ? null
                                : new Job(rs.getLong(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class))))
                .list();
        Map<Long, Exit> exits = new LinkedHashMap<>();
        for (Row row : rows) {
            Exit exit = exits.computeIfAbsent(row.participantId(), id -> new Exit(id, row.entry(), row.exit(), new ArrayList<>()));
            if (row.job() != null) {
                exit.jobs().add(row.job());
            }
        }
        return List.copyOf(exits.values());
    }

    /** The first day of the n-th calendar quarter after the one the day falls in. */
    static LocalDate quarterAfter(LocalDate day, int n) {
        return day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1).plusMonths(3L * n);
    }

    static ExitLine line(Exit exit, LocalDate today) {
        LocalDate second = quarterAfter(exit.exit(), 2);
        LocalDate fourth = quarterAfter(exit.exit(), 4);
        Set<Long> inSecond = employers(exit, second);
        Set<Long> inFourth = employers(exit, fourth);
        boolean secondEnded = second.plusMonths(3).isBefore(today.plusDays(1));
        boolean fourthEnded = fourth.plusMonths(3).isBefore(today.plusDays(1));
        Boolean employedSecond = secondEnded ? !inSecond.isEmpty() : null;
        Boolean employedFourth = fourthEnded ? !inFourth.isEmpty() : null;
        Set<Long> both = new HashSet<>(inSecond);
        both.retainAll(inFourth);
        Boolean same = fourthEnded && !inSecond.isEmpty() ? !both.isEmpty() : null;
        return new ExitLine(exit.participantId(), exit.entry(), exit.exit(), employedSecond, employedFourth, same);
    }

    private static Set<Long> employers(Exit exit, LocalDate quarter) {
        LocalDate end = quarter.plusMonths(3).minusDays(1);
        Set<Long> employers = new HashSet<>();
        exit.jobs().stream().filter(j -> j.during(quarter, end)).forEach(j -> employers.add(j.employerId()));
        return employers;
    }

    private static Measure measure(List<Boolean> values) {
        long of = values.stream().filter(v -> v != null).count();
        return new Measure(values.stream().filter(Boolean.TRUE::equals).count(), of);
    }
}
