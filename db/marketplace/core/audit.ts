import type { Db } from "../../client";
import { auditLog } from "../../schema";

export type AuditEntry = {
  actorId: string | null;
  actorLabel: string;
  organisationId?: string | null;
  productId?: string | null;
  action: string;
  detail?: Record<string, unknown>;
};

/** Appends one entry to the audit log. */
export function writeAudit(db: Db, entry: AuditEntry): void {
  db.insert(auditLog)
    .values({
      at: new Date().toISOString(),
      actorId: entry.actorId,
      actorLabel: entry.actorLabel,
      organisationId: entry.organisationId ?? null,
      productId: entry.productId ?? null,
      action: entry.action,
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
    })
    .run();
}
