-- The escalation's Message-ID is what a reply must quote to reach a case, so it is no longer written
-- into the timeline that everyone who can see the case reads; older rows lose it too.
update case_event
   set detail = substring(detail, 1, position(' queued as ' in detail) - 1) || ' queued'
 where kind = 'escalated' and position(' queued as ' in detail) > 0;
