-- The file a case came from, so it can be attached to the escalation and downloaded: a dropped
-- letter's own name and type; null for e-mail (raw_message is then the RFC 822 message).
alter table escalation_case add column original_name varchar(1000);
alter table escalation_case add column original_type varchar(200);
