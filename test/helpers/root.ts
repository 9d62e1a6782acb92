import * as fs from 'node:fs';
import * as path from 'node:path';

/** The project root (the folder of NewsLens's package.json) above `from`; works from sources and from bundles. */
export function projectRoot(from: string = __dirname): string {
  for (let d = path.resolve(from); ; d = path.dirname(d)) {
    const pkg = path.join(d, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'newslens') return d;
    if (path.dirname(d) === d) throw new Error(`no NewsLens package.json above ${from}`);
  }
}
