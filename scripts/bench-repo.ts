import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

export interface BenchSize {
  /** Kubernetes Services, spread over `namespaces` injected Namespaces. */
  readonly kubeServices: number;
  readonly namespaces: number;
  /** Universal services, each served by `dataplanes / universalServices` Dataplanes. */
  readonly universalServices: number;
  readonly dataplanes: number;
  readonly meshes: number;
}

export const DEFAULT_SIZE: BenchSize = {
  kubeServices: 10_000,
  namespaces: 50,
  universalServices: 10_000,
  dataplanes: 50_000,
  meshes: 3,
};

/** What the floor is (bench-floor.ts), as the bench prints it. */
export const FLOOR_DEFINITION =
  "floor = fast-glob the tree, readFileSync each file, yaml.parseAllDocuments + toJS() each document, one thread, nothing else";

/** How the sources are laid out in files: one resource per file, or ten Dataplanes per file. */
export type BenchShape = "one" | "ten";
export const SHAPES: readonly BenchShape[] = ["one", "ten"];
export const SHAPE_NAMES: Record<BenchShape, string> = {
  one: "one resource per file",
  ten: "ten Dataplanes per file",
};

/** The size times `factor`, each count at least 1 (a tiny factor still gives a repository). */
export function scaled(size: BenchSize, factor: number): BenchSize {
  const n = (v: number): number => Math.max(1, Math.round(v * factor));
  return {
    kubeServices: n(size.kubeServices),
    namespaces: Math.min(n(size.namespaces), n(size.kubeServices)),
    universalServices: n(size.universalServices),
    dataplanes: Math.max(n(size.dataplanes), n(size.universalServices)),
    meshes: size.meshes,
  };
}

/** The repository of the bench's small-repository timing: 7 sources and 3 generated files, 10 in all. */
export const SMALL_SIZE: BenchSize = {
  kubeServices: 2,
  namespaces: 1,
  universalServices: 1,
  dataplanes: 2,
  meshes: 1,
};

const CONFIG = `zones:
  - name: zone-vm
    environment: universal
    include: ["universal/**/*.yaml"]
  - name: zone-k8s
    environment: kubernetes
    include: ["kubernetes/**/*.yaml"]
`;

/**
 * Writes a synthetic config repository: one file per Service, one file per Dataplane (shape "one",
 * how such repositories are usually laid out) or ten Dataplanes of a mesh per file (shape "ten"),
 * Namespaces with sidecar injection, and enabled Meshes. The content is a pure function of the size
 * and the shape: the same arguments always give the same bytes. Returns the number of files written.
 */
export async function writeBenchRepo(dir: string, size: BenchSize, shape: BenchShape = "one"): Promise<number> {
  let files = 0;
  const write = async (path: string, text: string): Promise<void> => {
    await writeFile(join(dir, path), text);
    files++;
  };
  await mkdir(dir, { recursive: true });
  await write("meshservice-reconciler.yaml", CONFIG);

  await mkdir(join(dir, "kubernetes"), { recursive: true });
  const nsNames = Array.from({ length: size.namespaces }, (_, i) => `team-${i}`);
  await write(
    "kubernetes/namespaces.yaml",
    nsNames
      .map(
        (ns) =>
          `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${ns}\n  labels:\n    kuma.io/sidecar-injection: enabled\n`,
      )
      .join("---\n"),
  );
  for (const ns of nsNames) await mkdir(join(dir, "kubernetes", ns), { recursive: true });
  const pending: Promise<void>[] = [];
  for (let i = 0; i < size.kubeServices; i++) {
    const ns = nsNames[i % size.namespaces] ?? "team-0";
    const name = `svc-${i}`;
    const text = `apiVersion: v1
kind: Service
metadata:
  name: ${name}
  namespace: ${ns}
  labels:
    app: ${name}
    team: ${ns}
spec:
  selector:
    app: ${name}
  ports:
    - name: http
      port: 80
      targetPort: 8080
      appProtocol: http
    - name: metrics
      port: 9090
`;
    pending.push(write(`kubernetes/${ns}/${name}.yaml`, text));
    if (pending.length >= 256) await Promise.all(pending.splice(0));
  }

  const meshes = Array.from({ length: size.meshes }, (_, i) => (i === 0 ? "default" : `mesh-${i}`));
  await mkdir(join(dir, "universal"), { recursive: true });
  await write(
    "universal/meshes.yaml",
    meshes.map((m) => `type: Mesh\nname: ${m}\nmeshServices:\n  mode: Exclusive\n`).join("---\n"),
  );
  for (const m of meshes) await mkdir(join(dir, "universal", m), { recursive: true });
  const perService = Math.max(1, Math.floor(size.dataplanes / size.universalServices));
  // Shape "ten": the Dataplanes of each mesh, ten to a file in the order they are made.
  const batches = new Map<string, string[]>();
  let batchFiles = 0;
  const flush = (mesh: string): void => {
    const batch = batches.get(mesh) ?? [];
    if (batch.length === 0) return;
    pending.push(write(`universal/${mesh}/dataplanes-${batchFiles++}.yaml`, batch.join("---\n")));
    batches.set(mesh, []);
  };
  for (let d = 0; d < size.dataplanes; d++) {
    const s = d % size.universalServices;
    const mesh = meshes[s % meshes.length] ?? "default";
    const service = `app-${s}`;
    const replica = Math.floor(d / size.universalServices);
    const name = `${service}-${replica}`;
    const text = `type: Dataplane
mesh: ${mesh}
name: ${name}
labels:
  team: team-${s % 50}
networking:
  address: 10.${(d >> 16) & 255}.${(d >> 8) & 255}.${d & 255}
  inbound:
    - port: 8080
      name: http
      tags:
        kuma.io/service: ${service}
        kuma.io/protocol: http
        version: v${replica % perService}
`;
    if (shape === "one") pending.push(write(`universal/${mesh}/${name}.yaml`, text));
    else {
      const batch = batches.get(mesh) ?? [];
      batch.push(text);
      batches.set(mesh, batch);
      if (batch.length === 10) flush(mesh);
    }
    if (pending.length >= 256) await Promise.all(pending.splice(0));
  }
  for (const m of meshes) flush(m);
  await Promise.all(pending);
  return files;
}
