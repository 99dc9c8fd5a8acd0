// dynalite ships no type declarations; this covers the part the local runner uses.
declare module 'dynalite' {
  import type { Server } from 'node:net';
  interface DynaliteOptions {
    /** Directory for the LevelDB store; in memory when absent. */
    path?: string;
    createTableMs?: number;
    deleteTableMs?: number;
    updateTableMs?: number;
    maxItemSizeKb?: number;
  }
  function dynalite(options?: DynaliteOptions): Server;
  export default dynalite;
}
