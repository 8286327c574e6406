import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The layering, written down in ARCHITECTURE.md: app → components → sandbox, conformance → db → lib.
// A layer imports only from layers to its right; only db/ talks to the database.
const DATABASE = {
  group: [
    "drizzle-orm",
    "drizzle-orm/*",
    "better-sqlite3",
    "@/db/client",
    "@/db/connection",
    "**/db/connection",
    "@/db/schema",
    "@/db/schema/*",
    "**/db/client",
    "**/db/schema",
    "**/db/schema/*",
  ],
  message: "Only db/ talks to the database: add or use a function in db/.",
};
const APP = { group: ["@/app", "@/app/*", "**/app/*"], message: "Nothing imports from app/: move shared code to components/ (UI) or lib/." };
const UI = { group: ["@/components/*", "**/components/*"], message: "Only app/ and components/ import components." };
const ABOVE_LIB = {
  group: ["@/db/*", "@/sandbox/*", "@/conformance/*", "**/db/*", "**/sandbox/*", "**/conformance/*"],
  message: "lib/ holds pure helpers and imports only lib/: put code that needs the database in db/.",
};
const layer = (files, patterns, extraIgnores = []) => ({
  files,
  ignores: ["**/*.test.ts", "**/*.test.tsx", "sandbox/test-helpers.ts", ...extraIgnores],
  rules: { "no-restricted-imports": ["error", { patterns }] },
});

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // A leading underscore marks a value that is deliberately unused (e.g. dropped from a rest spread).
      "@typescript-eslint/no-unused-vars": [
        "warn",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },
  layer(["app/**", "proxy.ts", "instrumentation.ts"], [DATABASE, { group: ["@/app", "@/app/*"], message: APP.message }]),
  layer(["components/**"], [DATABASE, APP]),
  layer(["sandbox/**", "conformance/**"], [DATABASE, APP, UI]),
  layer(["db/**"], [APP, UI]),
  layer(["lib/**"], [DATABASE, APP, UI, ABOVE_LIB]),
  { files: ["**/*.{ts,tsx,mjs}"], rules: { "import/no-cycle": ["error", { ignoreExternal: true }] } },
  {
    files: ["**/*.{ts,tsx,mjs}"],
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "no-restricted-globals": [
        "error",
        {
          name: "globalThis",
          message: "State that must be one per process goes in a shared module (scripts/shared-modules.mjs), not on globalThis.",
        },
      ],
    },
  },
  // CommonJS on purpose (scripts/runtime-instance.cjs: Next's bundles require the runtime synchronously).
  { files: ["**/*.cjs"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  { ignores: [".next/**", "build/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
];

export default config;
