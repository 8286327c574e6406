// Postpartum and Infant Care (HLTC-1): the real calls behind each journey step.
import * as bb from "../bb";
import type { ScenarioContext, ScenarioModule } from "../types";

const SERVICE = "svc-postpartum-care";
const AGREEMENT = "1";
const mctsId = (nationalId: string) => `MCTS-${nationalId}`;
/** The day of the story (the campaign in step 1): ages are counted on it, so the screen and the result agree every year. */
export const STORY_DATE = "2026-06-01";

/** Age in whole years on the story's date. */
export function ageOn(birthDate: string, on = STORY_DATE): number | undefined {
  const b = /^(\d{4})-(\d{2})-(\d{2})/.exec(birthDate);
  const d = /^(\d{4})-(\d{2})-(\d{2})/.exec(on);
  if (!b || !d) return undefined;
  const beforeBirthday = d[2]! + d[3]! < b[2]! + b[3]!;
  return Number(d[1]) - Number(b[1]) - (beforeBirthday ? 1 : 0);
}

/** The mother's application from step 2 (registering her first when there is none). */
async function mother(s: ScenarioContext) {
  const a = await bb.registeredApplicant(s, SERVICE, "register-mother");
  return { ...a, name: String(a.data.motherName ?? "the mother"), phone: String(a.data.phone ?? "") };
}

