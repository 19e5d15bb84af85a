// Loads @prisma/schema-engine-wasm by hand: its package entry imports the
// .wasm file as an ES module, which Node 20 cannot do.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";

export type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
export type * from "@prisma/schema-engine-wasm/schema_engine_bg";

let loading: Promise<typeof bindings> | undefined;
let lastPanic: string | undefined;

/** The engine reports a Rust panic here before it throws `unreachable`. */
export function takePanicMessage(): string | undefined {
  const message = lastPanic;
  lastPanic = undefined;
  return message;
}

/** The engine's JS bindings, with the WebAssembly module instantiated once per process. */
export function loadSchemaEngine(): Promise<typeof bindings> {
  loading ??= (async () => {
    const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };
    g.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (message) => void (lastPanic = message) };
    const require = createRequire(import.meta.url);
    const js = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(js), "schema_engine_bg.wasm"));
    // The module imports every glue function from "./schema_engine_bg.js".
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
    });
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start(): void };
    bindings.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
    return bindings;
  })();
  return loading;
}
