package org.pathways.outcomes;

import org.pathways.engagement.ValuePropositionAgreed;
import org.pathways.participants.ReferralProgressed;
import org.pathways.talentflow.HiresChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the outcomes module's read tables current from the other modules' events (after their transactions commit, from
 * the event registry, so a restart in between loses nothing), and rebuilds them from scratch from the published views
 * (the {@code rebuild-outcomes} command, the demo). An event only says which key changed; what is written is read again
 * from the owner's view, so an event delivered twice or out of order leaves the same rows.
 */
@Service
public class ReadModel {

    private final ReadModelRows rows;

    ReadModel(ReadModelRows rows) {
        this.rows = rows;
    }

    @ApplicationModuleListener
    void on(HiresChanged changed) {
        rows.refreshHires(changed.employerId());
    }

    @ApplicationModuleListener
    void on(ReferralProgressed progressed) {
        rows.refreshReferral(progressed.referralId());
    }

    @ApplicationModuleListener
    void on(ValuePropositionAgreed agreed) {
        rows.refreshAgreedTargets(agreed.employerId());
    }

    /** What a rebuild wrote: hires, referrals and agreed targets tracked. */
    public record Rebuilt(int hires, int referrals, int agreedTargets) {
    }

    /** Everything the read tables hold, read again from the owners' views in one transaction. */
    @Transactional
    public Rebuilt rebuild() {
        return rows.rebuild();
    }
}
