-- Company single sign-on (profile oidc): which program account a person of the company's OpenID
-- Connect provider is, by the provider's stable subject (claim "sub") and its issuer, never by an
-- email address. Written only by the program office (README "Single sign-on"). H2 and PostgreSQL.
create table company_account_link (
    issuer    varchar(255) not null,
    subject   varchar(255) not null,
    user_id   varchar(64)  not null,
    linked_at timestamp(6) with time zone not null,
    primary key (issuer, subject),
    constraint company_account_link_one_per_account unique (issuer, user_id)
);
