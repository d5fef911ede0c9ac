import { createServer } from "node:http";
import type { IncomingMessage, Server } from "node:http";
import type { AddressInfo } from "node:net";

// A local stand-in for the GitHub Actions cache service, protocol v1 (the one @actions/cache uses
// without ACTIONS_CACHE_SERVICE_V2): look up by keys (exact, then prefix, newest first), reserve,
// upload in ranges, commit, download. Enough to run the Action's cache restore and save for real.

export interface CacheEntry {
  readonly key: string;
  readonly version: string;
  readonly archive: Buffer;
}

export interface FakeCacheService {
  /** ACTIONS_CACHE_URL. */
  readonly url: string;
  /** Committed entries, oldest first. */
  readonly entries: CacheEntry[];
  close(): Promise<void>;
}

const body = (req: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });

export async function startCacheService(): Promise<FakeCacheService> {
  const entries: CacheEntry[] = [];
  const pending = new Map<number, { key: string; version: string; parts: Map<number, Buffer> }>();
  let nextId = 1;
  let base = "";
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", base);
      const json = (status: number, value: unknown): void => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(value));
      };
      const path = url.pathname;
      if (req.method === "GET" && path === "/_apis/artifactcache/cache") {
        const keys = (url.searchParams.get("keys") ?? "").split(",");
        const version = url.searchParams.get("version") ?? "";
        const mine = entries.filter((e) => e.version === version).reverse();
        for (const key of keys) {
          const hit = mine.find((e) => e.key === key) ?? mine.find((e) => e.key.startsWith(key));
          if (hit) return json(200, { cacheKey: hit.key, archiveLocation: `${base}download/${entries.indexOf(hit)}` });
        }
        res.writeHead(204);
        return res.end();
      }
      if (req.method === "GET" && path.startsWith("/download/")) {
        const entry = entries[Number(path.slice("/download/".length))];
        if (!entry) return json(404, {});
        res.writeHead(200, { "content-length": entry.archive.length });
        return res.end(entry.archive);
      }
      if (req.method === "POST" && path === "/_apis/artifactcache/caches") {
        const { key, version } = JSON.parse((await body(req)).toString()) as { key: string; version: string };
        if (entries.some((e) => e.key === key && e.version === version)) return json(409, { message: "exists" });
        const cacheId = nextId++;
        pending.set(cacheId, { key, version, parts: new Map() });
        return json(201, { cacheId });
      }
      const m = /^\/_apis\/artifactcache\/caches\/(\d+)$/.exec(path);
      const upload = m ? pending.get(Number(m[1])) : undefined;
      if (m && upload && req.method === "PATCH") {
        // Chunks may arrive in any order: each says where it goes.
        const start = Number(/bytes (\d+)-/.exec(req.headers["content-range"] ?? "")?.[1] ?? 0);
        upload.parts.set(start, await body(req));
        return json(204, {});
      }
      if (m && upload && req.method === "POST") {
        await body(req);
        pending.delete(Number(m[1]));
        const parts = [...upload.parts.entries()].sort(([a], [b]) => a - b).map(([, part]) => part);
        entries.push({ key: upload.key, version: upload.version, archive: Buffer.concat(parts) });
        return json(204, {});
      }
      json(404, { message: `${req.method} ${path}` });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url: base,
    entries,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
