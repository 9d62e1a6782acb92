// Tests get the real segmenter through the same module the server uses.
export { loadSegmenter } from '../../server/src/node/segmenter';
export { loadEntityModel } from '../../server/src/node/entityModel';
