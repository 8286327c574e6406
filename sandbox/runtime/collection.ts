// A typed view of one collection of a BB's records in a namespace.
import { deleteRecord, getRecord, listRecords, putRecord } from "@/db/sandbox";
import type { BbId } from "../types";

/** Seed fixture: one record of a BB collection. */
export type Seed = { bb: BbId; collection: string; id: string; data: unknown };

/** get/put/delete/list for the records of one collection, bound to a namespace and a BB. */
export function collection<T = Record<string, unknown>>(ctx: { ns: string; bb: BbId }, name: string) {
  return {
    get: (id: string) => getRecord<T>(ctx.ns, ctx.bb, name, id),
    put: (id: string, data: T) => putRecord(ctx.ns, ctx.bb, name, id, data),
    delete: (id: string) => deleteRecord(ctx.ns, ctx.bb, name, id),
    list: () => listRecords<T>(ctx.ns, ctx.bb, name),
  };
}

/** Builds seed rows for one collection from a list of documents and a function naming each id. */
export function seeds<T>(bb: BbId, name: string, items: T[], idOf: (item: T) => string): Seed[] {
  return items.map((data) => ({ bb, collection: name, id: idOf(data), data }));
}
