// Starts the crosscheck-ingest web worker (src/worker.rs): loads wasm-bindgen's glue, then the
// module. Trunk's own loader shim would drop a failure to load the module silently (a rejected
// promise inside a worker reaches no one), leaving the page waiting; this one tells the page.
importScripts('./crosscheck-ingest.js');
wasm_bindgen({ module_or_path: './crosscheck-ingest_bg.wasm' }).catch((e) => {
  postMessage({ error: `the part of Crosscheck that reads your files could not load (${e && e.message ? e.message : e})` });
});
