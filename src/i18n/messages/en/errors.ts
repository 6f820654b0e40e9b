export const errors = {
  title: 'Something went wrong',
  loadFailed: 'Could not load {what}.',
  network: 'Could not reach {service}. Check your connection and try again.',
  notFound: '{service} could not find it: {message}',
  forbidden: '{service} refused: {message}',
  conflict: '{service} refused because of the current state: {message}',
  quota: 'Quota exceeded: {message}',
  server: '{service} failed: {message}',
  parse: '{message}',
  generic: '{message}',
  services: {
    identity: 'Identity (Keystone)',
    compute: 'Compute (Nova)',
    image: 'Image (Glance)',
    volume: 'Block Storage (Cinder)',
    network: 'Networking (Neutron)',
  },
} as const;
