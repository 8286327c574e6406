// The stateful modules exist once per process only if Next never bundles a copy of them: next.config.mjs
// aliases their `@/` names to the compiled runtime, so an import in any other form (a relative path)
// would slip past the alias and bring back a second instance. These tests keep every import in the one
// form, and the runtime exporting every shared module.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, test } from "vitest";
// @ts-expect-error: a plain .mjs module without type declarations
import { SHARED_MODULES } from "./shared-modules.mjs";

const ROOT = join(import.meta.dirname, "..");
const SOURCE_DIRS = ["app", "components", "db", "lib", "sandbox", "conformance", "scripts", "bench", "e2e"];
const SOURCE_FILES = ["proxy.ts", "instrumentation.ts"];
const shared = new Set((SHARED_MODULES as string[]).map((name) => name.replace(/^@\//, "")));

function sourceFiles(): string[] {
  const files: string[] = [...SOURCE_FILES];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(ROOT, dir))) {
      const path = join(dir, entry);
      if (statSync(join(ROOT, path)).isDirectory()) walk(path);
      else if (/\.(ts|tsx|mjs)$/.test(entry)) files.push(path);
    }
  };
  SOURCE_DIRS.forEach(walk);
  return files;
}

/** The module a relative specifier names, as a root-relative path without extension, if it is one of ours. */
function resolveRelative(file: string, specifier: string): string | undefined {
  const base = join(dirname(file), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts")]) {
    if (existsSync(join(ROOT, candidate)) && statSync(join(ROOT, candidate)).isFile()) return relative(".", candidate).replace(/(\/index)?\.tsx?$/, "");
  }
  return undefined;
}

const IMPORT = /(?:from\s*|import\s*\(\s*|import\s+)"(\.{1,2}\/[^"]+)"/g;

describe("shared modules", () => {
  test("are imported only by their @/ name, the form next.config.mjs sends to the runtime", () => {
    const offences: string[] = [];
    for (const file of sourceFiles()) {
      const text = readFileSync(join(ROOT, file), "utf8");
      for (const match of text.matchAll(IMPORT)) {
        const target = resolveRelative(file, match[1]!);
        if (target && shared.has(target)) offences.push(`${file}: "${match[1]}" → write "@/${target}"`);
      }
    }
    expect(offences).toEqual([]);
  });

  test("the check sees a relative import of a shared module", () => {
    expect(resolveRelative("sandbox/http.ts", "./namespaces")).toBe("sandbox/namespaces");
    expect(resolveRelative("db/prepare.ts", "./sandbox")).toBe("db/sandbox");
    expect(resolveRelative("db/schema/index.ts", "./sandbox")).toBe("db/schema/sandbox");
  });

  test("each one is exported whole by the compiled runtime (scripts/runtime.ts)", () => {
    const runtime = readFileSync(join(ROOT, "scripts/runtime.ts"), "utf8");
    const reexported = [...runtime.matchAll(/^export \* from "([^"]+)";$/gm)].map((m) => m[1]);
    expect(reexported.sort()).toEqual([...(SHARED_MODULES as string[])].sort());
  });
});
