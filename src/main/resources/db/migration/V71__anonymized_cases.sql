-- When a case was anonymized (by retention after its period, or by an erasure request): its
-- sender, subject, text, evidence phrases and timeline details no longer hold personal data, and
-- its original is gone. Severity, signals, executive and status stay for the dashboard and metrics.
alter table escalation_case add column anonymized_at timestamp with time zone;
-- Automated mail and outbox rows stay counted (the metrics count them) once their contents go.
alter table automated_mail add column erased_at timestamp with time zone;
