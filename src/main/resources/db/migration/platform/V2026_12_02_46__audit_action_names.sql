-- One convention for audit actions (decision 0007): "subject.pastTense", as the modules already wrote them
-- ("employer.created"). The platform's early actions were written in capitals; rows already kept are renamed so a
-- search by action finds old and new alike.
update audit_event set action = case action
    when 'ACCESS_DENIED' then 'access.denied'
    when 'SIGN_IN_FAILED' then 'signIn.failed'
    when 'SIGN_IN' then 'signIn.succeeded'
    when 'ACCOUNT_LOCKED' then 'user.locked'
    when 'USER_ROLES_CHANGED' then 'user.rolesChanged'
    when 'USER_DEACTIVATED' then 'user.deactivated'
    when 'USER_CREATED' then 'user.created'
    when 'USER_ACTIVATED' then 'user.activated'
    when 'TOKEN_REVOKED' then 'token.revoked'
    when 'TOKEN_REJECTED' then 'token.rejected'
    when 'TOKEN_CREATED' then 'token.created'
    when 'PASSWORD_CHANGE_REFUSED' then 'user.passwordChangeRefused'
    when 'PASSWORD_CHANGED' then 'user.passwordChanged'
    when 'ORGANIZATION_CREATED' then 'organization.created'
    when 'ADMINISTRATOR_CREATED' then 'user.administratorCreated'
    when 'REFUSED_FOREIGN_RECORD' then 'access.foreignRecordRefused'
    when 'CSRF_REFUSED' then 'access.csrfRefused'
    else action end
where action in ('ACCESS_DENIED', 'SIGN_IN_FAILED', 'SIGN_IN', 'ACCOUNT_LOCKED', 'USER_ROLES_CHANGED', 'USER_DEACTIVATED', 'USER_CREATED', 'USER_ACTIVATED', 'TOKEN_REVOKED', 'TOKEN_REJECTED', 'TOKEN_CREATED', 'PASSWORD_CHANGE_REFUSED', 'PASSWORD_CHANGED', 'ORGANIZATION_CREATED', 'ADMINISTRATOR_CREATED', 'REFUSED_FOREIGN_RECORD', 'CSRF_REFUSED');
