// A child process for test/unit/sidecarFaultsKill.test.ts, run from an esbuild bundle:
//   <article> <creator> <count>
// adds <count> annotations through an AnnotationStore (as a second VS Code window would) and prints
// `{ids, failures}`: the ids of its own annotations as it holds them at the end, and any failed change.
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { AnnotationStore } from '../../server/src/annotationStore';

const [file, creator, count] = process.argv.slice(2);
const text = fs.readFileSync(file, 'utf8');
const uri = pathToFileURL(file).href;
const store = new AnnotationStore({ layout: 'beside', creator });
store.open(uri, text);
const failures: string[] = [];
for (let i = 0; i < Number(count); i++) {
  const start = (i * 7) % (text.length - 4);
  const r = store.add(uri, text, { start, end: start + 3 }, { note: `${creator} ${i}` });
  if (!r.ok) failures.push(r.message);
}
const ids = store.get(uri)!.anchored.map((a) => a.annotation).filter((a) => a.creator.name === creator).map((a) => a.id);
process.stdout.write(JSON.stringify({ ids, failures }));
