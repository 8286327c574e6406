// Seed data of the Digital Registries mock: narrative registries for the use cases, and the
// GovStack suite's fixtures (registry "registryname" version "111", PascalCase fields).
import { seeds, type Seed } from "../runtime/collection";

const rec = (uuid: string, content: Record<string, unknown>) => ({ uuid, content });
const u = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

/** Narrative demo data: civil registry, MCTS, farmers, cadastre, households, learners, advisory content. */
export function demo(): Seed[] {
  const civil = [
    { id: "IN378129127223", firstName: "Sowmya", lastName: "Rao", birthCertificateId: "BC-1996-0412", birthDate: "1996-04-12", sex: "F", district: "Lakeside" },
    {
      id: "IN390029120500",
      firstName: "Ravi",
      lastName: "Rao",
      birthCertificateId: "BC-2025-0220",
      birthDate: "2025-02-20",
      sex: "M",
      district: "Lakeside",
      motherId: "IN378129127223",
    },
    {
      id: "IN334569121212",
      firstName: "Sona",
      lastName: "Achieng",
      birthCertificateId: "BC-1988-1103",
      birthDate: "1988-11-03",
      sex: "F",
      district: "Lakeside",
    },
    {
      id: "IN401122334455",
      firstName: "Raghu",
      lastName: "Naidu",
      birthCertificateId: "BC-1979-0707",
      birthDate: "1979-07-07",
      sex: "M",
      district: "Hillview",
    },
    {
      id: "IN401122334466",
      firstName: "Amina",
      lastName: "Yusuf",
      birthCertificateId: "BC-1985-0130",
      birthDate: "1985-01-30",
      sex: "F",
      district: "Market Town",
    },
    {
      id: "TZ402233445566",
      firstName: "Pendo",
      lastName: "Mollel",
      birthCertificateId: "BC-1990-0915",
      birthDate: "1990-09-15",
      sex: "F",
      district: "Riverbend",
    },
    {
      id: "GHA-403344556-7",
      firstName: "Kofi",
      lastName: "Mensah",
      birthCertificateId: "BC-1961-0302",
      birthDate: "1961-03-02",
      sex: "M",
      district: "Eastfield",
    },
    {
      id: "GHA-718205934-2",
      firstName: "Ama",
      lastName: "Mensah",
      birthCertificateId: "BC-1964-0621",
      birthDate: "1964-06-21",
      sex: "F",
      district: "Eastfield",
    },
    {
      id: "NE404455667788",
      firstName: "Cherifa",
      lastName: "Benali",
      birthCertificateId: "BC-1994-1218",
      birthDate: "1994-12-18",
      sex: "F",
      district: "Northgate",
    },
  ];
  const farmers = [
    {
      id: "FRM-0001",
      citizenId: "IN401122334455",
      firstName: "Raghu",
      lastName: "Naidu",
      crops: ["maize", "beans"],
      farmSizeHa: 2.5,
      parcelId: "PCL-77-102",
      phone: "+000 555 0101",
      role: "seller",
    },
    {
      id: "FRM-0002",
      citizenId: "TZ402233445566",
      firstName: "Pendo",
      lastName: "Mollel",
      crops: ["coffee", "bananas"],
      farmSizeHa: 1.2,
      parcelId: "PCL-31-008",
      phone: "+000 555 0102",
      role: "seller",
    },
    { id: "FRM-0003", citizenId: "IN401122334466", firstName: "Amina", lastName: "Yusuf", crops: [], farmSizeHa: 0, phone: "+000 555 0103", role: "buyer" },
  ];
  const cadastre = [
    { id: "PCL-77-102", ownerId: "IN401122334455", district: "Hillview", areaHa: 2.5, landUse: "arable" },
    { id: "PCL-31-008", ownerId: "TZ402233445566", district: "Riverbend", areaHa: 1.2, landUse: "arable" },
  ];
  const households = [
    {
      id: "HH-2024-0001",
      headId: "GHA-403344556-7",
      headName: "Kofi Mensah",
      members: 5,
      elderly: 1,
      children: 2,
      district: "Eastfield",
      pmtScore: 21.4,
      status: "registered",
    },
    {
      id: "HH-2024-0002",
      headId: "NE404455667788",
      headName: "Cherifa Benali",
      members: 2,
      elderly: 0,
      children: 1,
      district: "Northgate",
      pmtScore: 48.9,
      status: "registered",
    },
  ];
  const learners = [
    {
      id: "LRN-0001",
      citizenId: "NE404455667788",
      firstName: "Cherifa",
      lastName: "Benali",
      course: "Digital bookkeeping",
      cohort: "2025-A",
      status: "enrolled",
    },
  ];
  const advisory = [
    { id: "ADV-001", title: "Fall armyworm: early signs in maize", crop: "maize", author: "Dr. Lina Mwangi", published: "2025-03-01" },
    { id: "ADV-002", title: "Coffee leaf rust: pruning and spraying", crop: "coffee", author: "Dr. Lina Mwangi", published: "2025-03-08" },
  ];
  const mcts = [
    {
      id: "MCTS1",
      start: "2025-03-14",
      expiry: "2027-03-14",
      child: { citizenId: "IN390029120500", firstName: "Ravi", lastName: "Rao", birthDate: "2025-02-20" },
      caretaker: { citizenId: "IN378129127223", firstName: "Sowmya", lastName: "Rao", phone: "+000 555 0142" },
    },
  ];
  const reg = (name: string, version: string, items: Record<string, unknown>[], offset: number): Seed[] =>
    items.map((content, i) => ({
      bb: "digital-registries",
      collection: `reg:${name}:${version}`,
      id: String(content.id ?? u(offset + i)),
      data: rec(u(offset + i), content),
    }));
  const dbs = [
    ["civil-registry", civil.length],
    ["mcts", mcts.length],
    ["farmers", farmers.length],
    ["cadastre", cadastre.length],
    ["households", households.length],
    ["learners", learners.length],
    ["advisory-content", advisory.length],
  ].map(([name], i) => ({
    id: i + 1,
    version: "1.0",
    name,
    institution: "Sandbox government",
    numberFormat: "{indexNoByCode}",
    schema: { type: "object", properties: {} },
    isDraft: false,
    isDisabled: false,
    isArchived: false,
    modifiedAt: "2025-01-01T00:00:00Z",
  }));
  return [
    ...reg("civil-registry", "1.0", civil, 100),
    ...reg("mcts", "1.0", mcts, 200),
    ...reg("farmers", "1.0", farmers, 300),
    ...reg("cadastre", "1.0", cadastre, 400),
    ...reg("households", "1.0", households, 500),
    ...reg("learners", "1.0", learners, 600),
    ...reg("advisory-content", "1.0", advisory, 700),
    ...seeds("digital-registries", "databases", dbs, (d) => String(d.id)),
  ];
}

