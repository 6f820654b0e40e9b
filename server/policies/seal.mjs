// @ts-check
/**
 * AES-256-GCM for application-credential secrets at rest: `v1.<iv>.<tag>.<ciphertext>` (base64url).
 * The policy id is bound as associated data, so a sealed secret copied to another row does not open.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * @param {Buffer} key 32 bytes
 * @param {string} plain
 * @param {string} boundTo associated data (the policy id)
 */
export function seal(key, plain, boundTo) {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(boundTo, 'utf8'));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), body].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
}

/**
 * @param {Buffer} key
 * @param {string} sealed
 * @param {string} boundTo
 * @returns {string}
 */
export function unseal(key, sealed, boundTo) {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== 'v1' || iv === undefined || tag === undefined || body === undefined) {
    throw new Error('The stored credential secret is not in a known format.');
  }
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(boundTo, 'utf8'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    throw new Error('The stored credential secret does not open with this key (was DASHBOARD_SECRET_KEY changed?).');
  }
}
