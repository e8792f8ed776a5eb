-- The link key moves to the platform (PrivateLinks signs links for several modules now). The key kept here is copied,
-- not replaced: every survey link already sent stays valid. Its one table is then dropped.
insert into private_link_key (id, secret) select id, secret from demand_link_key on conflict (id) do nothing;
drop table demand_link_key;
