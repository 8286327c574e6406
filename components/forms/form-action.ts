import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { after } from "next/server";
import type { z } from "zod";
import { assertStaff } from "@/db/auth/require-staff-role";
import { getActor } from "@/db/auth/session";
import { checkPublicForm } from "@/db/involvement/spam";
import { ForbiddenError, RuleError } from "@/db/marketplace/core/types";
import { isProductMember } from "@/db/marketplace/vendor";
import { failed, fieldErrors, formValues, readForm, sent, type FormState } from "@/lib/forms/form-state";
import { isForgedOrigin } from "@/lib/forms/origin-check";
import type { Actor } from "@/lib/marketplace/authz";

// The one way to write a form action (issue #15), after dub's safe-action chain: a client per kind of
// caller, then the input schema, then the work. Every action built here runs, in order:
//   origin check → who is signed in → extra guards (.use) → zod parse of the FormData → the data layer
//   → revalidate → redirect, or the one FormState back to the page.
// Why not next-safe-action (the library dub uses): its actions answer { data, validationErrors,
// serverError } with errors nested per field (`_errors` arrays) and without what was typed, so every
// form would map that shape back to the FormState it renders, with and without JavaScript; and it needs
// zod-form-data as well. The chain below is the part of it we use, answering FormState directly.

/** Who may use an action. Members are checked against the product named by the action's bound arguments. */
export type Access =
  | { access: "public" }
  | { access: "signed-in"; signIn?: SignInPath }
  | { access: "staff" | "admin"; signIn?: SignInPath; hidden?: boolean }
  | { access: "member"; product: (...args: never[]) => string; signIn?: SignInPath };

/** Where visitors are sent to sign in: a path, or one made from the action's bound arguments. */
type SignInPath = string | ((...args: never[]) => string);

type Revalidation = string | [path: string, type: "page" | "layout"];

/** What an action's work ends with when it succeeded: paths to refresh, then a redirect or an answer. */
export type Done = { revalidate?: Revalidation[]; redirect?: string; state?: FormState };

type Base = { form: FormData; values: FormState["values"] };
type Guard<Ctx> = (ctx: Ctx & Base, args: unknown[]) => Promise<FormState | void> | FormState | void;
type InputOptions = {
  /** Checkbox groups and other repeated fields, read as lists. */
  lists?: readonly string[];
  /** Fields read as "" when the browser sent nothing (an unticked box, no radio chosen). */
  blanks?: readonly string[];
  /** Field names in page order, so the error summary reads top to bottom. */
  order?: readonly string[];
  /** Checks outside the schema whose errors are shown together with the schema's. */
  also?: (form: FormData) => FormState["errors"];
};
type ErrorOptions = {
  /** The field that access refusals and rule errors without a field of their own are shown on ("form": the summary's message). */
  field?: string;
  /** The message for a refusal instead of the data layer's own. */
  forbidden?: string;
};

/** A message for anything that is not the user's to fix; the details stay in the server log. */
export const UNEXPECTED = "Something went wrong on our side. Try again in a few minutes.";
export const FORGED = "This form was sent from another website.";

/** Rethrows Next's own control flow (redirect, notFound), which it marks with a digest. */
const isFrameworkError = (error: unknown) => typeof (error as { digest?: unknown } | null)?.digest === "string";

/** Turns a refusal or a broken rule from the data layer into errors on the page; anything else is answered in general terms. */
function answerFor(error: unknown, values: FormState["values"], options: ErrorOptions): FormState {
  const field = options.field ?? "form";
  const on = (name: string, message: string) => (name === "form" ? failed(values, {}, message) : failed(values, { [name]: message }));
  if (error instanceof ForbiddenError) return on(field, options.forbidden ?? error.message);
  if (error instanceof RuleError) return on(error.field ?? field, error.message);
  return failed(values, {}, UNEXPECTED);
}

class FormActionClient<Ctx, Input> {
  constructor(
    private readonly who: Access,
    private readonly guards: Guard<Ctx>[] = [],
    private readonly parse?: (ctx: Ctx & Base, args: unknown[]) => { data: Input } | { errors: FormState["errors"] },
    private readonly errorOptions: ErrorOptions = {},
  ) {}

