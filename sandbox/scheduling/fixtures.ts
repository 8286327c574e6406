// Seed data of the Scheduler mock: clinic days, extension visits, classes, subscribers and alerts.
import { seeds, type Seed } from "../runtime/collection";

const item = (id: string, details: Record<string, unknown>) => ({ id, details });

/** Narrative data for the use cases. */
export function demo(): Seed[] {
  return [
    ...seeds(
      "scheduling",
      "entity",
      [
        item("entity_id:301", { name: "Lakeside Health Centre", category: "health-facility" }),
        item("entity_id:302", { name: "Hillview Extension Office", category: "agriculture-office" }),
      ],
      (i) => i.id,
    ),
    ...seeds(
      "scheduling",
      "resource",
      [
        item("resource_id:501", { name: "Sona Achieng (CHW)", category: "health-worker", entity_id: "entity_id:301" }),
        item("resource_id:502", { name: "Grace (extension officer)", category: "extension-officer", entity_id: "entity_id:302" }),
      ],
      (i) => i.id,
    ),
    ...seeds(
      "scheduling",
      "event",
      [
        item("event_id:12345", {
          name: "Postnatal clinic day",
          category: "health-clinic",
          host_entity_id: "entity_id:301",
          status: "open",
          from: "2025-05-12T08:00:00Z",
          to: "2025-05-12T13:00:00Z",
        }),
        item("event_id:12346", {
          name: "Live class: digital bookkeeping",
          category: "remote-class",
          host_entity_id: "entity_id:302",
          status: "open",
          from: "2025-05-14T16:00:00Z",
          to: "2025-05-14T17:00:00Z",
        }),
      ],
      (i) => i.id,
    ),
    ...seeds(
      "scheduling",
      "subscriber",
      [
        item("subscriber_id:701", { name: "Sowmya Rao", category: "expectant-mothers", phone: "+000 555 0142", alert_preference: "sms" }),
        item("subscriber_id:702", { name: "Pendo Mollel", category: "coffee-farmers", phone: "+000 555 0102", alert_preference: "sms" }),
      ],
      (i) => i.id,
    ),
    ...seeds(
      "scheduling",
      "message",
      [item("message_id:410", { name: "Clinic reminder", content: "Your postnatal check-up is tomorrow at Lakeside Health Centre." })],
      (i) => i.id,
    ),
    ...seeds(
      "scheduling",
      "alert_schedule",
      [
        item("alert_schedule_id:801", {
          event_id: "event_id:12345",
          target_category: "expectant-mothers",
          message_id: "message_id:410",
          alert_datetime: "2025-05-11T07:00:00Z",
        }),
      ],
      (i) => i.id,
    ),
  ];
}

/** The Scheduler has no GovStack suite. */
export function suite(): Seed[] {
  return [];
}
