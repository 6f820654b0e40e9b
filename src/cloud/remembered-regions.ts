/** Regions seen in a cloud's catalog, kept (they are not secret) so the login form can offer them. */
const key = (authUrl: string) => `snapshot-dashboard.regions:${authUrl}`;

export function rememberRegions(authUrl: string, regions: string[]): void {
  try {
    localStorage.setItem(key(authUrl), JSON.stringify(regions));
  } catch {
    // not worth failing a sign-in over
  }
}

export function rememberedRegions(authUrl: string): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key(authUrl)) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}
