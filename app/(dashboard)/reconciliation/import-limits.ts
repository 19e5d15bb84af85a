// The largest report file the page's upload takes. Server Actions refuse bodies over 1 MB
// unless next.config raises `experimental.serverActions.bodySizeLimit`; the back end takes
// up to MAX_IMPORT_BYTES (50 MiB) from `npm run funding:import`, which has no such limit.
export const IMPORT_UPLOAD_MAX_BYTES = 1_000_000;
export const IMPORT_UPLOAD_LIMIT_TEXT = "1 MB";

/** Bad rows sent back to the page at most (the SyncRun keeps the summary). */
export const IMPORT_PROBLEMS_SHOWN = 200;
