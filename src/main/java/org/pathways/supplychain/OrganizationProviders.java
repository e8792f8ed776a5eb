package org.pathways.supplychain;

import org.pathways.platform.OrganizationRegistered;
import org.pathways.platform.OrganizationType;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** An OPSO or a training provider that joins Pathways becomes a provider hires can come through, without anyone adding it. */
@Component
class OrganizationProviders {

    private final Providers providers;

    OrganizationProviders(Providers providers) {
        this.providers = providers;
    }

    @ApplicationModuleListener
    void on(OrganizationRegistered registered) {
        if (registered.type() == OrganizationType.OPSO || registered.type() == OrganizationType.TRAINING_PROVIDER) {
            providers.includeOrganizations();
        }
    }
}
