import { readFileSync } from "node:fs";
import { join } from "node:path";
import { rootCertificates } from "node:tls";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ControlPlaneError } from "../../src/errors.js";
import { PAGE_SIZE, readCaFile, readLiveMeshServices, trustedCas } from "../../src/io/kuma-api.js";
import { readSchemas } from "../../src/io/schemas.js";
import { kumaDir } from "../helpers/kuma.js";
import { makeSelfSignedCert, removeCert, startFakeKumaCp } from "../helpers/kuma-cp.js";
import type { FakeKumaCp, TlsFiles } from "../helpers/kuma-cp.js";

// Kuma's own recorded response of GET /meshes/default/meshservices (pkg/api-server/testdata).
const golden = JSON.parse(
  readFileSync(join(kumaDir(), "testdata/api-server/list_meshservices.golden.json"), "utf8"),
) as { items: Record<string, unknown>[] };
const TOKEN = "kuma-live-token-5b1f";
const schemas = await readSchemas();

/** `n` MeshServices shaped like the golden's first item, named svc-000, svc-001, ... */
function many(n: number): unknown[] {
  return Array.from({ length: n }, (_, i) => ({ ...golden.items[0], name: `svc-${String(i).padStart(4, "0")}` }));
}

let cp: FakeKumaCp;
beforeAll(async () => {
  cp = await startFakeKumaCp({ token: TOKEN });
});
afterAll(async () => {
  await cp.close();
});
afterEach(() => {
  cp.answer = null;
  cp.requests.length = 0;
  cp.meshServices.clear();
});

const read = (meshes: string[], token: string | null = TOKEN, signal?: AbortSignal) =>
  readLiveMeshServices({ url: cp.url, token, ca: null, signal }, meshes, schemas);

