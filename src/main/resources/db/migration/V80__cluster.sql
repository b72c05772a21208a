-- Several daemons on one database (issue 19, docs/adr/0013-several-daemons.md).
-- int_lock is Spring Integration's JdbcLockRegistry table, as its schema-postgresql.sql and
-- schema-h2.sql define it: one row per mailbox (or drop folder) a node holds, renewed while held.
create table int_lock (
    lock_key      char(36)     not null,
    region        varchar(100) not null,
    client_id     char(36),
    created_date  timestamp    not null,
    expired_after timestamp    not null,
    constraint int_lock_pk primary key (lock_key, region)
);

-- One row per daemon, written at every heartbeat: what it runs and what it reads.
create table cluster_node (
    node_id       varchar(128) primary key,
    address       varchar(300),
    rules_version varchar(64)  not null,
    sources       varchar      not null,
    started_at    timestamp with time zone not null,
    last_seen     timestamp with time zone not null
);
