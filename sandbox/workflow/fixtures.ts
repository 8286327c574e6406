// Seed data of the Workflow mock: the processes the use cases start, and one running instance.
import { seeds, type Seed } from "../runtime/collection";

const proc = (id: string, name: string, description: string, steps: string[]) => {
  const def = {
    name,
    type: "Public",
    version: "1.0",
    isExecutable: true,
    isClosed: false,
    processBody: steps.map((s, i) => ({ code: `step${i + 1}`, value: s })),
    description,
  };
  return { id, processDefinition: def, ...def };
};

/** Use-case processes. */
export function demo(): Seed[] {
  const processes = [
    proc("proc-postnatal-visit", "Postnatal follow-up visit", "CHW home visit with check-ups for mother and infant.", [
      "Book visit",
      "Visit",
      "Record findings",
    ]),
    proc("proc-delivery-release", "Marketplace delivery and escrow release", "Deliver goods, check the release code, release escrow.", [
      "Dispatch",
      "Deliver",
      "Check code",
      "Release funds",
    ]),
    proc("proc-expert-question", "Ask an expert", "Route a farmer's question to an agronomist and reply.", ["Receive question", "Assign expert", "Reply"]),
    proc("proc-grievance", "Grievance and appeal", "Handle a beneficiary's complaint or appeal.", ["Receive", "Investigate", "Decide", "Notify"]),
    proc("proc-course-publication", "Course publication", "Review and publish a course.", ["Draft", "Review", "Publish"]),
    proc("proc-recertification", "Recertification", "Recheck a household's eligibility.", ["Collect data", "Verify", "Decide"]),
    proc("proc-outreach-campaign", "Outreach campaign", "Plan and run an outreach campaign.", ["Plan", "Send", "Follow up"]),
    proc("proc-content-review", "Advisory content review", "Review new advice before it is published.", ["Submit", "Review", "Publish"]),
    proc("proc-assignment-marking", "Assignment marking", "Mark a learner's exercise and give feedback.", ["Hand in", "Mark", "Feedback"]),
    proc("proc-cohort-archive", "Cohort archive", "Archive a finished cohort and delete personal data after the retention period.", [
      "Report",
      "Archive",
      "Delete",
    ]),
  ];
  const instances = [
    { id: 1, processRef: "proc-postnatal-visit", initTime: "2025-03-20T08:00:00.000Z", state: "ACTIVE", lastChangeTime: "2025-03-20T08:00:00.000Z" },
  ];
  return [...seeds("workflow", "processes", processes, (p) => p.id), ...seeds("workflow", "instances", instances, (i) => String(i.id))];
}

/** The Workflow suite reads element 0 of the lists; the demo data provides them. */
export function suite(): Seed[] {
  return [];
}
