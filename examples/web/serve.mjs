// A tiny read-only static server for the web example (`npm run web`) and the browser test.
//
// It listens on 127.0.0.1 only and serves nothing but the built bundle (/dist/), the one
// runtime dependency the bundle imports (/node_modules/zod/) and the examples
// (/examples/, which holds this page and the example candidates). Everything else is a 404; paths
// that try to climb out of those folders (`..`, encoded or not, or a symlink pointing elsewhere)
// are refused. Only GET and HEAD are answered.
//
//   PORT=8080 node examples/web/serve.mjs     (default port 5173; PORT=0 picks a free one)

import { createReadStream } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The repository root: two levels above this file. */
export const REPO_ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));

/** URL prefixes served, each from the same path under the repository root. */
export const SERVED_PREFIXES = ["/dist/", "/node_modules/zod/", "/examples/"];

/** The page's address, relative to the server. */
export const PAGE_PATH = "/examples/web/";

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".cjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".jsonl": "application/x-ndjson; charset=utf-8",
  ".ts": "text/plain; charset=utf-8",
  ".cts": "text/plain; charset=utf-8",
  ".mts": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

/**
 * Maps a request path to a file under one of the served folders, or returns undefined when the
 * path is not allowed. Works on the decoded path, so `%2e%2e` is caught like `..`.
 */
async function resolveRequestPath(root, prefixes, rawPath) {
  let path;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  if (path.includes("\0") || path.includes("\\")) return undefined;
  const segments = path.split("/");
  if (segments.some((s) => s === ".." || s === ".")) return undefined;
  const prefix = prefixes.find((p) => path.startsWith(p));
  if (prefix === undefined) return undefined;
  if (path.endsWith("/")) path += "index.html";

  const base = join(root, prefix);
  const file = join(root, path);
  if (!file.startsWith(base)) return undefined;
  // Follow symlinks, then check again: the real file must still be inside the real served folder.
  let realBase;
  let realFile;
  try {
    realBase = await realpath(base);
    realFile = await realpath(file);
  } catch {
    return undefined;
  }
  if (!realFile.startsWith(realBase + sep)) return undefined;
  const info = await stat(realFile).catch(() => undefined);
  if (info === undefined || !info.isFile()) return undefined;
  return { file: realFile, size: info.size };
}

function sendText(res, status, text, headers = {}) {
  res.writeHead(status, {
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": Buffer.byteLength(text),
    "X-Content-Type-Options": "nosniff",
    ...headers,
  });
  res.end(res.req.method === "HEAD" ? undefined : text);
}

/**
 * Creates (but does not start) the server. `root` defaults to the repository root and `prefixes`
 * to {@link SERVED_PREFIXES} (the browser test adds its fixture folder).
 *
 * @param {{ root?: string, prefixes?: readonly string[], log?: (line: string) => void }} [options]
 */
export function createStaticServer(options = {}) {
  const root = resolve(options.root ?? REPO_ROOT);
  const log = options.log ?? (() => {});
  const prefixes = options.prefixes ?? SERVED_PREFIXES;
  if (!prefixes.every((p) => p.startsWith("/") && p.endsWith("/") && !p.split("/").includes(".."))) {
    throw new Error(`Served prefixes must look like /folder/: ${JSON.stringify(prefixes)}`);
  }
  return createServer(async (req, res) => {
    try {
      if (req.method !== "GET" && req.method !== "HEAD") {
        sendText(res, 405, "Method not allowed\n", { Allow: "GET, HEAD" });
        return;
      }
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      if (url.pathname === "/" || url.pathname === "/examples/web") {
        res.writeHead(302, { Location: PAGE_PATH, "Content-Length": 0 });
        res.end();
        return;
      }
      const found = await resolveRequestPath(root, prefixes, url.pathname);
      if (found === undefined) {
        log(`404 ${url.pathname}`);
        sendText(res, 404, "Not found\n");
        return;
      }
      res.writeHead(200, {
        "Content-Type": CONTENT_TYPES[extname(found.file).toLowerCase()] ?? "application/octet-stream",
        "Content-Length": found.size,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
      });
      if (req.method === "HEAD") {
        res.end();
        return;
      }
      const stream = createReadStream(found.file);
      stream.on("error", () => res.destroy());
      stream.pipe(res);
    } catch (error) {
      log(`500 ${req.url}: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) sendText(res, 500, "Internal server error\n");
      else res.destroy();
    }
  });
}

/**
 * Starts the server on 127.0.0.1 and resolves once it listens.
 *
 * @param {{ port?: number, root?: string, prefixes?: readonly string[], log?: (line: string) => void }} [options]
 * @returns {Promise<{ server: import("node:http").Server, port: number, url: string, close: () => Promise<void> }>}
 */
export function startStaticServer(options = {}) {
  const server = createStaticServer(options);
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      server.off("error", reject);
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      resolvePromise({
        server,
        port,
        url: `http://127.0.0.1:${port}${PAGE_PATH}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;

if (isMain) {
  const portText = process.env.PORT ?? "5173";
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) {
    console.error(`PORT must be a number from 0 to 65535, got ${JSON.stringify(portText)}.`);
    process.exit(2);
  }
  startStaticServer({ port, log: (line) => console.error(line) }).then(
    ({ url, close }) => {
      console.log(`alberta-atp web example: ${url}`);
      console.log("Serving /dist/, /node_modules/zod/ and /examples/ read-only. Ctrl+C stops.");
      const stop = () => close().then(() => process.exit(0));
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    },
    (error) => {
      const hint = error?.code === "EADDRINUSE" ? ` Port ${port} is in use; try PORT=0 npm run web.` : "";
      console.error(`Could not start the server: ${error?.message ?? error}.${hint}`);
      process.exit(1);
    },
  );
}
