-- Raw messages and letters above escalation.storage.inline-max-size are kept as files in the data
-- directory, not in the row: the row names the file and its SHA-256, checked when it is read back.
-- raw_message (cases) is then null; quarantine.raw (not null) is empty.
alter table escalation_case add column raw_file varchar(100);
alter table escalation_case add column raw_sha256 varchar(64);
alter table escalation_case add column raw_size bigint;
alter table quarantine add column raw_file varchar(100);
alter table quarantine add column raw_sha256 varchar(64);
alter table quarantine add column raw_size bigint;
