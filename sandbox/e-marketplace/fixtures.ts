// Seed data of the e-Marketplace mock: produce listed by the farmers, inputs sold by a dealer.
import { seeds, type Seed } from "../runtime/collection";

const item = (id: string, name: string, value: string, unit: string, provider: string) => ({
  id,
  descriptor: { name, short_desc: `${name} (${unit})` },
  price: { currency: "USD", value },
  provider_id: provider,
  quantity: { available: { count: 50 } },
});

/** Products for the two agriculture use cases. */
export function demo(): Seed[] {
  const items = [
    item("item-maize-50kg", "Maize, 50 kg bag", "28.00", "50 kg", "prov-raghu"),
    item("item-beans-25kg", "Beans, 25 kg bag", "35.00", "25 kg", "prov-raghu"),
    item("item-coffee-10kg", "Coffee cherries, 10 kg", "22.00", "10 kg", "prov-pendo"),
    item("item-fertiliser-npk", "NPK fertiliser, 25 kg", "19.50", "25 kg", "prov-amina"),
  ];
  const providers = [
    { id: "prov-raghu", descriptor: { name: "Raghu Naidu (smallholder)" } },
    { id: "prov-pendo", descriptor: { name: "Pendo Mollel (coffee grower)" } },
    { id: "prov-amina", descriptor: { name: "Amina Yusuf (agro-dealer)" } },
  ];
  return [...seeds("e-marketplace", "catalog:Item", items, (i) => i.id), ...seeds("e-marketplace", "catalog:Provider", providers, (p) => p.id)];
}

/** e-Marketplace has no GovStack suite. */
export function suite(): Seed[] {
  return [];
}
