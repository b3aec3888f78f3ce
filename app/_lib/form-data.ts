// What server actions read from a submitted form. A plain module (not "use server"): only actions import it.

/** A text field's value, or undefined when the form did not send it as text (missing, or a file). */
export function text(formData: FormData, key: string): string | undefined {
  const value = formData.get(key);
  return typeof value === "string" ? value : undefined;
}

/** Every text value of a repeated field (checkboxes, attachment ids), in the order sent. */
export function list(formData: FormData, key: string): string[] {
  return formData.getAll(key).filter((value): value is string => typeof value === "string");
}
