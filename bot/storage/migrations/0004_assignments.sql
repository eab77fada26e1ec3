-- Assignments that recur (a completion lapses after every_months and is due again), the day each was made,
-- and each learner's time zone, so reminders go in their working hours.
ALTER TABLE cohorts ADD COLUMN every_months integer, ADD COLUMN assigned_on date;
ALTER TABLE learners ADD COLUMN tz text NOT NULL DEFAULT '';
