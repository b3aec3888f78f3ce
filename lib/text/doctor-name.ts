/** Doctors are addressed as "Dr. Irina Volkova", never "Dr. Dr. Irina Volkova" when the name already says so. */
export function doctorName(name: string): string {
  return /^dr\.?\s/i.test(name) ? name : `Dr. ${name}`;
}
