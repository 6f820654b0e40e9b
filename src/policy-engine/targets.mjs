// @ts-check
/**
 * Which instances a policy covers: the ticked ones and every one carrying its metadata key=value,
 * so an instance tagged later is covered from its next run on.
 */

/** @typedef {import('./schema.mjs').PolicyTargets} PolicyTargets */

/**
 * @typedef {{ id: string, metadata?: Record<string, string> | null | undefined }} TargetableServer
 */

/**
 * Whether a policy's targets include a server.
 * @param {{ targets: PolicyTargets }} policy
 * @param {TargetableServer} server
 */
export function policyCoversServer(policy, server) {
  const { instanceIds, metadata } = policy.targets;
  if (instanceIds.includes(server.id)) return true;
  return metadata !== null && server.metadata?.[metadata.key] === metadata.value;
}

/**
 * The servers a policy covers, in the order given, each once.
 * @template {TargetableServer} S
 * @param {{ targets: PolicyTargets }} policy
 * @param {readonly S[]} servers
 * @returns {S[]}
 */
export function policyTargets(policy, servers) {
  const seen = new Set();
  return servers.filter((server) => {
    if (seen.has(server.id) || !policyCoversServer(policy, server)) return false;
    seen.add(server.id);
    return true;
  });
}

/**
 * Ticked instance ids no server answers to any more (deleted instances).
 * @param {{ targets: PolicyTargets }} policy
 * @param {readonly TargetableServer[]} servers
 * @returns {string[]}
 */
export function missingTargetIds(policy, servers) {
  const present = new Set(servers.map((server) => server.id));
  return [...new Set(policy.targets.instanceIds)].filter((id) => !present.has(id));
}
