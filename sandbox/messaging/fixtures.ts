import type { Seed } from "../runtime/collection";

export function demo(): Seed[] {
  return [];
}

export function suite(): Seed[] {
  return [];
}
