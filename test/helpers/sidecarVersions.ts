// Large sidecars that differ from version to version, for the kill test: version n is a W3C
// collection of the first 600–1,200 annotations of a pool (≈ 0.7–1.4 MB) whose id names n, so a file
// read back says which version it claims to be and can be compared byte for byte with that version.
import type { Annotation } from '../../server/src/analysis/annotations/webAnnotation';
import { serializeSidecar } from '../../server/src/analysis/annotations/sidecar';

const templates = new WeakMap<Annotation[], string[]>();

/** The sidecar text of version `n` (deterministic for one pool); cheap, so a writer spends its time writing. */
export function sidecarVersion(pool: Annotation[], n: number): string {
  let byLength = templates.get(pool);
  if (!byLength) templates.set(pool, (byLength = []));
  byLength[n % 7] ??= serializeSidecar(pool.slice(0, 600 + (n % 7) * 100), { source: 'a.txt', id: 'urn:newslens:version:VERSION' });
  return byLength[n % 7].replace('urn:newslens:version:VERSION', `urn:newslens:version:${n}`);
}

/** The version a sidecar text claims to be, or null when it does not parse. */
export function versionOf(text: string): number | null {
  try {
    const m = /^urn:newslens:version:(\d+)$/.exec(String(JSON.parse(text).id));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}
