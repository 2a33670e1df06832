// Prints the brotli size (quality 11, as a static host precompresses) of each file given: `node bench/brotli.mjs FILE...`.
import { readFileSync } from 'node:fs';
import zlib from 'node:zlib';
for (const f of process.argv.slice(2)) {
  const b = zlib.brotliCompressSync(readFileSync(f), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: 0 } });
  console.log(b.length, f);
}
