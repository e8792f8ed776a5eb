package org.pathways.talentflow;

import org.pathways.participants.ParticipantHired;
import org.pathways.participants.ParticipantSeparated;
import org.pathways.platform.AuditLog;
import org.pathways.supplychain.Providers;
import org.pathways.talentflow.Hires.HireInput;
import org.pathways.talentflow.Hires.Source;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A hire from an OPSO's referral becomes a hire record without anyone typing it twice: kept by the OPSO (whose profile of
 * the employer the referral named), through the OPSO as direct provider, and closed when the pipeline records that the
 * person left. Runs after the referral's step commits, from the event registry, so a restart in between loses nothing;
 * the referral id is unique on the hire, so an event delivered twice records one hire.
 */
@Component
class ReferralHires {

    private final HireRows rows;
    private final Providers providers;
    private final AuditLog audit;

    private final ApplicationEventPublisher events;

    ReferralHires(HireRows rows, Providers providers, AuditLog audit, ApplicationEventPublisher events) {
        this.events = events;
        this.rows = rows;
        this.providers = providers;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(ParticipantHired hired) {
        if (rows.ofReferral(hired.referralId())) {
            return;
        }
        providers.includeOrganizations();
        Long provider = providers.ofOrganization(hired.organizationId()).map(Providers.ProviderView::id).orElse(null);
        HireInput input = new HireInput(hired.criticalJobId(), hired.hiredOn(), null, null, null, provider, null, null, null, null, null,
                null, null, null);
        long id = rows.insert(hired.organizationId(), hired.employerId(), input, Source.REFERRAL, hired.referralId(),
                "referral:" + hired.referralId(), "referral pipeline");
        events.publishEvent(new HiresChanged(hired.organizationId(), hired.employerId()));
        audit.recordWith(hired.organizationId(), "system", "hire.recorded", "hire", id, "hired through referral " + hired.referralId());
    }

    @ApplicationModuleListener
    void on(ParticipantSeparated separated) {
        if (rows.separate(separated.referralId(), separated.separatedOn()) > 0) {
            rows.employerOfReferral(separated.referralId())
                    .ifPresent(employer -> events.publishEvent(new HiresChanged(separated.organizationId(), employer)));
            audit.recordWith(separated.organizationId(), "system", "hire.updated", "referral", separated.referralId(),
                    "separated " + separated.separatedOn());
        }
    }
}