export const postpartum: ScenarioModule = {
  "postpartum/reach-mothers": async (s) => {
    const { input } = s;
    const alert = await bb.schedule(s, "alert_schedule", {
      name: input.campaignName,
      target_category: "expectant-mothers",
      language: input.language,
      alert_datetime: `${input.startDate}T08:00:00Z`,
      message: input.message,
    });
    const sent = await bb.sendMessage(s, [bb.smsAddress("+91 98450 12345")], String(input.campaignName), String(input.message));
    if (!bb.ok(alert.res) || !bb.ok(sent)) return { status: "error", summary: "The campaign could not be scheduled or sent; see the calls below." };
    return {
      status: "ok",
      summary: `“${input.campaignName}” is scheduled for ${input.startDate}, and the first message went out (simulated SMS).`,
      records: { alertScheduleId: alert.id },
    };
  },

  "postpartum/register-mother": async (s) => {
    const { input } = s;
    const nationalId = String(input.nationalId).trim();
    const login = await bb.signIn(s, "mcts-chw-app");
    if (!login.ok) return { status: "unhappy", summary: "Sona could not sign in: the identity provider refused her code. Nothing was registered." };
    await s.call("consent", "GET", `/service/data-agreement/${AGREEMENT}/`);
    const consent = await bb.recordConsent(s, AGREEMENT, nationalId, input.consent === true);
    const app = await bb.submitApplication(s, SERVICE, nationalId, String(input.motherName), {
      motherId: nationalId,
      motherName: input.motherName,
      phone: input.phone,
      birthDate: input.birthDate,
      dueDate: input.dueDate,
      chwAccess: consent.optIn,
    });
    if (!bb.ok(app.res)) return { status: "error", summary: "The Registration BB refused the application; see its answer below." };
    // Registration writes the mother to the health registry itself (a BB-to-BB call).
    const rec = await bb.registryUpsert(s.as("registration"), "mcts", {
      id: mctsId(nationalId),
      caretaker: { citizenId: nationalId, name: input.motherName, phone: input.phone, birthDate: input.birthDate },
      dueDate: input.dueDate,
      chwAccess: consent.optIn,
      fileId: app.fileId,
    });
    if (!bb.ok(rec)) return { status: "error", summary: "The record could not be stored in the MCTS registry; see the calls below." };
    const records = { fileId: app.fileId, mctsId: mctsId(nationalId), consentRecordId: consent.recordId };
    if (!consent.optIn) {
      return {
        status: "unhappy",
        summary: `${input.motherName} said no to sharing her health record. She is registered, but Sona cannot open the record; the refused consent is saved.`,
        records,
      };
    }
    return {
      status: "ok",
      summary: `${input.motherName} is registered (file ${app.fileId.slice(0, 8)}…) and stored in the MCTS registry as ${mctsId(nationalId)}.`,
      records,
    };
  },

  "postpartum/verify-eligibility": async (s) => {
    const m = await mother(s);
    const exists = await bb.registryExists(s, "civil-registry", { id: m.nationalId });
    const read = await bb.registryRead(s, "civil-registry", { id: m.nationalId });
    const taskId = await bb.taskOf(s, m.file.fileId);
    if (!taskId) return { status: "error", summary: "No review task was found for the registration." };
    if (!exists.found || !read.record) {
      await bb.completeTask(s, taskId, "SENDBACK", { reason: "National ID not found in the civil registry" });
      await bb.sendMessage(
        s,
        [bb.emailOf("Sona Achieng")],
        "Please check a registration",
        `The national ID of ${m.name} does not match the civil registry. Please correct it with her.`,
      );
      return {
        status: "unhappy",
        summary: `The civil registry has no match for ${m.nationalId}. No decision was made: the case went back to Sona to correct the details.`,
        records: { taskId, fileId: m.file.fileId },
      };
    }
    const born = String(read.record.birthDate ?? "");
    const age = ageOn(born);
    const inBand = age === undefined || (age >= 15 && age <= 49);
    const eligible = s.input.decision !== "Not eligible" && inBand;
    await bb.completeTask(s, taskId, eligible ? "APPROVED" : "REJECTED", { decision: eligible ? "APPROVED" : "REJECTED", age });
    await bb.sendMessage(
      s.as("registration"),
      [bb.smsAddress(m.phone)],
      "Your registration",
      eligible ? "You are eligible for the mother and child programme." : "You are not eligible for the programme this time. Ask your health worker why.",
    );
    return eligible
      ? {
          status: "ok",
          summary: `The civil registry confirms ${m.name}${age !== undefined ? ` (age ${age})` : ""}. She is eligible and has been told by SMS.`,
          records: { taskId, fileId: m.file.fileId },
        }
      : {
          status: "unhappy",
          summary: `${m.name} is not eligible${!inBand ? " (outside the 15–49 age band)" : ""}. She was told, with the reason, and the case is closed.`,
          records: { taskId, fileId: m.file.fileId },
        };
  },

  "postpartum/enrol-mother": async (s) => {
    const m = await mother(s);
    const { input } = s;
    const upd = await bb.updateApplication(s, m.file, {
      pregnancyWeeks: input.pregnancyWeeks,
      paymentMethod: input.paymentMethod,
      walletNumber: input.walletNumber,
    });
    const modality = input.paymentMethod === "Bank account" ? "00" : "01";
    const ben = await bb.registerBeneficiary(s, m.nationalId, modality, String(input.walletNumber));
    if (!bb.ok(upd) || !bb.ok(ben)) return { status: "error", summary: "Enrolment did not complete; see the calls below." };
    return {
      status: "ok",
      summary: `${m.name} is enrolled, and her ${String(input.paymentMethod).toLowerCase()} account is registered for incentive payments.`,
      records: { fileId: m.file.fileId, payeeIdentity: m.nationalId },
    };
  },

  "postpartum/pay-incentive": async (s) => {
    const m = await mother(s);
    const wallet = String(m.data.walletNumber ?? m.phone ?? "+91 98450 12345");
    // The unhappy path: her mobile-money account has been closed; another mother in the same batch is still paid.
    const payees = [s.unhappy === "payment-failed" ? `closed-${wallet}` : wallet, "+000 555 0142"];
    const batch = await bb.payBatch(s, payees, Number(s.input.amount), String(s.input.currency), "Postpartum incentive");
    if (!bb.ok(batch.res)) {
      return {
        status: "unhappy",
        summary: "The payment provider refused the batch (insufficient funds). Nobody was paid; the batch can be resubmitted once funds are available.",
        records: {},
      };
    }
    const mine = batch.transfers[0];
    const failed = mine?.status === "FAILED";
    // Payments tells the mother about her payment itself.
    await bb.sendMessage(
      s.as("payments"),
      [bb.smsAddress(m.phone)],
      "Incentive payment",
      failed ? "We could not pay your incentive. Your health worker will check your account." : `You received ${s.input.amount} ${s.input.currency}.`,
    );
    return failed
      ? {
          status: "unhappy",
          summary: `The payment to ${m.name} failed (${String(mine?.statusDetail ?? "account problem")}); the other mother in the batch was paid. Sona is asked to check the account.`,
          records: { batchId: batch.batchId },
        }
      : {
          status: "ok",
          summary: `Batch accepted: ${m.name} was paid ${s.input.amount} ${s.input.currency} and got a confirmation message.`,
          records: { batchId: batch.batchId },
        };
  },

  "postpartum/follow-up-care": async (s) => {
    const m = await mother(s);
    const { input } = s;
    const proc = await bb.startProcess(s, "proc-postnatal-visit", "sona", { mother: m.nationalId, infantName: input.infantName, reason: input.reason });
    const appt = await bb.schedule(s, "appointment", {
      name: `${input.reason}: ${input.infantName}`,
      resource_id: "resource_id:501",
      entity_id: "entity_id:301",
      from: `${input.visitDate}T09:00:00Z`,
      subscriber: m.nationalId,
    });
    const consent = await bb.consentGiven(s, m.nationalId, AGREEMENT);
    if (!bb.ok(proc.res) || !bb.ok(appt.res)) return { status: "error", summary: "The visit could not be booked; see the calls below." };
    const records = { instanceId: proc.id, appointmentId: appt.id };
    return consent.optIn
      ? {
          status: "ok",
          summary: `A visit for ${input.infantName} is booked on ${input.visitDate}; the clinic may read ${m.name}'s record (consent given).`,
          records,
        }
      : {
          status: "unhappy",
          summary: `A visit for ${input.infantName} is booked on ${input.visitDate}, but the clinic may not open ${m.name}'s record: she did not agree to share it when she registered (step 2). Register her again with consent to change that.`,
          records,
        };
  },

  "postpartum/monitor-update": async (s) => {
    const m = await mother(s);
    const stats = await bb.statistics(s);
    const upd = await bb.registryUpdate(
      s,
      "mcts",
      { id: mctsId(m.nationalId) },
      { child: { firstName: "Ravi", birthDate: "2026-08-18" }, status: "infant-born" },
    );
    const usage = await s.call("digital-registries", "GET", "/data/myPersonalDataUsage", { query: { userId: mctsId(m.nationalId), databaseId: "mcts" } });
    const row = Array.isArray(stats.body) ? (stats.body[0] as Record<string, number>) : {};
    const reads = Array.isArray(usage.body) ? usage.body.length : 0;
    if (!bb.ok(stats) || !bb.ok(upd)) return { status: "error", summary: "The figures or the record could not be updated; see the calls below." };
    const readsText =
      reads === 0
        ? "Nobody has read her record yet."
        : reads === 1
          ? "Her record has been read once, and that read is logged."
          : `Her record has been read ${reads} times, and each read is logged.`;
    const figures =
      row.processed === undefined ? "" : ` The programme's figures now show ${row.processed} registrations handled, ${row.approved ?? 0} of them approved.`;
    return {
      status: "ok",
      summary: `Ravi's birth is added to ${m.name}'s record ${mctsId(m.nationalId)}.${figures} ${readsText}`,
      records: { mctsId: mctsId(m.nationalId) },
    };
  },
};
