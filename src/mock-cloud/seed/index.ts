import type { CloudCore } from '../core';
import { emptyDb, type MockDb } from '../db';
import { seedServers, seedKeypairs } from './demo-compute';
import { seedImages } from './demo-images';
import { seedNetwork } from './demo-network';
import { scheduleInflightSnapshot, seedVolumes } from './demo-volumes';
import { seedFlavors, seedIdentity } from './identity';

/** A fresh db for a seed; lifecycles already in flight start at `now` (virtual). */
export function seedDb(core: CloudCore, seed: 'demo' | 'empty', now: number): MockDb {
  const db = emptyDb(seed);
  seedIdentity(db);
  seedFlavors(db);
  if (seed === 'empty') return db;
  seedNetwork(db);
  seedImages(db);
  seedKeypairs(db);
  seedServers(core, db, now);
  seedVolumes(db);
  scheduleInflightSnapshot(core, db, now);
  return db;
}

export { seedIds } from './ids';
