package org.pathways.platform;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface OrganizationRepository extends ListCrudRepository<Organization, Long> {

    @Query("select * from organization where lower(name) = lower(:name)")
    Optional<Organization> findByNameIgnoringCase(String name);

    Optional<Organization> findFirstByTypeOrderById(OrganizationType type);
}
