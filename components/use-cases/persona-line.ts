/**
 * A persona's role as it reads after their name: "Sowmya, expectant mother, later mother of baby Ravi".
 * Only the first letter loses its capital, so names inside the role keep theirs; an acronym ("IT officer")
 * or a name ("Ministry of Health") at the start stays as written.
 */
export function roleAfterName(role: string): string {
  const first = role.split(/[\s,]/, 1)[0] ?? "";
  if (first.length < 2 || first.slice(1) !== first.slice(1).toLowerCase() || KEEP_CAPITAL.has(first)) return role;
  return role.charAt(0).toLowerCase() + role.slice(1);
}

/** First words that name something and keep their capital at the start of a role. */
const KEEP_CAPITAL = new Set(["Ministry"]);
