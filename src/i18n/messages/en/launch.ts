export const launch = {
  title: 'Launch Instance',
} as const;
