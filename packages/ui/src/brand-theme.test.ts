import { describe, expect, it } from 'vitest';
import { applyBrandColours } from './brand-theme.js';

describe('applyBrandColours', () => {
  it('sets each brand colour as the custom property the stylesheet reads', () => {
    const root = document.createElement('div');
    applyBrandColours(
      { primary: '#0b3d6b', onPrimary: '#ffffff', accent: '#0f766e', onAccent: '#ffffff' },
      root,
    );
    expect(root.style.getPropertyValue('--mq-color-primary')).toBe('#0b3d6b');
    expect(root.style.getPropertyValue('--mq-color-on-primary')).toBe('#ffffff');
    expect(root.style.getPropertyValue('--mq-color-accent')).toBe('#0f766e');
    expect(root.style.getPropertyValue('--mq-color-on-accent')).toBe('#ffffff');
  });
});
