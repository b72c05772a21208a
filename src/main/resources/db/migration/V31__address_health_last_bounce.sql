-- A failing address expires some time after its last bounce (escalation.bounce.failing-expires-after)
alter table address_health add column last_bounce_at timestamp with time zone;
update address_health set last_bounce_at = failing_since;
