// Predicates over parsed YAML values, for reading fields of objects that have not been validated yet.

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The value when it is a string, else the fallback: for reading optional fields of unvalidated objects. */
export function str(value: unknown, fallback: string): string {
  return typeof value === "string" ? value : fallback;
}
