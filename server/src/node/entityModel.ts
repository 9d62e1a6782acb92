// Reads the entity model's weights (server/resources/entity-model.bin) once per process, like the
// segmenter's dictionaries; the tagger itself is pure (analysis/entities/model.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { EntityModel } from '../analysis/entities/model';
import { parseEntityModel } from '../analysis/entities/modelFile';

const MODEL_FILE = path.join('server', 'resources', 'entity-model.bin');
let loaded: EntityModel | undefined;

/** The model file where the bundles and sources sit in this repository and in the `.vsix` (from `dist/`, `server/src/node/`, `bench/.out/`). */
export function findEntityModelFile(): string | undefined {
  for (const up of ['..', path.join('..', '..', '..'), path.join('..', '..')]) {
    const file = path.join(__dirname, up, MODEL_FILE);
    if (fs.existsSync(file)) return file;
  }
  return undefined;
}

/** Loads the entity model (once: the scorer's 8 MB packed weights and 2.6 MB of lexicon copied out of the 9.5 MB file, which is then dropped; ~50 ms). */
export function loadEntityModel(file: string | undefined = findEntityModelFile()): EntityModel {
  if (loaded) return loaded;
  if (!file) throw new Error(`the entity model ${MODEL_FILE} is missing`);
  loaded = parseEntityModel(fs.readFileSync(file));
  return loaded;
}

let tried = false;

/**
 * The entity model for the analysis, or `undefined` (entities from the rules alone) when its file is
 * missing or unreadable: said once per process through `log`.
 */
export function entityModelOrNone(log: (message: string) => void = (m) => void process.stderr.write(`${m}\n`)): EntityModel | undefined {
  if (loaded || tried) return loaded;
  tried = true;
  try {
    return loadEntityModel();
  } catch (e) {
    log(`newslens: entity model not loaded (${(e as Error).message}); entities come from the rules and lexicons alone`);
    return undefined;
  }
}
