import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { zipArchive } from './zip-archive.js';

/** Reads an archive back through its central directory, as unzip tools do. */
function readZip(archive: Buffer): { name: string; content: Buffer; crcMatches: boolean }[] {
  const end = archive.length - 22;
  expect(archive.readUInt32LE(end)).toBe(0x06054b50);
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const files = [];
  for (let index = 0; index < count; index += 1) {
    expect(archive.readUInt32LE(at)).toBe(0x02014b50);
    const crc = archive.readUInt32LE(at + 16);
    const size = archive.readUInt32LE(at + 24);
    const nameLength = archive.readUInt16LE(at + 28);
    const name = archive.toString('ascii', at + 46, at + 46 + nameLength);
    const local = archive.readUInt32LE(at + 42);
    expect(archive.readUInt32LE(local)).toBe(0x04034b50);
    const dataStart = local + 30 + archive.readUInt16LE(local + 26);
    const content = archive.subarray(dataStart, dataStart + size);
    files.push({ name, content, crcMatches: crc32(content) === crc });
    at += 46 + nameLength;
  }
  return files;
}

describe('zipArchive', () => {
  it('stores every file whole, named and checksummed, readable through the central directory', () => {
    const files = [
      { name: 'manifest.csv', content: Buffer.from('file,sha256\r\n'), modifiedAt: new Date() },
      { name: '0001-statement.pdf', content: Buffer.from('%PDF-1.7 …'), modifiedAt: new Date() },
    ];
    const read = readZip(zipArchive(files));
    expect(read.map((file) => file.name)).toEqual(['manifest.csv', '0001-statement.pdf']);
    read.forEach((file, index) => {
      expect(file.content.equals(files[index]?.content ?? Buffer.alloc(0))).toBe(true);
      expect(file.crcMatches).toBe(true);
    });
  });

  it('gives the same bytes for the same files, so a batch can be rebuilt exactly', () => {
    const files = [
      { name: 'a.pdf', content: Buffer.from('x'), modifiedAt: new Date('2026-11-02T06:00:00Z') },
    ];
    expect(zipArchive(files).equals(zipArchive(files))).toBe(true);
  });

  it('is an empty archive for no files', () => {
    expect(readZip(zipArchive([]))).toEqual([]);
  });
});
