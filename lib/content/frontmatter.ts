import { parse as parseYaml } from "yaml";

/** Splits `---\n<yaml>\n---\n<body>` into parsed data and body. Dates stay strings (YAML 1.2 core schema). */
export function splitFrontmatter(source: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return { data: undefined, body: source };
  return { data: parseYaml(match[1] ?? ""), body: source.slice(match[0].length) };
}
