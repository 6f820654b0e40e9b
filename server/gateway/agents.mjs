// @ts-check
/**
 * The connection pools towards the cloud, and TLS the way the configuration says (OS_CACERT /
 * clouds.yaml `cacert`, OS_INSECURE / `verify: false`). Both the forwarding and the gateway's own
 * catalog look-ups use them.
 */
import http from 'node:http';
import https from 'node:https';

/**
 * @typedef {object} Agents
 * @property {(url: URL) => http.Agent} forUrl the pool for an upstream URL's scheme
 * @property {{ ca?: string, insecure: boolean }} tls
 * @property {() => void} close frees the pools
 */

/**
 * @param {{ ca?: string, insecure: boolean }} tls
 * @returns {Agents}
 */
export function createAgents(tls) {
  const plain = new http.Agent({ keepAlive: true });
  const secure = new https.Agent({
    keepAlive: true,
    ...(tls.ca ? { ca: tls.ca } : {}),
    rejectUnauthorized: !tls.insecure,
  });
  return {
    forUrl: (url) => (url.protocol === 'https:' ? secure : plain),
    tls,
    close() {
      plain.destroy();
      secure.destroy();
    },
  };
}
