-- Secrets an installation makes for itself at its first start and keeps (the demo profile's link
-- secret), so links survive restarts and every node on this database signs alike. Runs on H2 and
-- PostgreSQL.
create table installation_secret (
    secret_name  varchar(64)  primary key,
    secret_value varchar(128) not null,
    created_at   timestamp(6) with time zone default current_timestamp not null
);
