import { describe, expect, it } from "vitest";
import { BACKOFF_CAP_MS, backoffMs, defaultPushTries } from "../../src/publish/outcome.js";

describe("backoffMs: jittered exponential backoff between push tries", () => {
  it.each([
    // attempt, random, wait (ms): 200 ms doubling, capped at 10 s, times 0.5 + random
    [1, 0.5, 200],
    [2, 0.5, 400],
    [3, 0.5, 800],
    [4, 0.5, 1600],
    [6, 0.5, 6400],
    [7, 0.5, 10_000],
    [20, 0.5, 10_000],
    [1, 0, 100],
    [1, 0.999, 300],
    [3, 0, 400],
    [3, 0.25, 600],
    [9, 0, 5000],
    [9, 0.999, 14_990],
  ])("try %i, random %f: %i ms", (attempt, random, ms) => {
    expect(backoffMs(attempt, () => random)).toBe(ms);
  });

  it("never waits longer than one and a half times the cap", () => {
    for (let attempt = 1; attempt <= 60; attempt++)
      expect(backoffMs(attempt, () => 0.999_999)).toBeLessThanOrEqual(1.5 * BACKOFF_CAP_MS);
  });
});

describe("defaultPushTries: the tries grow with the zone jobs that contend", () => {
  it.each([
    // selected zones, zones in the config, tries
    [1, 1, 3],
    [2, 2, 3],
    [1, 2, 4],
    [1, 8, 10],
    [3, 8, 8],
    [8, 8, 3],
    // a run whose config was not read (an error before): the plain default
    [0, 0, 3],
  ])("%i of %i zones: %i tries", (selected, inConfig, tries) => {
    expect(defaultPushTries({ selected, inConfig })).toBe(tries);
  });
});
