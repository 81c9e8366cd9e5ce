-- Staff's list of every offering, newest first, reads its first page from this index instead of sorting all
-- offerings (docs/benchmarks/staff-and-giving.md has the plans before and after).
CREATE INDEX ix_offering_newest ON offering (first_session_at);
