/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { snapshotGateway } from './server/vite-plugin.mjs';
import { firstRequestsScript } from './src/openstack/early-requests/replay.mjs';

interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

const entryModule = fileURLToPath(new URL('./src/main.tsx', import.meta.url));

/**
 * What a signed-in page loads besides its panel: the shell and the session's services, the typed
 * client (signing in needs it too), the first-page reads. Lazy, so the login page's first chunk is
 * small; one chunk with the panel kit, so a signed-in page asks for no more files than before.
 */
const signedInModules = ['src/app/SignedInLayout.tsx', 'src/app/PanelPreloader.tsx', 'src/app/first-panel.ts', 'src/app/first-requests.ts', 'src/cloud/session-services.ts'].map(
  (file) => fileURLToPath(new URL(`./${file}`, import.meta.url)),
);

/** What the panels share: the panel kit, the typed client, and the libraries only they use. */
const sharedByPanels =
  /[\\/](src[\\/](components|lib|openstack|cloud|policy-engine)|node_modules[\\/](axios|@radix-ui|@tanstack[\\/](react-virtual|virtual-core|react-query|query-core)|zod|react-remove-scroll[^\\/]*|aria-hidden|use-callback-ref|use-sidecar|react-style-singleton|get-nonce|tslib))[\\/]/;

/** The policies' messages, registered by the Images, Instances and Snapshot Policies panels alike. */
const policyMessages = /[\\/]src[\\/]i18n[\\/](panels|messages[\\/]en)[\\/]policies\.ts$/;

/**
 * One chunk for the code the panels share (the panel kit, the typed client's lazy parts): without
 * it a first panel fetched 8 small chunks, one import level after another. What the entry imports
 * statically stays in the entry; each panel keeps its own chunk.
 */
function panelKitChunk() {
  let initial: Set<string> | null = null;
  let signedIn: Set<string> | null = null;
  const staticallyFrom = (graph: ModuleGraph, entries: string[]): Set<string> => {
    const reached = new Set<string>(entries);
    const queue = [...entries];
    for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
      for (const next of graph.getModuleInfo(id)?.importedIds ?? []) {
        if (reached.has(next)) continue;
        reached.add(next);
        queue.push(next);
      }
    }
    return reached;
  };
  return (id: string, graph: ModuleGraph): string | null => {
    initial ??= staticallyFrom(graph, [entryModule]);
    signedIn ??= staticallyFrom(graph, signedInModules);
    // What the entry imports statically is one chunk too: left alone, the modules the client also
    // imports dynamically (zod's schemas, the microversion parser) became 4 preloaded files.
    if (initial.has(id)) return id === entryModule ? null : 'boot';
    // Rolldown's module runtime is needed by the entry anyway: not a request of its own.
    if (id.includes('rolldown/runtime')) return 'boot';
    return signedIn.has(id) || sharedByPanels.test(id) || policyMessages.test(id) ? 'panel-kit' : null;
  };
}

/**
 * index.html starts with the script that sends a list panel's first request before the app's code
 * has arrived (replay.mjs); the dashboard's server allows it by its hash (server/static.mjs).
 */
function firstRequestsInline(): Plugin {
  return {
    name: 'snapshot-dashboard:first-requests',
    // Right after the charset: a script waits for the stylesheets linked before it.
    transformIndexHtml: (html) => html.replace(/<meta charset="UTF-8" \/>/i, (charset) => `${charset}<script>${firstRequestsScript()}</script>`),
  };
}

export default defineConfig({
  plugins: [react(), snapshotGateway(), firstRequestsInline()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // The one chunk over Vite's 500 kB default is the demo's mock cloud (~530 kB, ~190 kB gzipped),
    // loaded only in demo mode; `npm run bench` reports every chunk's gzipped size.
    chunkSizeWarningLimit: 600,
    // One stylesheet, linked from index.html: a first panel asked for 5–6 CSS files after its chunks.
    cssCodeSplit: false,
    // The gateway reads it to preload a panel's chunks with index.html (server/route-preload.mjs).
    manifest: true,
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: panelKitChunk(), debugName: 'boot and panel-kit', includeDependenciesRecursively: false }] } },
    },
  },
  test: {
    globals: true,
    restoreMocks: true,
    testTimeout: 20000,
    // No test asserts on styles: skip CSS processing.
    css: false,
    // Vitest leaves one core idle by default; the suite is I/O-light, so use them all (2 here: 159 s → 92 s).
    maxWorkers: '100%',
    // Tests that need no DOM run in Node (no jsdom per file); components and pages run in jsdom.
    // A `.test.ts` file that needs a DOM says so with `// @vitest-environment jsdom`.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // These files leave no global state behind (each closes its servers): share loaded modules.
          isolate: false,
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'server/**/*.test.{ts,mjs}'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          // Every page test renders the whole app: load its modules once per worker, not once per file.
          // Each test still gets a fresh mock cloud, query client, session store and router.
          isolate: false,
          setupFiles: ['tests/setup.ts'],
          include: ['src/**/*.test.tsx', 'tests/unit/**/*.test.tsx'],
        },
      },
    ],
  },
});
