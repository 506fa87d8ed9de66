import { describe, expect, it } from 'vitest';
import { sectionsFor } from './console-sections.js';

describe('the console navigation', () => {
  it('shows each role only the sections it may open', () => {
    const labels = (role: 'agent' | 'supervisor' | 'admin') =>
      sectionsFor(role).map((section) => section.label);
    expect(labels('agent')).toEqual([
      'Overview',
      'Customers',
      'Messages',
      'Live chat',
      'Contact form',
      'Reported problems',
      'Payments',
      'Onboarding',
    ]);
    expect(labels('supervisor')).toEqual([
      'Overview',
      'Customers',
      'Messages',
      'Live chat',
      'Contact form',
      'Reported problems',
      'Payments',
      'Onboarding',
      'Refunds',
      'Runs',
      'Audit log',
    ]);
    expect(labels('admin')).toEqual([
      'Overview',
      'Customers',
      'Messages',
      'Live chat',
      'Contact form',
      'Reported problems',
      'Payments',
      'Onboarding',
      'Refunds',
      'Runs',
      'Audit log',
      'Staff',
      'Mailbox',
    ]);
  });
});
