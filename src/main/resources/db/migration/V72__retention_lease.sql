-- Periodic jobs shared by several daemons on one database: a job runs where it first claims its
-- row, and the claim says when it may run next (a daemon that dies mid-run only delays the next).
create table job_lease (
    name         varchar(64) primary key,
    holder       varchar(128),
    leased_until timestamp with time zone,
    last_run_at  timestamp with time zone
);
insert into job_lease (name) values ('retention');
