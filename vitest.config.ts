import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    server: {
      deps: {
        // It imports its JSON schemas without an import attribute, which only a bundler (here:
        // Vite, by inlining it) accepts; Node's own loader refuses.
        inline: ["@actions/workflow-parser"],
      },
    },
  },
});
