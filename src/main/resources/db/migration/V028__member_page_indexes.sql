-- Pages a member opens most, at the organisation's size (docs/decisions/025, docs/benchmarks.md).
-- The catalog counts and pages the offerings still to end, by status and last session, soonest first: from this
-- index alone (ids and dates), instead of reading every offering row.
CREATE INDEX ix_offering_listed ON offering (status, last_session_at, first_session_at);
-- "My path" and the offering page's suggestions read the next runs of each program.
CREATE INDEX ix_offering_program_next ON offering (program_id, status, first_session_at);
-- A member's facts for the prerequisite rules (one statement) read their approved applications and overrides.
CREATE INDEX ix_application_member ON application (member_id, status);
CREATE INDEX ix_override_member ON eligibility_override (member_id);
