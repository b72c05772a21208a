-- Executives' addresses that bounced, so health, the API and fail-over know to avoid them.
create table address_health (
    email         varchar(500) primary key,
    failing_since timestamp with time zone not null,
    last_reason   varchar(200) not null,
    last_status   varchar(20),
    bounces       int not null
);
