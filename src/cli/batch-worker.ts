// A worker thread of `alberta-atp assess --jsonl` (built as dist/cli-batch-worker.js): it receives
// chunks of input lines from batch.ts and sends back their statuses and result lines. The
// assessment options come once, as workerData.

import { parentPort, workerData } from "node:worker_threads";
import { type BatchChunk, type LineOptions, processChunk } from "./batch-line.js";

const port = parentPort;
if (port === null) throw new Error("cli-batch-worker.js runs only as a worker thread of the alberta-atp command.");
const options = workerData as LineOptions;
port.on("message", (chunk: BatchChunk) => {
  port.postMessage(processChunk(chunk, options));
});
