import { afterAll, describe, expect, it } from "vitest";
import { removeTempRepos, repoFromFixture, runCli } from "../helpers/repo.js";
import { schemas } from "../helpers/schemas.js";

afterAll(removeTempRepos);

const validate = schemas.validator("report");

function expectValid(report: unknown): void {
  const ok = validate(report);
  expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
  expect(ok).toBe(true);
}

describe("schemas/report.schema.json", () => {
  it.each(["drift-explained", "example", "multizone-services", "report-drift", "report-errors"])(
    "accepts the real reports of plan, check and apply for %s",
    async (scenario) => {
      const repo = await repoFromFixture(scenario);
      const results = new Set<string>();
      for (const argv of [["plan"], ["check"], ["apply"], ["check"]]) {
        const r = await runCli([...argv, "--repo", repo, "--format", "json"]);
        const report = JSON.parse(r.stdout) as { result: string; exitCode: number; command: string };
        expectValid(report);
        expect(report.exitCode).toBe(r.code);
        expect(report.command).toBe(argv[0]);
        results.add(report.result);
      }
      expect([...results].sort()).toEqual(scenario === "report-errors" ? ["error"] : ["applied", "drift", "in-sync"]);
    },
  );

  it("rejects a report with a missing or unknown field", async () => {
    const repo = await repoFromFixture("report-drift");
    const report = JSON.parse((await runCli(["check", "--repo", repo, "--format", "json"])).stdout) as Record<
      string,
      unknown
    >;
    expectValid(report);
    const missing = { ...report };
    delete missing["summary"];
    expect(validate(missing)).toBe(false);
    expect(validate({ ...report, extra: true })).toBe(false);
    expect(validate({ ...report, result: "maybe" })).toBe(false);
    expect(validate({ ...report, pullRequestUrl: "https://github.com/o/r/pull/1" })).toBe(true);
  });
});
