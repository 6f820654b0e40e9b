-- Several replicas on one PostgreSQL: the replica driving a run holds a lease on its row. It renews
-- the lease while it works; every write of the run's state is fenced by (lease_owner, lease_token),
-- and a replica takes over an unfinished run only once its lease has expired (bumping the token, so
-- a late write of the previous holder never lands). Runs stored before this migration have no
-- lease: the first scheduler to look takes them over.
ALTER TABLE policy_runs
  ADD COLUMN lease_owner text,
  ADD COLUMN lease_token integer NOT NULL DEFAULT 0,
  ADD COLUMN lease_expires_at timestamptz;
CREATE INDEX policy_runs_unfinished_lease ON policy_runs (lease_expires_at) WHERE ended_at IS NULL;