describe("readLiveMeshServices", () => {
  it("reads Kuma's recorded list, sending the token as a Bearer header with size=1000", async () => {
    cp.meshServices.set("default", golden.items);
    const items = await read(["default"]);
    expect(items.map((i) => i.name)).toEqual(["redis-1", "redis-2"]);
    expect(cp.requests).toEqual([
      { path: "/meshes/default/meshservices", query: { size: String(PAGE_SIZE) }, authorization: `Bearer ${TOKEN}` },
    ]);
  });

  it("follows the next link's offset over two pages (1000 + 1) and reads every mesh", async () => {
    cp.meshServices.set("default", many(1001));
    cp.meshServices.set("other", golden.items.slice(0, 1));
    const items = await read(["default", "other"]);
    expect(items).toHaveLength(1002);
    expect(items[1000]?.name).toBe("svc-1000");
    expect(cp.requests.map((r) => [r.path, r.query["offset"] ?? null])).toEqual([
      ["/meshes/default/meshservices", null],
      ["/meshes/default/meshservices", "1000"],
      ["/meshes/other/meshservices", null],
    ]);
  });

  it("refuses a next link to another host, and never sends the token there", async () => {
    const elsewhere = await startFakeKumaCp();
    const redirecting = await startFakeKumaCp({ token: TOKEN, nextHost: new URL(elsewhere.url).host });
    try {
      redirecting.meshServices.set("default", many(1001));
      const failure = readLiveMeshServices({ url: redirecting.url, token: TOKEN, ca: null }, ["default"], schemas);
      await expect(failure).rejects.toThrow(/next link to another host/);
      expect(elsewhere.requests).toEqual([]);
      expect(redirecting.requests).toHaveLength(1);
    } finally {
      await Promise.all([elsewhere.close(), redirecting.close()]);
    }
  });

  it.each([
    [401, null, /refused the request \(HTTP 401: Unauthenticated: token is invalid\): no token was sent/],
    [401, "wrong-token", /refused the request \(HTTP 401.*the token of --kuma-token-env is not accepted/],
  ])("a %i is a ControlPlaneError that names the cause (token %s)", async (_status, token, message) => {
    const failure = read(["default"], token);
    await expect(failure).rejects.toBeInstanceOf(ControlPlaneError);
    await expect(failure).rejects.toThrow(message);
    await expect(failure).rejects.not.toThrow(/wrong-token/);
  });

  it.each([
    [
      "HTTP 500",
      { status: 500, body: '{"title":"Internal Server Error","detail":"store is down"}' },
      /answered HTTP 500: Internal Server Error: store is down/,
    ],
    [
      "an error whose text holds control characters",
      { status: 500, body: JSON.stringify({ title: "x\n::error::y\u001b[2J" }) },
      /answered HTTP 500: x\\u000a::error::y\\u001b\[2J$/,
    ],
    ["a body that is not JSON", { status: 200, body: "<html>proxy login</html>" }, /body that is not JSON/],
    [
      "JSON that is not a list",
      { status: 200, body: '{"items": "none"}' },
      /is not a Kuma MeshService list: \/ must have required property 'total'; \/items must be array/,
    ],
    [
      "an item that is not a MeshService",
      {
        status: 200,
        body: JSON.stringify({ total: 1, items: [{ type: "Dataplane", name: "x", spec: {} }], next: null }),
      },
      /is not a Kuma MeshService list: \/items\/0\/type must be equal to one of the allowed values/,
    ],
  ])("%s is a ControlPlaneError", async (_what, answer, message) => {
    cp.answer = () => answer;
    await expect(read(["default"])).rejects.toThrow(message);
  });

  it("an unreachable control plane is a ControlPlaneError", async () => {
    const gone = await startFakeKumaCp();
    await gone.close();
    const failure = readLiveMeshServices({ url: gone.url, token: TOKEN, ca: null }, ["default"], schemas);
    await expect(failure).rejects.toThrow(
      /cannot reach http:\/\/127\.0\.0\.1:\d+\/meshes\/default\/meshservices: .*ECONNREFUSED/,
    );
  });

  it("a hanging server fails after the idle timeout even without --timeout", async () => {
    cp.answer = () => "hang";
    const failure = readLiveMeshServices(
      { url: cp.url, token: TOKEN, ca: null, idleTimeoutMs: 150 },
      ["default"],
      schemas,
    );
    await expect(failure).rejects.toThrow(/cannot reach .*: no answer within 0\.15 seconds/);
  });

  it("a hanging server is stopped by the run's signal (--timeout)", async () => {
    cp.answer = () => "hang";
    const deadline = AbortSignal.timeout(200);
    const started = Date.now();
    await expect(read(["default"], TOKEN, deadline)).rejects.toThrow(/aborted|timeout/i);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(cp.requests).toHaveLength(1);
  });
});

describe("TLS", () => {
  let tls: TlsFiles;
  let secure: FakeKumaCp;
  beforeAll(async () => {
    tls = makeSelfSignedCert();
    secure = await startFakeKumaCp({ token: TOKEN, tls });
    secure.meshServices.set("default", golden.items);
  });
  afterAll(async () => {
    await secure.close();
    removeCert(tls);
  });

  it("verifies the certificate: a private CA without --kuma-ca-file fails, and sends nothing", async () => {
    const failure = readLiveMeshServices({ url: secure.url, token: TOKEN, ca: null }, ["default"], schemas);
    await expect(failure).rejects.toThrow(
      /cannot reach https:\/\/127\.0\.0\.1:\d+\/meshes\/default\/meshservices: self.signed certificate/i,
    );
    expect(secure.requests).toEqual([]);
  });

  it("succeeds with the CA of --kuma-ca-file", async () => {
    const ca = await readCaFile(tls.caFile);
    const items = await readLiveMeshServices({ url: secure.url, token: TOKEN, ca }, ["default"], schemas);
    expect(items).toHaveLength(2);
    expect(secure.requests.at(-1)?.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it("--kuma-ca-file adds the private CA to Node's roots: Node's `ca` alone would replace them", async () => {
    const ca = await readCaFile(tls.caFile);
    expect(rootCertificates.length).toBeGreaterThan(0);
    expect(trustedCas(ca)).toEqual([...rootCertificates, ca]);
  });
});
