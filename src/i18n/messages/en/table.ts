export const table = {
  title: 'Table',
} as const;
