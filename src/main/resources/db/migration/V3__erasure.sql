-- When a person's data was erased (request or retention); the row stays for anonymised statistics.
alter table mentor add column erased_at timestamp(6) with time zone;
