// Money is integer minor units and a currency everywhere; this is how it reads on a page: "35.00 EUR".

/** "35.00 EUR" for 3500 and "EUR". All our currencies (EUR, USD, GBP) have two decimals. */
export function formatMoney(amountMinor: number, currency: string): string {
  const sign = amountMinor < 0 ? "-" : "";
  const absolute = Math.abs(Math.trunc(amountMinor));
  const major = Math.floor(absolute / 100).toLocaleString("en-US");
  const minor = String(absolute % 100).padStart(2, "0");
  return `${sign}${major}.${minor} ${currency.toUpperCase()}`;
}
