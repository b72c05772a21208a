-- The SLA feature's published read of its timers: for each case, the next breach deadline still
-- running and, when that deadline is the acknowledgement's, the same instant as ack_due_at.
-- Other features (the case list) read this view instead of the sla_timer table itself.
create view case_deadline as
select case_id,
       min(due_at) as due_at,
       min(case when kind = 'BREACH_ACK' then due_at end) as ack_due_at
  from sla_timer
 where fired_at is null
   and cancelled_at is null
   and kind in ('BREACH_ACK', 'BREACH_RESOLVE')
 group by case_id;