/** GovStack compliance-suite fixtures. */
export function suite(): Seed[] {
  const people: Array<[string, Record<string, unknown>]> = [
    ["80bcb084-fa17-11ed-be56-0242ac120002", { ID: "EE378129127223", FirstName: "Billy", LastName: "Johnson", BirthCertificateID: "RR-1112223331" }],
    [u(901), { ID: "EE6546273487865", FirstName: "Eva", LastName: "Smith", BirthCertificateID: "EE6546273487865" }],
    [u(902), { ID: "EE123627348834", FirstName: "John", LastName: "Bon", BirthCertificateID: "RR-3334537999" }],
    [u(903), { ID: "EE34462734834865", FirstName: "Alex", LastName: "Green", BirthCertificateID: "RR-5554443332" }],
    [u(904), { ID: "EE61287673487865", FirstName: "Alise", LastName: "Black", BirthCertificateID: "RR-5554443333" }],
    [u(905), { ID: "EE6534523487865", FirstName: "Zyra", LastName: "Blue", BirthCertificateID: "RR-5554443334" }],
    [u(906), { ID: "EE700000000001", FirstName: "Alice", LastName: "Kask", BirthCertificateID: "RR-7000000001" }],
    [u(907), { ID: "EE700000000002", FirstName: "Jack", LastName: "Tamm", BirthCertificateID: "RR-7000000002" }],
    [u(908), { ID: "EE700000000003", FirstName: "Bob", LastName: "Saar", BirthCertificateID: "RR-7000000003" }],
    [u(909), { ID: "EE700000000004", FirstName: "Casandra", LastName: "Mets", BirthCertificateID: "RR-7000000004" }],
    [u(910), { ID: "EE700000000005", FirstName: "Olga", LastName: "Lepp", BirthCertificateID: "RR-7000000005" }],
    // A person whose first name is two words, for reads by full first name.
    [u(911), { ID: "EE700000000006", FirstName: "John Helmut", LastName: "Lepp", BirthCertificateID: "RR-7000000006" }],
  ];
  const usage = ["EE378129127223", "EE334569121212", "EE390029120500", "EE378129277266"].map((userId, i) => ({
    id: u(950 + i),
    userId,
    databaseId: "MCTS",
    readerId: "90000009",
    readerInitials: "DR",
    readerInstitutionId: "90000009",
    readerInstitutionName: "District health office",
    readerApplicationName: "digitalregistries",
    searchDateTime: "2025-03-20T10:15:00Z",
    refrences: [{ ReferenceId: "MCTS1" }],
  }));
  return [
    ...people.map(([id, content]) => ({
      bb: "digital-registries" as const,
      collection: "reg:registryname:111",
      id: String(content.ID),
      data: rec(id, content),
    })),
    ...seeds("digital-registries", "usage", usage, (x) => x.id),
  ];
}
