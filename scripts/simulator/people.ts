// Realistic customers, carts, amounts and lenders. Money is integer cents; it becomes
// text ("1299.99") or a JSON number (1299.99) only when a body is written.
import type { Random } from "./random";

const FIRST = [
  "Olivia",
  "Liam",
  "Emma",
  "Noah",
  "Ava",
  "Mateo",
  "Sophia",
  "Elijah",
  "Isabella",
  "James",
  "Mia",
  "Lucas",
  "Amelia",
  "Benjamin",
  "Harper",
  "Daniel",
  "Camila",
  "Henry",
  "Aaliyah",
  "Wei",
  "Priya",
  "José",
  "Zoë",
  "Siobhan",
  "Kwame",
  "Yuki",
  "Dmitri",
  "Fatima",
  "Renée",
  "Tomás",
];
const LAST = [
  "Smith",
  "Johnson",
  "Williams",
  "Brown",
  "Garcia",
  "Miller",
  "Davis",
  "Rodriguez",
  "Martinez",
  "Hernandez",
  "Lopez",
  "Wilson",
  "Anderson",
  "Thomas",
  "Moore",
  "Jackson",
  "Lee",
  "Nguyen",
  "Patel",
  "Kim",
  "O'Connor",
  "Müller",
  "Okafor",
  "Rossi",
  "Cohen",
  "Novak",
  "Ivanova",
  "Haddad",
  "Sato",
  "Fitzgerald",
];
const DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "protonmail.com"];
const STREETS = [
  "Main St",
  "Oak Ave",
  "Maple Dr",
  "Cedar Ln",
  "Park Blvd",
  "Elm St",
  "Washington Ave",
  "Lakeview Rd",
  "Sunset Blvd",
  "Highland Ave",
];
const CITIES: readonly (readonly [string, string, string])[] = [
  ["New York", "NY", "10001"],
  ["Brooklyn", "NY", "11201"],
  ["Austin", "TX", "78701"],
  ["Houston", "TX", "77002"],
  ["Miami", "FL", "33101"],
  ["Orlando", "FL", "32801"],
  ["Chicago", "IL", "60601"],
  ["Denver", "CO", "80202"],
  ["Seattle", "WA", "98101"],
  ["Phoenix", "AZ", "85004"],
  ["Atlanta", "GA", "30303"],
  ["Columbus", "OH", "43215"],
  ["Portland", "OR", "97204"],
  ["Nashville", "TN", "37203"],
  ["San Diego", "CA", "92101"],
];

/** What merchants selling on financing sell: [sku, name, category, unit price in cents]. */
const PRODUCTS: readonly (readonly [string, string, string, number])[] = [
  ["SOFA-3S-GRY", "Linen 3-seat sofa, grey", "Furniture", 189_900],
  ["MATT-QN-HYB", "Hybrid queen mattress", "Mattresses", 129_999],
  ["MATT-KG-MEM", "Memory foam king mattress", "Mattresses", 159_900],
  ["BED-FRM-OAK", "Solid oak bed frame", "Furniture", 74_950],
  ["TV-65-OLED", '65" OLED TV', "Electronics", 219_999],
  ["LAP-14-PRO", '14" laptop, 32 GB', "Electronics", 189_900],
  ["FRG-FD-36", '36" French-door refrigerator', "Appliances", 249_900],
  ["WSH-FL-45", "Front-load washer 4.5 cu ft", "Appliances", 89_999],
  ["DRY-EL-74", "Electric dryer 7.4 cu ft", "Appliances", 84_999],
  ["BIKE-E-CMT", "Commuter e-bike", "Sporting goods", 169_500],
  ["TRD-MILL-X", "Folding treadmill", "Fitness", 99_900],
  ["RNG-PT-6", "Platinum ring, 0.6 ct", "Jewelry", 349_000],
  ["WTCH-DVR-42", "Dive watch, 42 mm", "Jewelry", 118_000],
  ["TIRE-SET-18", 'Set of four 18" all-season tires', "Automotive", 96_400],
  ["HVAC-MS-12K", "Mini-split heat pump 12,000 BTU", "Home improvement", 279_900],
  ["GRILL-PRO-4", "4-burner gas grill", "Outdoor", 64_999],
  ["DESK-STD-60", 'Standing desk, 60"', "Office", 59_900],
  ["CHAIR-ERG", "Ergonomic office chair", "Office", 42_500],
];

export const LENDERS = [
  { lenderId: "lender_finara", lenderName: "Finara", productType: "Installments" },
  { lenderId: "lender_acme", lenderName: "Acme Credit", productType: "LineOfCredit" },
  { lenderId: "lender_northwind", lenderName: "Northwind Lending", productType: "Installments" },
  { lenderId: "lender_bluefin", lenderName: "Bluefin", productType: "LeaseToOwn" },
  { lenderId: "lender_sunrise", lenderName: "Sunrise Pay", productType: "LineOfCredit" },
] as const;
export type Lender = (typeof LENDERS)[number];

export type Customer = {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  street1: string;
  city: string;
  state: string;
  zipcode: string;
};
export type CartItem = {
  sku: string;
  displayName: string;
  category: string;
  unitCents: number;
  quantity: number;
  unitTaxCents: number;
};
export type Cart = {
  items: CartItem[];
  shippingCents: number;
  taxCents: number;
  subtotalCents: number;
  totalCents: number;
};

export function customer(random: Random): Customer {
  const firstName = random.pick(FIRST);
  const lastName = random.pick(LAST);
  const local = `${firstName}.${lastName}`
    .normalize("NFD")
    .replace(/[^A-Za-z.]/g, "")
    .toLowerCase();
  const [city, state, zipcode] = random.pick(CITIES);
  return {
    firstName,
    lastName,
    email: `${local}${random.chance(0.5) ? random.int(1, 99) : ""}@${random.pick(DOMAINS)}`,
    phone: `${random.pick(["212", "512", "305", "312", "720", "206", "602", "404", "614", "503", "615", "619"])}555${String(random.int(0, 9999)).padStart(4, "0")}`,
    street1: `${random.int(1, 9899)} ${random.pick(STREETS)}`,
    city,
    state,
    zipcode,
  };
}

/** One to three products, 8.25 % tax, sometimes shipping. */
export function cart(random: Random): Cart {
  const items = random
    .shuffle(PRODUCTS)
    .slice(0, random.int(1, 3))
    .map(([sku, displayName, category, unitCents]) => {
      const quantity = random.chance(0.15) ? 2 : 1;
      return { sku, displayName, category, unitCents, quantity, unitTaxCents: Math.round(unitCents * 0.0825) };
    });
  const subtotalCents = items.reduce((sum, item) => sum + item.unitCents * item.quantity, 0);
  const taxCents = items.reduce((sum, item) => sum + item.unitTaxCents * item.quantity, 0);
  const shippingCents = random.pick([0, 0, 4_900, 9_900, 14_900]);
  return { items, shippingCents, taxCents, subtotalCents, totalCents: subtotalCents + taxCents + shippingCents };
}

/** An amount a lender offers around a cart total, on whole dollars: e.g. 2500.00 for a 2,188.49 cart. */
export function creditLine(random: Random, totalCents: number): number {
  return Math.ceil((totalCents * (1 + random.int(0, 60) / 100)) / 50_000) * 50_000;
}

/** Cents as exact decimal text: 129999 → "1299.99". Never cents / 100. */
export function centsText(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** Cents as the JSON number ChargeAfter sends: Number("1299.99"). */
export function centsNumber(cents: number): number {
  return Number(centsText(cents));
}
