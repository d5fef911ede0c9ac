import type { Location } from "../diagnostics.js";
import type { MeshService } from "../model/kuma.js";

/** A MeshService the zone should have, with the source location that caused it. */
export interface Desired extends MeshService {
  readonly at: Location;
}
