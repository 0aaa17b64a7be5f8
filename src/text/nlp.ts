import { createRequire } from 'node:module';
import type compromise from 'compromise';

/**
 * compromise, from its prebuilt single-file bundle: the package's ESM entry is some 450 source files, and loading
 * them one by one (each through tsx's loader) cost a cold start about half a second more than this one file does.
 * The bundle is the same version built from those sources; only `require` reaches it through the package's exports.
 * Every module takes compromise from here, so there is one instance and one lexicon.
 */
const nlp: typeof compromise = createRequire(import.meta.url)('compromise');

export default nlp;
