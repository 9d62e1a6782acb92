// Compares an installed extension folder with the .vsix it should have come from, file by file.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';

const sha256 = (data) => createHash('sha256').update(data).digest('hex');

/** VS Code writes `__metadata` (install time, size) into the installed package.json; nothing else changes. */
function contentHash(rel, data) {
  if (rel !== 'package.json') return sha256(data);
  const { __metadata, ...manifest } = JSON.parse(data.toString('utf8'));
  return sha256(JSON.stringify(manifest));
}

/** The files of a .vsix (a zip) under `extension/`, as relative path → sha256 of the content. */
export function vsixFiles(vsixPath) {
  const zip = readFileSync(vsixPath);
  // The end-of-central-directory record sits in the last 22 + 65535 bytes.
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error(`${vsixPath} is not a zip file`);
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const files = new Map();
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (!name.startsWith('extension/') || name.endsWith('/')) continue;
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(dataStart, dataStart + size);
    const rel = name.slice('extension/'.length);
    files.set(rel, contentHash(rel, method === 0 ? raw : inflateRawSync(raw)));
  }
  return { sha256: sha256(zip), files };
}

/** Relative path → sha256 of every file under `dir`. */
export function folderFiles(dir) {
  const files = new Map();
  const walk = (sub) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else files.set(rel, contentHash(rel, readFileSync(path.join(dir, rel))));
    }
  };
  walk('');
  return files;
}

/** Differences between the .vsix content and the installed folder (VS Code adds `.vsixmanifest`). */
export function compareInstalled(expected, installed) {
  const problems = [];
  for (const [rel, hash] of expected) {
    if (!installed.has(rel)) problems.push(`missing ${rel}`);
    else if (installed.get(rel) !== hash) problems.push(`differs ${rel}`);
  }
  for (const rel of installed.keys()) if (!expected.has(rel) && rel !== '.vsixmanifest') problems.push(`extra ${rel}`);
  return problems;
}
