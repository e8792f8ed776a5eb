-- The employer's corporate social responsibility and DEI profile (C6). Every field may be unknown (null).
alter table employer
    add column csr_staff        boolean,
    add column csr_approach     text check (csr_approach in ('BUSINESS_STRATEGY', 'CHARITABLE', 'MIXED')),
    add column csr_hr_overlap   boolean,
    add column dei_priority     text check (dei_priority in ('NONE', 'SOME_LOCATIONS', 'ENTERPRISE_WIDE')),
    add column dei_experience   text check (dei_experience in ('PIONEERING', 'DEVELOPING', 'LEARNING'));
