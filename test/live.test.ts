import { mkdtemp, readFile, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { makeSelfSignedCert, removeCert, startFakeKumaCp } from "./helpers/kuma-cp.js";
import type { FakeKumaCp, TlsFiles } from "./helpers/kuma-cp.js";
import { removeTempRepos, repoFromFixture, runCli } from "./helpers/repo.js";
import { schemas } from "./helpers/schemas.js";

// check --live and apply --adopt-live-vips end to end (main(), real git, a loopback control plane).
// The control plane serves the files `apply` wrote for zone-vm of the example, as Kuma stores and
// lists them after `kumactl apply -f`: spec and labels as given, its own VIPs, and the fields it fills
// at run time (creationTime, kri, snis, spec.state, spec.identities, status.tls, dataplaneProxies),
// in the shape of Kuma's recorded list (pkg/api-server/testdata list_meshservices.golden.json).

const TOKEN = "kuma-e2e-token-9c2d7";
/** A control character a terminal acts on, other than the newline that ends a line. */
const RAW_CONTROL = /(?!\n)\p{Cc}/u;
const ENV = { KUMA_TOKEN: TOKEN };
let cp: FakeKumaCp;
let repo: string;
/** The zone-vm MeshServices as the files hold them, by mesh, in Kuma's REST format. */
let stored: Map<string, Record<string, unknown>[]>;

async function readZoneVm(dir: string): Promise<Map<string, Record<string, unknown>[]>> {
  const out = new Map<string, Record<string, unknown>[]>();
  const root = join(dir, "meshservices", "zone-vm");
  for (const mesh of (await readdir(root)).sort())
    for (const file of (await readdir(join(root, mesh))).sort()) {
      const ms = parse(await readFile(join(root, mesh, file), "utf8")) as Record<string, unknown>;
      out.set(mesh, [...(out.get(mesh) ?? []), ms]);
    }
  return out;
}

/** A stored MeshService as the API lists it, with `vip` instead of Git's one when given. */
function asListed(ms: Record<string, unknown>, vip?: string): Record<string, unknown> {
  const spec = ms["spec"] as Record<string, unknown>;
  const status = ms["status"] as Record<string, unknown>;
  return {
    ...ms,
    creationTime: "2026-12-01T10:00:00Z",
    modificationTime: "2026-12-01T10:05:00Z",
    kri: `kri_msvc_${String(ms["mesh"])}_zone-vm__${String(ms["name"])}_`,
    snis: [{ port: 1, sni: "sni.example" }],
    spec: { ...spec, state: "Unavailable", identities: [] },
    status: {
      ...status,
      ...(vip !== undefined ? { vips: [{ ip: vip }] } : {}),
      tls: { status: "NotReady" },
      dataplaneProxies: { connected: 7, healthy: 0, total: 9 },
    },
  };
}

function serve(
  change: (mesh: string, ms: Record<string, unknown>) => Record<string, unknown> | null = (_m, ms) => asListed(ms),
): void {
  cp.meshServices.clear();
  for (const [mesh, list] of stored)
    cp.meshServices.set(
      mesh,
      list.flatMap((ms) => {
        const listed = change(mesh, ms);
        return listed === null ? [] : [listed];
      }),
    );
}

const live = (...more: string[]) => [
  "--repo",
  repo,
  "--zone",
  "zone-vm",
  "--live",
  cp.url,
  "--kuma-token-env",
  "KUMA_TOKEN",
  ...more,
];

beforeAll(async () => {
  cp = await startFakeKumaCp({ token: TOKEN });
  repo = await repoFromFixture("example");
  expect((await runCli(["apply", "--repo", repo])).code).toBe(0);
  stored = await readZoneVm(repo);
});
afterEach(() => {
  cp.answer = null;
  cp.requests.length = 0;
});
afterAll(async () => {
  await cp.close();
  await removeTempRepos();
});

describe("check --live", () => {
  it("is in sync when the control plane holds the files (runtime fields never count): exit 0", async () => {
    serve();
    const r = await runCli(["check", ...live()], ENV);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^live http:\/\/127\.0\.0\.1:\d+\/ \(zone zone-vm, 2 meshes\): 5 MeshServices listed, 0 missing, 0 extra, 0 differing$/m,
    );
    expect(cp.requests.map((q) => q.path)).toEqual(["/meshes/default/meshservices", "/meshes/payments/meshservices"]);
    expect(cp.requests.every((q) => q.authorization === `Bearer ${TOKEN}`)).toBe(true);
  });

  it("reports a VIP Kuma assigned differently, a changed port, a missing and an extra object: exit 2 in every format", async () => {
    serve((mesh, ms) => {
      if (ms["name"] === "web") return asListed(ms, "241.0.0.3");
      if (ms["name"] === "web-admin") return null;
      if (ms["name"] === "ledger") {
        const spec = ms["spec"] as { ports: Record<string, unknown>[] };
        return asListed({ ...ms, spec: { ...spec, ports: [{ ...spec.ports[0], port: 9999 }] } });
      }
      return asListed(ms);
    });
    cp.meshServices.get("default")?.push(asListed({ ...(stored.get("default")?.[0] ?? {}), name: "orphan" }));

    const text = await runCli(["check", ...live()], ENV);
    expect(text.code).toBe(2);
    expect(text.stdout).toContain(
      [
        "~ default/web (meshservices/zone-vm/default/web.yaml): differs (Git → control plane)",
        `  status.vips[0].ip: ${String(((stored.get("default")?.find((m) => m["name"] === "web")?.["status"] as { vips: { ip: string }[] }).vips[0] ?? { ip: "" }).ip)} → 241.0.0.3`,
      ].join("\n"),
    );
    expect(text.stdout).toContain(
      "- default/web-admin (meshservices/zone-vm/default/web-admin.yaml): in Git, not on the control plane",
    );
    expect(text.stdout).toContain("+ default/orphan: on the control plane, not in Git");
    expect(text.stdout).toMatch(
      /~ payments\/ledger \(meshservices\/zone-vm\/payments\/ledger\.yaml\): differs \(Git → control plane\)\n {2}spec\.ports\[0\]\.port: \d+ → 9999/,
    );
    expect(text.stdout).toMatch(
      /^Live drift: 4 MeshServices on the control plane differ from Git; the files match the sources\.$/m,
    );
    expect(text.stdout).toMatch(
      /^Next: deploy the output directory .* apply --zone zone-vm --live http:\/\/127\.0\.0\.1:\d+\/? --adopt-live-vips records/m,
    );

    const json = await runCli(["check", ...live("--format", "json")], ENV);
    expect(json.code).toBe(2);
    const report = JSON.parse(json.stdout) as {
      result: string;
      live: { summary: unknown; drift: { kind: string; name: string }[] };
    };
    const validate = schemas.validator("report");
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.result).toBe("drift");
    expect(report.live.summary).toEqual({ missing: 1, extra: 1, differs: 2 });
    expect(report.live.drift.map((d) => [d.kind, d.name])).toEqual([
      ["extra", "orphan"],
      ["differs", "web"],
      ["missing", "web-admin"],
      ["differs", "ledger"],
    ]);

    const md = await runCli(["check", ...live("--format", "markdown")], ENV);
    expect(md.code).toBe(2);
    expect(md.stdout).toMatch(/#### Live: `http:\/\/127\.0\.0\.1:\d+\/` \(zone `zone-vm`\)/);
    expect(md.stdout).toContain("  - `status.vips[0].ip: ");

    const dir = await mkdtemp(join(tmpdir(), "msr-live-gha-"));
    const summary = join(dir, "summary.md");
    const gha = await runCli(["check", ...live()], { ...ENV, GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: summary });
    expect(gha.code).toBe(2);
    expect(gha.stderr).toMatch(
      /^::error file=meshservices\/zone-vm\/default\/web\.yaml,line=\d+,col=1,title=live MeshService differs::default\/web /m,
    );
    expect(gha.stderr).toMatch(
      /^::error title=live MeshService extra::default\/orphan: on the control plane, not in Git/m,
    );
    expect(await readFile(summary, "utf8")).toContain("#### Live:");
  });

  it("a name from the control plane never becomes a workflow command or a terminal escape", async () => {
    serve();
    const evil = "evil\n::add-mask::x\u001b[2J";
    cp.meshServices.get("default")?.push(asListed({ ...(stored.get("default")?.[0] ?? {}), name: evil }));
    for (const argv of [live(), live("--format", "markdown")]) {
      const r = await runCli(["check", ...argv], { ...ENV, GITHUB_ACTIONS: "true" });
      expect(r.code).toBe(2);
      expect(r.stdout + r.stderr).not.toMatch(/^::add-mask::/m);
      expect(r.stdout + r.stderr).not.toContain("\u001b[2J");
    }
    const text = await runCli(["check", ...live()], ENV);
    expect(text.stdout).toContain('+ default/"evil\\n::add-mask::x\\u001b[2J": on the control plane, not in Git');
  });

  it("a name with ESC, U+009B (a C1 CSI) and a newline reaches no output raw, in any format", async () => {
    serve();
    const evil = "evil\u001b]0;pwned\u0007\u009b2J\nname";
    cp.meshServices.get("default")?.push(asListed({ ...(stored.get("default")?.[0] ?? {}), name: evil }));
    for (const [format, env] of [
      ["text", ENV],
      ["markdown", ENV],
      ["json", ENV],
      ["text", { ...ENV, GITHUB_ACTIONS: "true" }],
    ] as const) {
      const r = await runCli(["check", ...live("--format", format)], env);
      expect(r.code).toBe(2);
      expect(r.stdout + r.stderr).not.toMatch(RAW_CONTROL);
    }
    const text = await runCli(["check", ...live()], ENV);
    expect(text.stdout).toContain('+ default/"evil\\u001b]0;pwned\\u0007\\u009b2J\\nname": on the control plane');
  });

  it("1 when the control plane refuses the token, and the token never shows", async () => {
    serve();
    const r = await runCli(["check", ...live()], { KUMA_TOKEN: "wrong-but-secret-token" });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /read the control plane: http:\/\/127\.0\.0\.1:\d+\/meshes\/default\/meshservices refused the request \(HTTP 401/,
    );
    expect(r.stderr + r.stdout).not.toContain("wrong-but-secret-token");
  });

  it("a control plane that echoes the token in an error body is redacted", async () => {
    cp.answer = (q) => ({
      status: 500,
      body: JSON.stringify({ title: "boom", detail: `bad header ${q.authorization ?? ""}` }),
    });
    const r = await runCli(["check", ...live(), "--format", "json"], ENV);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/answered HTTP 500: boom: bad header Bearer \*\*\*/);
    expect(r.stderr + r.stdout).not.toContain(TOKEN);
  });

  it("a long token the control plane echoes is replaced before the error text is cut: no part of it shows", async () => {
    // 400 characters: the 200-character cut of the error text falls in the middle of it.
    const long = Array.from({ length: 400 }, (_, i) => "abcdefghijklmnopqrstuvwxyz0123456789"[(i * 7) % 36]).join("");
    cp.answer = (q) => ({
      status: 500,
      body: JSON.stringify({ title: "boom", detail: `bad header ${q.authorization ?? ""}` }),
    });
    const dir = await mkdtemp(join(tmpdir(), "msr-live-token-"));
    const reports = [join(dir, "report.json"), join(dir, "report.md"), join(dir, "summary.md")];
    const r = await runCli(
      ["check", ...live("--report-json", reports[0] ?? "", "--report-markdown", reports[1] ?? "")],
      { KUMA_TOKEN: long, GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: reports[2] },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/answered HTTP 500: boom: bad header Bearer \*\*\*/);
    const written = await Promise.all(reports.map((f) => readFile(f, "utf8").catch(() => "")));
    const out = [r.stdout, r.stderr, ...written].join("\n");
    for (let i = 0; i + 8 <= long.length; i++) expect(out).not.toContain(long.slice(i, i + 8));
  });

  it("1 with --timeout when the control plane hangs", async () => {
    cp.answer = () => "hang";
    const r = await runCli(["check", ...live("--timeout", "300ms")], ENV);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/did not finish within --timeout 300ms/);
  });

  it.each([
    [["check", "--repo", ".", "--live", "https://user:pw@cp:5682"], /--live must not carry credentials/],
    [["check", "--repo", ".", "--kuma-token-env", "T"], /--kuma-token-env goes with --live/],
    [["check", "--repo", ".", "--live", "http://cp:5681", "--adopt-live-vips"], /--adopt-live-vips is only for apply/],
    [["apply", "--repo", ".", "--live", "http://cp:5681"], /apply --live goes with --adopt-live-vips/],
    [
      ["check", "--repo", ".", "--live", "http://cp:5681", "--kuma-token-env", "T"],
      /the Kuma token would travel in cleartext; use https:\/\/ or leave out --kuma-token-env/,
    ],
  ])("refuses %j", async (argv, message) => {
    const r = await runCli(argv, {});
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
  });

  it("needs one zone", async () => {
    // A control plane of its own: a request that an earlier test aborted may still reach the shared one late.
    const alone = await startFakeKumaCp({ token: TOKEN });
    try {
      const r = await runCli(["check", "--repo", repo, "--live", alone.url, "--kuma-token-env", "KUMA_TOKEN"], ENV);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(
        /--live reads the control plane of one zone, and 2 zones are selected: pass --zone <name>/,
      );
      expect(alone.requests).toEqual([]);
    } finally {
      await alone.close();
    }
  });
});

