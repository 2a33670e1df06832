// Starts the crosscheck-ingest web worker (src/worker.rs): loads wasm-bindgen's glue, then the
// module. Trunk's own loader shim would drop a failure to load the module silently (a rejected
// promise inside a worker reaches no one), leaving the page waiting; this one tells the page.
// The page starts it as `ingest_loader.js?v=<fingerprint of the worker's files>` (written into
// index.html by crates/corpus-build); the same query goes on the other two files, so that a
// browser never runs a cached worker of an earlier build.
const version = self.location.search;
importScripts(`./crosscheck-ingest.js${version}`);
wasm_bindgen({ module_or_path: `./crosscheck-ingest_bg.wasm${version}` }).catch((e) => {
  postMessage({ error: `the part of Crosscheck that reads your files could not load (${e && e.message ? e.message : e})` });
});
