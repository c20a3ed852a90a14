-- Lookups that read a whole table otherwise, and so got slower with every former participant:
-- a participant's own records (download and erasure), their mails (erasure, own-data page), and
-- the mid-program check-in test on every logged session (PostgreSQL does not index foreign keys).
create index mentor_user on mentor (user_id);
create index mentee_user on mentee (user_id);
create index notification_recipients on notification (recipients);
create index supervisor_checkin_tandem on supervisor_checkin (tandem_id);
