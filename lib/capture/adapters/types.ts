/**
 * Case detection: one adapter per case-management system knows where that system's pages keep the case
 * reference, the person, and the decision (refined-github's rule: one place knows each host's DOM).
 */

/** What the content script reports about the case on the page. All fields are page text, trimmed and capped. */
export interface DetectedCase {
  /** The case-management system, e.g. "CaseBook"; the host name when no adapter knows the site. */
  system: string;
  caseReference: string;
  /** The child or adult the case is about. */
  subject?: string;
  /** The recorded decision or outcome, without its "Decision:" label. */
  decision?: string;
  /** Who made the decision, with their role when the page gives it: "Daniel Ashworth-Kerr, Team Manager". */
  decisionMaker?: string;
  /** The decision-maker's team or agency. */
  decisionTeam?: string;
}

export interface CaseAdapter {
  /** Cheap test on the address alone: is this page possibly one of this system's? */
  matches(url: URL): boolean;
  /** Reads the case from the page, or null when the page shows no case (a list, a login page). */
  detect(doc: Document, url: URL): DetectedCase | null;
}

/**
 * A case site the user (or their IT, by managed policy) describes in settings, for systems without a
 * built-in adapter. Validated by custom-adapter-schema.ts before it is stored.
 */
export interface CustomAdapter {
  id: string;
  name: string;
  /** A match pattern or glob: `https://case.example.gov.uk/*`, `*://*.example.gov.uk/cases/*`, `case.example.gov.uk/*`. */
  urlPattern: string;
  caseReferenceSelector?: string;
  /** Regular-expression source applied to the selector's text, or to the page text without a selector; group 1 if present. */
  caseReferencePattern?: string;
  decisionSelector?: string;
  decisionMakerSelector?: string;
  subjectSelector?: string;
}
