-- A person's program page and their language ask which apprentices named them as training
-- supervisor. The address is stored in lower case (as the application form normalizes it), so a
-- plain index serves the lookup on H2 and PostgreSQL alike; lower() on the column served by none.
update mentor set supervisor_email = lower(supervisor_email) where supervisor_email <> lower(supervisor_email);
create index mentor_supervisor on mentor (supervisor_email);
