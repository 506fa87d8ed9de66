import { expect, it } from 'vitest';
import { formatFileSize } from './file-size.js';

it('shows bytes, kilobytes and megabytes as a file manager would', () => {
  expect(formatFileSize(820)).toBe('820 bytes');
  expect(formatFileSize(14 * 1024 + 300)).toBe('14 KB');
  expect(formatFileSize(5 * 1024 * 1024)).toBe('5.0 MB');
  expect(formatFileSize(3_355_443)).toBe('3.2 MB');
});
