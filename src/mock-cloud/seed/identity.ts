import type { MockDb } from '../db';
import { seedIds as ids } from './ids';

/** Users, projects and roles: the same in every seed. */
export function seedIdentity(db: MockDb): void {
  const { identity } = db;
  identity.domains[ids.domain] = { id: ids.domain, name: 'Default', description: 'The default domain', enabled: true };
  const projects: Array<[string, string, string]> = [
    [ids.projects.admin, 'admin', 'Bootstrap project for initializing the cloud.'],
    [ids.projects.demo, 'demo', 'The demo project'],
    [ids.projects.demoAlt, 'demo-alt', 'A second project, to show project switching'],
  ];
  for (const [id, name, description] of projects) {
    identity.projects[id] = { id, name, description, domain_id: ids.domain, enabled: true };
  }
  identity.users[ids.users.demo] = {
    id: ids.users.demo,
    name: 'demo',
    domain_id: ids.domain,
    password: 'demo',
    enabled: true,
    default_project_id: ids.projects.demo,
  };
  identity.users[ids.users.admin] = {
    id: ids.users.admin,
    name: 'admin',
    domain_id: ids.domain,
    password: 'admin',
    enabled: true,
    default_project_id: ids.projects.admin,
  };
  identity.roles[ids.roles.reader] = { id: ids.roles.reader, name: 'reader', implies: [] };
  identity.roles[ids.roles.member] = { id: ids.roles.member, name: 'member', implies: [ids.roles.reader] };
  identity.roles[ids.roles.admin] = { id: ids.roles.admin, name: 'admin', implies: [ids.roles.member] };
  identity.assignments.push(
    { user_id: ids.users.demo, project_id: ids.projects.demo, role_id: ids.roles.member },
    { user_id: ids.users.demo, project_id: ids.projects.demoAlt, role_id: ids.roles.member },
    { user_id: ids.users.admin, project_id: ids.projects.admin, role_id: ids.roles.admin },
    { user_id: ids.users.admin, project_id: ids.projects.demo, role_id: ids.roles.admin },
  );
}

/** devstack's flavors (ids as devstack makes them). */
export function seedFlavors(db: MockDb): void {
  const rows: Array<[string, string, number, number, number]> = [
    [ids.flavors.nano, 'm1.nano', 1, 128, 1],
    [ids.flavors.tiny, 'm1.tiny', 1, 512, 1],
    [ids.flavors.small, 'm1.small', 1, 2048, 20],
    [ids.flavors.medium, 'm1.medium', 2, 4096, 40],
    [ids.flavors.large, 'm1.large', 4, 8192, 80],
  ];
  for (const [id, name, vcpus, ram, disk] of rows) {
    db.compute.flavors[id] = {
      id,
      name,
      vcpus,
      ram,
      disk,
      ephemeral: 0,
      swap: 0,
      rxtx_factor: 1,
      is_public: true,
      disabled: false,
      description: null,
      extra_specs: {},
    };
  }
}
