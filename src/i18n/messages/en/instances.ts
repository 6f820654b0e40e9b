export const instances = {
  title: 'Instances',
} as const;
