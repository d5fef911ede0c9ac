import js from "@eslint/js";
import tseslint from "typescript-eslint";

// The pure core (docs/development.md, Layout): no file system, processes, git, globbing, threads or
// network, and nothing from src/io/. What the core needs from the outside comes in as data.
const EFFECTS = [
  "fs",
  "node:fs",
  "fs/promises",
  "node:fs/promises",
  "child_process",
  "node:child_process",
  "worker_threads",
  "node:worker_threads",
  "http",
  "node:http",
  "https",
  "node:https",
  "simple-git",
  "fast-glob",
  "piscina",
  "@octokit/rest",
];

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "lib/",
      "dist-scripts/",
      "coverage/",
      "node_modules/",
      "fixtures/",
      "test/kuma-2.14.3/",
      "eslint.config.js",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: [
      "src/{model,parse,validate,compute,render,plan,report}/**/*.ts",
      "src/publish/{message,outcome,pull-request}.ts",
      "src/init/starter-config.ts",
      "src/{diagnostics,errors,redact,options,action-inputs}.ts",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: EFFECTS.map((name) => ({ name, message: "the core is pure: effects belong in src/io/" })),
          patterns: [{ group: ["**/io/*", "**/io"], message: "the core is pure: it takes what src/io/ reads as data" }],
        },
      ],
      "no-restricted-globals": ["error", { name: "process", message: "the core takes the environment as data" }],
    },
  },
);
