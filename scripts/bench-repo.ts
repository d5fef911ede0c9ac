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

export function scaled(size: BenchSize, factor: number): BenchSize {
  return {
    kubeServices: size.kubeServices * factor,
    namespaces: size.namespaces * factor,
    universalServices: size.universalServices * factor,
    dataplanes: size.dataplanes * factor,
    meshes: size.meshes,
  };
}

const CONFIG = `zones:
  - name: zone-vm
    environment: universal
    include: ["universal/**/*.yaml"]
  - name: zone-k8s
    environment: kubernetes
    include: ["kubernetes/**/*.yaml"]
`;

/**
 * Writes a synthetic config repository: one file per Service and per Dataplane (how such
 * repositories are usually laid out), Namespaces with sidecar injection, and enabled Meshes. The
 * content is a pure function of the size: the same size always gives the same bytes.
 */
export async function writeBenchRepo(dir: string, size: BenchSize): Promise<number> {
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
    pending.push(write(`universal/${mesh}/${name}.yaml`, text));
    if (pending.length >= 256) await Promise.all(pending.splice(0));
  }
  await Promise.all(pending);
  return files;
}
