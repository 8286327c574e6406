import { parse as parseYaml, YAMLParseError } from "yaml";

/** Splits `---\n<yaml>\n---\n<body>` into parsed data and body. Dates stay strings (YAML 1.2 core schema). */
export function splitFrontmatter(source: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return { data: undefined, body: source };
  return { data: parseYaml(match[1] ?? ""), body: source.slice(match[0].length) };
}

/** Line of the file on which the body starts (1-based), given the whole file and its body. */
export function bodyStartLine(source: string, body: string): number {
  return source.slice(0, source.length - body.length).split("\n").length;
}

/**
 * The contributor's version of a frontmatter YAML error: the line number in the file (the frontmatter
 * starts on line 2, after `---`) and, for the most common slip, what to do.
 */
export function describeFrontmatterError(error: unknown): string {
  const message = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
  if (!(error instanceof YAMLParseError) || !error.linePos) return `frontmatter is not valid YAML: ${message}`;
  const reason = message.replace(/ at line \d+, column \d+:?$/, "");
  const line = error.linePos[0].line + 1;
  const hint =
    error.code === "BLOCK_AS_IMPLICIT_KEY"
      ? `. If the value on that line contains ": ", put the whole value in quotes, e.g. title: "Payments: the basics"; otherwise check the indentation`
      : error.code === "MISSING_CHAR"
        ? ". A quote, bracket or brace opened on or before that line is not closed"
        : "";
  return `frontmatter is not valid YAML: line ${line} of the file: ${reason}${hint}`;
}
