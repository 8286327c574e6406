// Password strength by estimated guessability (zxcvbn-ts: common passwords, names, words, dates,
// keyboard patterns, l33t), not by length alone. Server-side only: the dictionaries are large.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";

/** zxcvbn score 3 = "safely unguessable: moderate protection from offline slow-hash attacks". */
export const MIN_PASSWORD_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;
function getEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  return estimator;
}

/**
 * Checks a new password. Words from the account's own name and email count against it.
 * @returns undefined when strong enough, otherwise one plain sentence saying what to change.
 */
export function passwordWeakness(password: string, userInputs: string[] = []): string | undefined {
  // Each word, and the words run together ("Ada Lovelace" → "adalovelace", "ada.l@x.org" → "adal").
  const inputs = userInputs
    .flatMap((s) => {
      const lower = s.toLowerCase().split("@")[0]!;
      return [...lower.split(/[^\p{L}\p{N}]+/u), lower.replace(/[^\p{L}\p{N}]+/gu, "")];
    })
    .filter((s) => s.length >= 3);
  const result = getEstimator().check(password, inputs);
  if (result.score >= MIN_PASSWORD_SCORE) return undefined;
  const why = result.feedback.warning ? `${result.feedback.warning.replace(/\.?$/, ".")} ` : "";
  const tip = result.feedback.suggestions[0] ?? "Add another word or two.";
  return `This password is too easy to guess. ${why}${tip} A few unrelated words work well.`;
}
