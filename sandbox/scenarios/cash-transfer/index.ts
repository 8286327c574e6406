// Unconditional Social Cash Transfer (INST-1): the real calls behind each journey step.
import * as bb from "../bb";
import type { ScenarioContext, ScenarioModule } from "../types";

const SERVICE = "svc-cash-transfer";
const AGREEMENT = "4";
const hhId = (nationalId: string) => `HH-${nationalId}`;

async function household(s: ScenarioContext) {
  const a = await bb.registeredApplicant(s, SERVICE, "register-household");
  return { ...a, name: String(a.data.headName ?? "Kofi Mensah") };
}

export const cashTransfer: ScenarioModule = {
  "cash-transfer/announce-programme": async (s) => {
    const { input } = s;
    const alert = await bb.schedule(s, "alert_schedule", {
      name: "Cash transfer registration opens",
      target_category: "low-income-households",
      districts: input.districts,
      alert_datetime: `${input.opens}T08:00:00Z`,
    });
    const sent = await bb.sendMessage(
      s,
      [bb.smsAddress("+233 24 555 0142"), bb.smsAddress("+233 24 555 0100")],
      "Support for families",
      String(input.message),
      true,
    );
    if (!bb.ok(alert.res) || !bb.ok(sent)) return { status: "error", summary: "The announcement could not be scheduled; see the calls below." };
    return {
      status: "ok",
      summary: `Registration opens on ${input.opens} in ${input.districts}; the announcement is scheduled and the first messages went out.`,
      records: { alertScheduleId: alert.id },
    };
  },

  "cash-transfer/register-household": async (s) => {
    const { input } = s;
    const nationalId = String(input.nationalId).trim();
    await bb.signIn(s, "social-registry-app", false);
    const consent = await bb.recordConsent(s, AGREEMENT, nationalId, input.consent === true);
    const app = await bb.submitApplication(s, SERVICE, nationalId, String(input.headName), {
      headId: nationalId,
      headName: input.headName,
      members: Number(input.members),
      elderly: Number(input.elderly),
      income: Number(input.income),
      consentToShare: consent.optIn,
    });
    const doc = await s.call("registration", "POST", "/documents", {
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: { file: "SGFtbGV0IGNlcnRpZmljYXRl" },
    });
    if (!bb.ok(app.res) || !bb.ok(doc)) return { status: "error", summary: "The registration did not complete; see the calls below." };
    const records = { fileId: app.fileId, consentRecordId: consent.recordId };
    return consent.optIn
      ? { status: "ok", summary: `The ${input.headName} household (${input.members} people) is registered with its supporting document.`, records }
      : {
          status: "unhappy",
          summary:
            "The family did not agree to share its data with other ministries. The registration is kept but cannot be verified, so it does not go forward to eligibility.",
          records,
        };
  },

  "cash-transfer/verify-household": async (s) => {
    const h = await household(s);
    const consent = await bb.consentGiven(s, h.nationalId, AGREEMENT);
    if (!consent.optIn)
      return {
        status: "unhappy",
        summary: `The ${h.name} household did not agree to share its data when it registered (step 2), so other registries cannot be checked and it cannot be verified. Register it again with consent to go on.`,
      };
    const person = await bb.registryRead(s, "civil-registry", { id: h.nationalId });
    const tax = await bb.registryExists(s, "tax-registry", { id: h.nationalId });
    if (!person.record)
      return {
        status: "unhappy",
        summary: `The civil registry has no match for ${h.nationalId}: the record is flagged for correction and held back from the eligibility decision.`,
      };
    // Registration writes the verified household to the social registry itself (a BB-to-BB call).
    const rec = await bb.registryUpsert(s.as("registration"), "households", {
      id: hhId(h.nationalId),
      headId: h.nationalId,
      headName: h.name,
      members: h.data.members,
      elderly: h.data.elderly,
      income: h.data.income,
      taxDeclared: tax.found,
      status: "verified",
    });
    if (!bb.ok(rec)) return { status: "error", summary: "The verified household could not be stored; see the calls below." };
    return {
      status: "ok",
      summary: `Identity confirmed; ${tax.found ? "declared income found in the tax registry" : "no declared income in the tax registry"}. The household is in the social registry as ${hhId(h.nationalId)}.`,
      records: { householdId: hhId(h.nationalId) },
    };
  },

  "cash-transfer/decide-eligibility": async (s) => {
    const h = await household(s);
    const tasks = await s.call("registration", "GET", "/tasks", { query: { fileId: h.file.fileId } });
    const taskId = Array.isArray(tasks.body) ? String((tasks.body[0] as Record<string, unknown>)?.taskId ?? "") : "";
    if (!taskId) return { status: "error", summary: "No eligibility task was found for the household." };
    const score = s.unhappy === "not-eligible" ? 52 : Number(s.input.pmtScore);
    const eligible = score < Number(s.input.threshold);
    const done = await bb.completeTask(s, taskId, eligible ? "APPROVED" : "REJECTED", { pmtScore: score, package: s.input.package });
    if (!bb.ok(done)) return { status: "error", summary: "The decision could not be saved; see the calls below." };
    return eligible
      ? {
          status: "ok",
          summary: `Score ${score} is below the threshold ${s.input.threshold}: the household qualifies for “${s.input.package}”.`,
          records: { taskId },
        }
      : {
          status: "unhappy",
          summary: `Score ${score} is above the threshold ${s.input.threshold}: the household does not qualify. It is told why and how to appeal (step 7).`,
          records: { taskId },
        };
  },

  "cash-transfer/enrol-beneficiary": async (s) => {
    const h = await household(s);
    const ben = await bb.registerBeneficiary(s, h.nationalId, s.input.method === "Bank account" ? "00" : "01", String(s.input.account));
    const upd = await bb.updateApplication(s, h.file, { recipient: s.input.recipient, method: s.input.method, account: s.input.account });
    if (!bb.ok(ben) || !bb.ok(upd)) return { status: "error", summary: "Enrolment failed; see the calls below." };
    return {
      status: "ok",
      summary: `${s.input.recipient} will receive the household's payments by ${String(s.input.method).toLowerCase()}.`,
      records: { payeeIdentity: h.nationalId },
    };
  },

  "cash-transfer/pay-transfer": async (s) => {
    const h = await household(s);
    const account = String(h.data.account ?? "+233 24 555 0142");
    const payees = [s.unhappy === "payment-failed" ? `closed-${account}` : account, "+233 24 555 0100"];
    const batch = await bb.payBatch(s, payees, Number(s.input.amount), String(s.input.currency), "Monthly cash transfer");
    if (!bb.ok(batch.res))
      return { status: "unhappy", summary: "The payment provider refused the batch (insufficient funds). Nobody was paid this time.", records: {} };
    const mine = batch.transfers[0];
    if (mine?.status === "FAILED")
      return {
        status: "unhappy",
        summary: `The transfer to the ${h.name} household failed (${String(mine.statusDetail)}). Ana sees it in the failed list and can re-issue it as a voucher.`,
        records: { batchId: batch.batchId },
      };
    return {
      status: "ok",
      summary: `Batch ${batch.batchId.slice(0, 8)}… accepted: ${s.input.amount} ${s.input.currency} paid to the ${h.name} household.`,
      records: { batchId: batch.batchId },
    };
  },

  "cash-transfer/handle-grievance": async (s) => {
    const h = await household(s);
    const proc = await bb.startProcess(s, "proc-grievance", "maria", { household: h.nationalId, type: s.input.type, details: s.input.details });
    const meet = await bb.schedule(s, "appointment", {
      name: `Grievance meeting: ${h.name}`,
      entity_id: "entity_id:302",
      from: `${s.input.meetingDate}T10:00:00Z`,
    });
    if (!bb.ok(proc.res) || !bb.ok(meet.res)) return { status: "error", summary: "The case could not be opened; see the calls below." };
    return {
      status: "ok",
      summary: `Case ${proc.id} (“${s.input.type}”) is open and a meeting is booked on ${s.input.meetingDate}.`,
      records: { instanceId: proc.id, appointmentId: meet.id },
    };
  },

  "cash-transfer/monitor-programme": async (s) => {
    const stats = await bb.statistics(s);
    const hh = await s.call("digital-registries", "GET", "/data/households/1.0");
    const inst = await s.call("workflow", "GET", "/instances/");
    const ev = await bb.schedule(s, "event", { name: "Programme review meeting", category: "review", from: "2026-06-30T09:00:00Z" });
    if (!bb.ok(stats) || !bb.ok(hh) || !bb.ok(inst)) return { status: "error", summary: "The figures could not be read; see the calls below." };
    const row = Array.isArray(stats.body) ? (stats.body[0] as Record<string, number>) : {};
    return {
      status: "ok",
      summary: `Applications processed: ${row.processed ?? "?"}; households in the social registry: ${String(bb.bodyOf(hh).count ?? "?")}; open cases: ${Array.isArray(inst.body) ? inst.body.length : "?"}. A review is scheduled.`,
      records: { eventId: ev.id },
    };
  },

  "cash-transfer/update-recertify": async (s) => {
    const h = await household(s);
    const id = hhId(h.nationalId);
    let upd = await bb.registryUpdate(s, "households", { id }, { lastChange: s.input.change, lastChangeDate: s.input.date, status: "recertification" });
    if (upd.status === 404) {
      await s.prerequisite("verify-household");
      upd = await bb.registryUpdate(s, "households", { id }, { lastChange: s.input.change, lastChangeDate: s.input.date, status: "recertification" });
    }
    if (upd.status === 404) {
      // Never verified (e.g. no consent in step 2): there is no social-registry record to update yet.
      return {
        status: "unhappy",
        summary: `The ${h.name} household is not in the social registry yet: it was never verified${h.data.consentToShare === false ? ", because it did not agree to share its data in step 2" : ""}. Nothing was changed; verify the household first (step 3).`,
      };
    }
    const proc = await bb.startProcess(s, "proc-recertification", "maria", { household: id, change: s.input.change });
    const alert = await bb.schedule(s, "alert_schedule", {
      name: "Recertification due",
      target_category: "households",
      household: id,
      alert_datetime: `${s.input.date}T08:00:00Z`,
    });
    if (!bb.ok(upd) || !bb.ok(proc.res) || !bb.ok(alert.res)) return { status: "error", summary: "The change could not be saved; see the calls below." };
    return {
      status: "ok",
      summary: `“${s.input.change}” is recorded for ${id}; a recertification has started and the household will be reminded.`,
      records: { householdId: id, instanceId: proc.id },
    };
  },
};
