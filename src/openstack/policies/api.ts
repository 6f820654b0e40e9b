import { z } from 'zod';
import { policyInputSchema, policySchema, runSchema, runSummarySchema } from '@/policy-engine/schema.mjs';
import type { CloudApi } from '../http';
import { parseAnswer } from '../parse';
import { checkRequest, segment } from '../request';

export type Policy = z.infer<typeof policySchema>;
export type PolicyInput = z.input<typeof policyInputSchema>;
export type PolicyRun = z.infer<typeof runSchema>;
export type RunItem = PolicyRun['items'][number];
export type Schedule = Policy['schedule'];
export type RunSummary = z.infer<typeof runSummarySchema>;

const policyListSchema = z.looseObject({ policies: z.array(policySchema) });
const policyAnswerSchema = z.looseObject({ policy: policySchema });
const runAnswerSchema = z.looseObject({ run: runSchema });
const runListSchema = z.looseObject({ runs: z.array(runSchema) });

/** The dashboard server's own API, same origin; the session token proves the project (the server checks it with Keystone). */
const http = (api: CloudApi) => api.http('policies');

/** GET /api/v1/policies: this project's policies. */
export async function listPolicies(api: CloudApi): Promise<Policy[]> {
  const response = await http(api).get('/policies');
  return parseAnswer(policyListSchema, response.data, 'policies', 'GET /api/v1/policies').policies;
}

export async function getPolicy(api: CloudApi, id: string): Promise<Policy> {
  const response = await http(api).get(`/policies/${segment(id)}`);
  return parseAnswer(policyAnswerSchema, response.data, 'policies', 'GET /api/v1/policies/{id}').policy;
}

export async function createPolicy(api: CloudApi, input: PolicyInput): Promise<Policy> {
  const body = checkRequest(policyInputSchema, input, 'policies', 'the policy');
  const response = await http(api).post('/policies', body);
  return parseAnswer(policyAnswerSchema, response.data, 'policies', 'POST /api/v1/policies').policy;
}

export async function updatePolicy(api: CloudApi, id: string, input: PolicyInput): Promise<Policy> {
  const body = checkRequest(policyInputSchema, input, 'policies', 'the policy');
  const response = await http(api).put(`/policies/${segment(id)}`, body);
  return parseAnswer(policyAnswerSchema, response.data, 'policies', 'PUT /api/v1/policies/{id}').policy;
}

export async function deletePolicy(api: CloudApi, id: string): Promise<void> {
  await http(api).delete(`/policies/${segment(id)}`);
}

/** POST /api/v1/policies/{id}/run: a manual run now (202 with the run as it starts). */
export async function runPolicyNow(api: CloudApi, id: string): Promise<PolicyRun> {
  const response = await http(api).post(`/policies/${segment(id)}/run`);
  return parseAnswer(runAnswerSchema, response.data, 'policies', 'POST /api/v1/policies/{id}/run').run;
}

/** GET /api/v1/policies/{id}/runs, newest first. */
export async function listPolicyRuns(api: CloudApi, id: string, limit = 20): Promise<PolicyRun[]> {
  const response = await http(api).get(`/policies/${segment(id)}/runs`, { params: { limit } });
  return parseAnswer(runListSchema, response.data, 'policies', 'GET /api/v1/policies/{id}/runs').runs;
}
