-- Real mail has subjects over 2,000 characters, attachment names of hundreds and senders longer
-- than 500: values taken from a message are unbounded text, never a reason to quarantine it.
-- varchar without a length is unbounded in PostgreSQL and in H2 (up to 1,000,000,000 characters)
-- and, unlike H2's text (a CLOB there), can stay indexed. Written for both databases.
alter table escalation_case alter column message_id set data type varchar;
alter table escalation_case alter column thread_key set data type varchar;
alter table escalation_case alter column sender set data type varchar;
alter table escalation_case alter column subject set data type varchar;
alter table escalation_case alter column severity_rule set data type varchar;
alter table case_evidence alter column phrase set data type varchar;
alter table case_evidence alter column location set data type varchar;
alter table quarantine alter column source set data type varchar;
alter table automated_mail alter column message_id set data type varchar;
alter table automated_mail alter column sender set data type varchar;
alter table automated_mail alter column subject set data type varchar;
