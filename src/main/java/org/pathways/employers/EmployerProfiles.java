package org.pathways.employers;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything an employer's page shows, read in one read-only transaction: one connection and one snapshot for
 * the whole page, instead of a transaction per part (which also let two parts disagree if someone saved between).
 */
@Service
public class EmployerProfiles {

    public record Profile(Employers.EmployerView employer, List<Employers.EstablishmentView> establishments,
                          List<CriticalJobs.CriticalJobView> criticalJobs, Map<Long, TalentSourcing.SourcingView> sourcingByJob,
                          List<Contacts.ContactView> contacts, List<Contacts.Gap> gaps, Intermediaries.Memberships memberships) {
    }

    private final Employers employers;
    private final CriticalJobs criticalJobs;
    private final TalentSourcing sourcing;
    private final Contacts contacts;
    private final Intermediaries intermediaries;

    EmployerProfiles(Employers employers, CriticalJobs criticalJobs, TalentSourcing sourcing, Contacts contacts, Intermediaries intermediaries) {
        this.employers = employers;
        this.criticalJobs = criticalJobs;
        this.sourcing = sourcing;
        this.contacts = contacts;
        this.intermediaries = intermediaries;
    }

    @Transactional(readOnly = true)
    public Profile of(long employerId) {
        Employers.EmployerView employer = employers.get(employerId);
        List<CriticalJobs.CriticalJobView> jobs = criticalJobs.of(employerId);
        List<Contacts.ContactView> people = contacts.of(employerId);
        return new Profile(employer, employers.establishments(employerId), jobs,
                sourcing.ofEmployer(employerId).stream().collect(Collectors.toMap(TalentSourcing.SourcingView::criticalJobId, Function.identity())),
                people, contacts.coverage(employer, people, jobs), intermediaries.of(employerId));
    }
}
