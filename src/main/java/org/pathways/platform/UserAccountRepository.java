package org.pathways.platform;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

    @Query("select * from user_account where lower(username) = lower(:username)")
    Optional<UserAccount> findByUsernameIgnoringCase(String username);

    @Query("select * from user_account where organization_id = :organizationId order by lower(display_name) limit :limit offset :offset")
    List<UserAccount> findPageByOrganization(long organizationId, int limit, long offset);

    long countByOrganizationId(long organizationId);
}
