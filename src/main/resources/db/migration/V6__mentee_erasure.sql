-- When an executive's enrollment was erased (request or retention); the row stays for statistics.
alter table mentee add column erased_at timestamp(6) with time zone;
