-- Coordinators who chose not to get the morning digest (README "A coordinator's day"); every
-- other member of the coordinators' group gets it. Written from the person's program page. H2 and
-- PostgreSQL.
create table morning_digest_opt_out (
    user_id       varchar(64) primary key,
    opted_out_at  timestamp(6) with time zone not null
);
