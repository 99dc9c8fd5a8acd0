/**
 * Regular expressions are compiled to machine code on their first run. V8 interprets a regexp at first
 * and compiles it once it has run a few times; the cleaner's phrase lists are a few large alternations
 * tried on every line of a page, and once the heap is busy (a batch of articles and their writes) V8
 * kept several of them interpreted: decode + clean of a 5 KB text page took 7–10 ms median instead of
 * 3.4 ms (`bench/pipeline-stages.ts`). Imported for its effect by the entries that clean articles.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