describe("check --live over TLS", () => {
  let tls: TlsFiles;
  let secure: FakeKumaCp;
  beforeAll(async () => {
    tls = makeSelfSignedCert();
    secure = await startFakeKumaCp({ token: TOKEN, tls });
    for (const [mesh, list] of stored)
      secure.meshServices.set(
        mesh,
        list.map((ms) => asListed(ms)),
      );
  });
  afterAll(async () => {
    await secure.close();
    removeCert(tls);
  });

  it("fails verification without --kuma-ca-file and passes with it", async () => {
    const args = ["check", "--repo", repo, "--zone", "zone-vm", "--live", secure.url, "--kuma-token-env", "KUMA_TOKEN"];
    const refused = await runCli(args, ENV);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /cannot reach https:\/\/127\.0\.0\.1:\d+\/meshes\/default\/meshservices: self.signed certificate/i,
    );
    expect(secure.requests).toEqual([]);
    const trusted = await runCli([...args, "--kuma-ca-file", tls.caFile], ENV);
    expect(trusted.stderr).toBe("");
    expect(trusted.code).toBe(0);
  });
});

describe("apply --adopt-live-vips", () => {
  it("writes the VIPs the control plane assigned; check --live is then in sync, and a later reallocation is live drift", async () => {
    const vips = new Map([
      ["web", "241.0.0.1"],
      ["backend", "241.0.0.2"],
    ]);
    serve((_mesh, ms) => asListed(ms, vips.get(String(ms["name"]))));
    const adopt = await runCli(["apply", ...live("--adopt-live-vips", "--verbose")], ENV);
    expect(adopt.stderr).not.toMatch(/error/);
    expect(adopt.code).toBe(0);
    expect(adopt.stdout).toMatch(/^~ update meshservices\/zone-vm\/default\/web\.yaml$/m);
    expect(adopt.stdout).toMatch(
      /info: MeshService "web" in zone "zone-vm": VIP 241\.0\.0\.1 adopted from the control plane \(Git had 241\.[\d.]+\) \[live-vip-adopted\]/,
    );
    expect(await readFile(join(repo, "meshservices/zone-vm/default/web.yaml"), "utf8")).toContain("- ip: 241.0.0.1\n");
    expect(await readFile(join(repo, "meshservices/zone-vm/default/backend.yaml"), "utf8")).toContain(
      "- ip: 241.0.0.2\n",
    );

    const again = await runCli(["check", ...live()], ENV);
    expect(again.code).toBe(0);
    // Kuma reallocates after a restart: now Git shows it.
    vips.set("web", "241.0.0.8");
    serve((_mesh, ms) => asListed(ms, vips.get(String(ms["name"]))));
    const moved = await runCli(["check", ...live()], ENV);
    expect(moved.code).toBe(2);
    expect(moved.stdout).toContain("  status.vips[0].ip: 241.0.0.1 → 241.0.0.8");
  });

  it("a live name with ESC, U+009B and a newline is quoted with its escapes in the diagnostics", async () => {
    const evil = "evil\u001b[2J\u009b2J\nname";
    serve();
    // Outside vipCidr: not adopted, so the files stay as they are, and the warning names it.
    cp.meshServices.get("default")?.push(asListed({ ...(stored.get("default")?.[0] ?? {}), name: evil }, "10.9.9.9"));
    const r = await runCli(["apply", ...live("--adopt-live-vips", "--verbose")], ENV);
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stdout + r.stderr).toContain(
      'warning: MeshService "evil\\u001b[2J\\u009b2J\\nname" in zone "zone-vm": the control plane\'s VIP 10.9.9.9 is outside vipCidr',
    );
  });

  it("is for Universal zones only", async () => {
    const r = await runCli(["apply", "--repo", repo, "--zone", "zone-k8s", "--live", cp.url, "--adopt-live-vips"], {});
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--adopt-live-vips is for Universal zones; zone "zone-k8s" is Kubernetes/);
  });
});
