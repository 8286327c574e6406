import type { z } from "zod";

/** A problem in one content file, worded for the contributor who has to fix it. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ContentError";
  }
}

/** Turns zod issues into "field: problem" lines. */
export function describeIssues(issues: z.core.$ZodIssue[], prefix = ""): string[] {
  return issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join(".");
    return `${path || "(file)"}: ${issue.message}`;
  });
}