  /** Adds a check that runs after the caller is known and before the input is read; returning a FormState stops the action with it. */
  use(guard: Guard<Ctx>): FormActionClient<Ctx, Input> {
    return new FormActionClient(this.who, [...this.guards, guard], this.parse, this.errorOptions);
  }

  /** Where refusals and rule errors are shown, and an optional message for refusals. */
  errors(options: ErrorOptions): FormActionClient<Ctx, Input> {
    return new FormActionClient(this.who, this.guards, this.parse, { ...this.errorOptions, ...options });
  }

  /**
   * The form's schema (or one made for this caller and these bound arguments). Its errors come back per
   * field, with what was typed; the work gets the parsed value.
   */
  input<S extends z.ZodType>(schema: S | ((ctx: Ctx & Base, args: unknown[]) => S), options: InputOptions = {}): FormActionClient<Ctx, z.output<S>> {
    const parse = (ctx: Ctx & Base, args: unknown[]) => {
      const chosen = typeof schema === "function" ? (schema as (ctx: Ctx & Base, args: unknown[]) => S)(ctx, args) : schema;
      const raw = readForm(ctx.form, options.lists);
      for (const field of options.blanks ?? []) raw[field] ??= "";
      const result = chosen.safeParse(raw);
      const errors = result.success ? {} : fieldErrors(result.error.issues, options.order);
      for (const [field, message] of Object.entries(options.also?.(ctx.form) ?? {})) errors[field] ??= message;
      return Object.keys(errors).length || !result.success ? { errors } : { data: result.data as z.output<S> };
    };
    return new FormActionClient<Ctx, z.output<S>>(this.who, this.guards, parse, this.errorOptions);
  }

  /** Runs the chain for one submission: the work's result, or the problem that stopped it (and the error behind it, if any). */
  private async execute<A extends unknown[]>(
    args: unknown[],
    form: FormData,
    work: (ctx: Ctx & Base & { input: Input }, ...args: A) => Promise<Done | FormState> | Done | FormState,
    rethrowUnexpected = false,
  ): Promise<{ result: Done | FormState } | { problem: FormState; error?: unknown }> {
    const { who, guards, parse, errorOptions } = this;
    const values = formValues(form);
    if (isForgedOrigin(await headers())) return { problem: failed(values, {}, FORGED) };
    const { actor } = await caller(who, args);
    const ctx = { form, values, actor } as unknown as Ctx & Base;
    try {
      if (who.access === "staff" || who.access === "admin") {
        try {
          assertStaff(actor, who.access === "admin" ? "admin" : undefined);
        } catch (refusal) {
          // Staff pages' own forms (hidden) answer vendors, and reviewers asking for an admin thing, with a 404.
          if (who.hidden) notFound();
          throw refusal;
        }
      }
      if (who.access === "member" && !isProductMember(actor!, call(who.product, args))) throw new ForbiddenError();
      for (const guard of guards) {
        const stop = await guard(ctx, args);
        if (stop) return { problem: stop };
      }
      const parsed = parse ? parse(ctx, args) : { data: undefined as Input };
      if ("errors" in parsed) return { problem: failed(values, parsed.errors) };
      return { result: await work({ ...ctx, input: parsed.data }, ...(args as A)) };
    } catch (error) {
      if (isFrameworkError(error)) throw error;
      if (!(error instanceof ForbiddenError || error instanceof RuleError)) {
        // A page without form state has nowhere to say "something went wrong": Next's error page does (without details in production).
        if (rethrowUnexpected) throw error;
        console.error("Form action failed:", error);
      }
      return { problem: answerFor(error, values, errorOptions), error };
    }
  }

