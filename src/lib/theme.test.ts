// @vitest-environment jsdom
import { applyTheme, savedTheme, saveTheme } from './theme';

describe('colour theme', () => {
  afterEach(() => {
    localStorage.clear();
    applyTheme('system');
  });

  it('follows the system until a choice is made, then remembers and applies it', () => {
    expect(savedTheme()).toBe('system');
    expect(document.documentElement.dataset['theme']).toBeUndefined();
    saveTheme('dark');
    expect(document.documentElement.dataset['theme']).toBe('dark');
    expect(savedTheme()).toBe('dark');
    saveTheme('system');
    expect(document.documentElement.dataset['theme']).toBeUndefined();
    expect(savedTheme()).toBe('system');
  });

  it('ignores a stored value it does not know', () => {
    localStorage.setItem('snapshot-dashboard.theme', 'sepia');
    expect(savedTheme()).toBe('system');
  });
});
