-- Snapshot policies and their runs. Plain PostgreSQL: the same file runs on PGlite (one server)
-- and on a PostgreSQL server (several replicas).
CREATE TABLE policies (
  id text PRIMARY KEY,
  project_id text NOT NULL,
  -- The user whose application credential the runs use (the one who saved the policy).
  user_id text NOT NULL,
  -- The policy as the API takes it (name, targets, schedule, time zone, retention, ...).
  body jsonb NOT NULL,
  credential_id text NOT NULL,
  -- AES-256-GCM, see server/policies/seal.mjs; never the plain secret.
  credential_secret text NOT NULL,
  credential_expires_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  -- Slots are counted from here: creation, a schedule change, or a resume after a pause.
  schedule_since timestamptz NOT NULL,
  -- The newest slot claimed for a scheduled run.
  last_slot timestamptz
);
CREATE INDEX policies_project ON policies (project_id);

CREATE TABLE policy_runs (
  id text PRIMARY KEY,
  policy_id text NOT NULL REFERENCES policies (id) ON DELETE CASCADE,
  slot timestamptz NOT NULL,
  trigger text NOT NULL,
  state text NOT NULL,
  started_at timestamptz NOT NULL,
  ended_at timestamptz,
  -- The whole run as the engine keeps it (items, phases, outcomes, deleted snapshots).
  body jsonb NOT NULL,
  -- Claiming a slot is inserting this row: a slot is never run twice.
  UNIQUE (policy_id, slot)
);
CREATE INDEX policy_runs_policy_started ON policy_runs (policy_id, started_at DESC);
CREATE INDEX policy_runs_unfinished ON policy_runs (ended_at) WHERE ended_at IS NULL;