  /**
   * The server action: `(...bound, previousState, form)`, for useActionState (bind the leading
   * arguments on the page). `work` calls the data layer and returns what to refresh and where to go,
   * or a FormState (e.g. `failed(values, …)` for a check the schema cannot make).
   */
  action<A extends unknown[]>(
    work: (ctx: Ctx & Base & { input: Input }, ...args: A) => Promise<Done | FormState> | Done | FormState,
  ): (...all: [...A, FormState, FormData]) => Promise<FormState> {
    return async (...all) => {
      const outcome = await this.execute(all.slice(0, -2), all[all.length - 1] as FormData, work);
      if ("problem" in outcome) return outcome.problem;
      return finish(outcome.result) ?? sent();
    };
  }

  /**
   * A server action for a form whose page keeps no state: `(...bound, form)`. It always ends in a
   * redirect; a problem (bad input, a refusal, a broken rule) goes to the page `onProblem` names,
   * which shows it from the query string.
   */
  redirectAction<A extends unknown[]>(
    work: (ctx: Ctx & Base & { input: Input }, ...args: A) => Promise<Done> | Done,
    onProblem: (problem: { form: FormData; state: FormState; error?: unknown }, ...args: A) => string,
  ): (...all: [...A, FormData]) => Promise<void> {
    return async (...all) => {
      const args = all.slice(0, -1) as unknown as A;
      const form = all[all.length - 1] as FormData;
      const outcome = await this.execute(args, form, work, true);
      if ("problem" in outcome) redirect(onProblem({ form, state: outcome.problem, error: outcome.error }, ...args));
      finish(outcome.result);
    };
  }
}

/**
 * How long after an action its paths are refreshed a second time. Next stamps a cached page when its
 * render ends, so a render of a static page (a spec page, say) that read the database before this
 * action's write but finished after the first refresh is kept as fresh. The second refresh catches
 * such a render unless it outlasts this too; then the page's own time-based revalidation does.
 */
export const SECOND_REFRESH_MS = 2_000;

/** Refreshes what the work changed (again once concurrent renders settle), then redirects; returns the work's own answer when it has one. */
function finish(result: Done | FormState): FormState | undefined {
  if ("status" in result) return result;
  const paths = result.revalidate ?? [];
  refresh(paths);
  if (paths.length)
    after(async () => {
      await new Promise((wake) => setTimeout(wake, SECOND_REFRESH_MS)); // the global timer, which tests can fake
      refresh(paths);
    });
  if (result.redirect) redirect(result.redirect);
  return result.state;
}

function refresh(paths: Revalidation[]) {
  for (const path of paths) {
    if (typeof path === "string") revalidatePath(path);
    else revalidatePath(...path);
  }
}

const call = <T>(fn: (...args: never[]) => T, args: unknown[]): T => (fn as (...args: unknown[]) => T)(...args);

/** The signed-in actor for every access but public; visitors are sent to sign in. */
async function caller(who: Access, args: unknown[]): Promise<{ actor?: Actor }> {
  if (who.access === "public") return {};
  const actor = await getActor();
  if (!actor) redirect(typeof who.signIn === "function" ? call(who.signIn, args) : (who.signIn ?? "/sign-in"));
  return { actor };
}

/** A client for forms anyone may send (the actor is not looked up). */
export function publicForm(): FormActionClient<object, undefined> {
  return new FormActionClient({ access: "public" });
}

/**
 * A client for signed-in forms: any account ("signed-in"), a reviewer or admin ("staff"), an admin
 * ("admin"), or a member of the product's organisation ("member"). Visitors are sent to `signIn`;
 * the wrong role gets the data layer's refusal on the page. The data layer checks again.
 */
export function signedInForm(who: Exclude<Access, { access: "public" }>): FormActionClient<{ actor: Actor }, undefined> {
  return new FormActionClient(who);
}

/**
 * The public forms' guard against bots and floods: a filled honeypot is answered as sent (and nothing
 * kept), a sender over the hourly limit gets the limit's message with what they typed.
 */
export function spamCheck(kind: string): Guard<object> {
  return async ({ form, values }) => {
    const spam = await checkPublicForm(kind, form);
    if (spam.kind === "bot") return sent();
    if (spam.kind === "limited") return failed(values, {}, spam.message);
  };
}
