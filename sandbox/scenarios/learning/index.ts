// Remote Learning (EDU-1): the real calls behind each journey step.
import * as bb from "../bb";
import type { ScenarioContext, ScenarioModule } from "../types";

const SERVICE = "svc-remote-learning";
const AGREEMENT = "5";
const learnerId = (nationalId: string) => `LRN-${nationalId}`;

async function learner(s: ScenarioContext) {
  const a = await bb.applicantOf(s, SERVICE, "join-verify-pay");
  return a && { ...a, name: String(a.data.fullName ?? "Cherifa") };
}

export const learning: ScenarioModule = {
  "learning/join-verify-pay": async (s) => {
    const { input } = s;
    const nationalId = String(input.nationalId).trim();
    const login = await bb.signIn(s, "learning-app");
    if (!login.ok)
      return {
        status: "unhappy",
        summary: `${input.fullName}'s identity could not be confirmed. Her account stays “waiting for verification” and she is not enrolled until Paul resolves it.`,
      };
    const consent = await bb.recordConsent(s, AGREEMENT, nationalId, input.consent === true);
    const app = await bb.submitApplication(s, SERVICE, nationalId, String(input.fullName), {
      citizenId: nationalId,
      fullName: input.fullName,
      course: input.course,
      analytics: consent.optIn,
    });
    const taskId = bb.ok(app.res) ? await bb.taskOf(s, app.fileId) : undefined;
    const done = taskId ? await bb.completeTask(s, taskId, "APPROVED") : undefined;
    const bill = await bb.inquireBill(s, `FEE-${bb.shortId().slice(0, 6)}`);
    // Registration records the enrolled learner in the learner registry itself (a BB-to-BB call).
    const rec = await bb.registryUpsert(s.as("registration"), "learners", {
      id: learnerId(nationalId),
      citizenId: nationalId,
      name: input.fullName,
      course: input.course,
      status: "enrolled",
      analytics: consent.optIn,
    });
    if (!bb.ok(app.res) || !done || !bb.ok(done) || !bb.ok(rec)) return { status: "error", summary: "Enrolment did not complete; see the calls below." };
    const fee = bb.ok(bill) ? "the course fee is checked (this course is free for her)" : "the fee check was not available";
    const records = { fileId: app.fileId, learnerId: learnerId(nationalId) };
    return consent.optIn
      ? { status: "ok", summary: `${input.fullName} is enrolled in “${input.course}”; ${fee}.`, records }
      : {
          status: "unhappy",
          summary: `${input.fullName} is enrolled but said no to learning analytics: she studies as normal and is left out of the figures in the last step.`,
          records,
        };
  },

  "learning/publish-course": async (s) => {
    const proc = await bb.startProcess(s, "proc-course-publication", "samira", { unit: s.input.unitTitle });
    const ev = await bb.schedule(s, "event", {
      name: `Live class: ${s.input.liveClass}`,
      category: "remote-class",
      from: `${s.input.opensOn}T19:00:00Z`,
      unit: s.input.unitTitle,
    });
    if (!bb.ok(proc.res) || !bb.ok(ev.res)) return { status: "error", summary: "The course could not be published; see the calls below." };
    return {
      status: "ok",
      summary: `“${s.input.unitTitle}” is published and opens on ${s.input.opensOn}; live classes are scheduled (${s.input.liveClass}).`,
      records: { instanceId: proc.id, eventId: ev.id },
    };
  },

  "learning/study-assess": async (s) => {
    const l = await learner(s);
    const late = s.unhappy === "deadline-missed";
    const proc = await bb.startProcess(s, "proc-assignment-marking", "cherifa", { answer: s.input.answer, learner: l?.nationalId, late });
    const sent = await bb.sendMessage(
      s,
      [bb.emailOf("Samira")],
      late ? "Late exercise to review" : "Exercise to mark",
      `${l?.name ?? "A learner"} handed in: ${String(s.input.answer)}`,
    );
    const reminder = await bb.schedule(s, "alert_schedule", {
      name: "Next exercise reminder",
      target_category: "learners",
      alert_datetime: "2026-03-02T08:00:00Z",
    });
    if (!bb.ok(proc.res) || !bb.ok(sent) || !bb.ok(reminder.res))
      return { status: "error", summary: "The exercise could not be handed in; see the calls below." };
    return late
      ? {
          status: "unhappy",
          summary: "The deadline had passed: the exercise is marked late, and Samira decides whether to accept it.",
          records: { instanceId: proc.id },
        }
      : { status: "ok", summary: "The exercise is handed in for marking; Samira is notified and the next reminder is set.", records: { instanceId: proc.id } };
  },

  "learning/earn-certificate": async (s) => {
    const l = await learner(s);
    const id = learnerId(l?.nationalId ?? "NE404455667788");
    // The certificate is a fact about the learner, kept in the learners' registry where employers can check it
    // (Identity's wallet binding only registers a wallet key as a sign-in factor; it holds no certificates).
    const certificate = { course: s.input.course, result: s.input.result, issuedOn: s.input.issuedOn };
    // Registration, which enrolled the learner, writes it there itself (a BB-to-BB call).
    const rec = await bb.registryUpdate(s.as("registration"), "learners", { id }, { id, status: "certified", certificate });
    await bb.sendMessage(
      s,
      [bb.smsAddress("+227 90 00 00 00")],
      "Your certificate",
      `Congratulations: your certificate for “${s.input.course}” is recorded; a copy is on your phone.`,
    );
    const ev = await bb.schedule(s, "event", { name: "Certificate ceremony", category: "remote-class", from: "2026-06-05T17:00:00Z" });
    if (!bb.ok(rec)) return { status: "error", summary: "The certificate could not be recorded; see the calls below." };
    return {
      status: "ok",
      summary: `The certificate for “${s.input.course}” is recorded on ${l?.name ?? "Cherifa"}'s learner record, where employers and schools can check it.`,
      records: { learnerId: id, eventId: ev.id },
    };
  },

  "learning/monitor-archive": async (s: ScenarioContext) => {
    const l = await learner(s);
    const consent = l ? await bb.consentGiven(s, l.nationalId, AGREEMENT) : { optIn: false };
    const stats = await bb.statistics(s);
    await bb.sendMessage(s, [bb.emailOf("Samira"), bb.emailOf("Paul")], "Cohort report", "The cohort report is ready.", true);
    const proc = await bb.startProcess(s, "proc-cohort-archive", "paul", { retentionDays: s.input.retentionDays });
    const del = l ? await s.call("digital-registries", "DELETE", `/data/learners/1.0/${learnerId(l.nationalId)}/delete`) : undefined;
    if (!bb.ok(stats) || !bb.ok(proc.res)) return { status: "error", summary: "The report or archive failed; see the calls below." };
    const row = Array.isArray(stats.body) ? (stats.body[0] as Record<string, number>) : {};
    return {
      status: "ok",
      summary: `Report: ${row.processed ?? "?"} enrolments processed${consent.optIn ? "" : " (one learner left out: no consent to analytics)"}. The cohort is archived and ${del && bb.ok(del) ? "the learner record was deleted" : "no learner record was left to delete"} after ${s.input.retentionDays} days' notice.`,
      records: { instanceId: proc.id },
    };
  },
};
