// The words that end an organisation's name and say what kind it is ("Bramble Recruitment", "Walnut Family Court").
import type { OrganisationKind } from "./organisation-detection";

/** Endings that also close a description ("Job Centre", "Public Law"): before them a prefix word must name. */
export const DESCRIBED_ENDINGS =
  `centre center theatre law project hub network alliance association society club federation
  playgroup pre-school preschool house museum library partnership forum`.split(/\s+/u);

/** Words that end an organisation's trading name ("Bramble Recruitment", "Tower Interpreting Ltd"). */
export const ORGANISATION_ENDINGS: [RegExp, OrganisationKind][] = [
  [
    /^(?:recruitment|recruit|personnel|resourcing|staffing|locums|search|selection|associates|consulting|consultancy|consultants|ltd|limited|plc|llp|group|solutions|partners|workforce|talent|agency)$/u,
    "agency",
  ],
  [
    /^(?:interpreting|interpreters|translation|translations|translators|languages|linguistics|linguists)$/u,
    "interpreting",
  ],
  [
    /^(?:hospital|hosp|infirmary|hospice|surgery|clinic|ward|maternity|neonatal|nicu|scbu|picu|ambulance)$/u,
    "hospital",
  ],
  [/^(?:care|housing|hostel|hostels|refuge|lodge|lodgings|services|advice|solicitors|chambers|cic|cio)$/u, "employer"],
  [/^(?:magistrates|magistrates['’])$/u, "court"],
  [/^(?:police|constabulary)$/u, "police"],
  [/^(?:school|primary|high|college|nursery|pru|juniors|infants)$/u, "school"],
  [
    /^(?:mosque|church|gurdwara|temple|synagogue|chapel|cathedral|masjid|tabernacle|ministries|fellowship)$/u,
    "worship",
  ],
  [/^(?:prison)$/u, "prison"],
  [
    /^(?:fostering|adoption|ifa|healthcare|homes|childcare|nurseries|academy|academies|trust|foundation|charity)$/u,
    "employer",
  ],
  [new RegExp(`^(?:${DESCRIBED_ENDINGS.join("|")})$`, "u"), "employer"],
  [/^(?:assessments)$/u, "agency"],
];

/** Two-word endings: "Family Court", "Social Care", "NHS Trust" … */
export const ORGANISATION_TWO_WORD_ENDINGS: [string, OrganisationKind][] = [
  ["family court", "court"],
  ["youth court", "court"],
  ["county court", "court"],
  ["combined court", "court"],
  ["crown court", "court"],
  ["magistrates court", "court"],
  ["magistrates' court", "court"],
  ["magistrates’ court", "court"],
  ["justice centre", "court"],
  ["hearing centre", "court"],
  ["family centre", "employer"],
  ["children's centre", "employer"],
  ["children’s centre", "employer"],
  ["contact centre", "employer"],
  ["resource centre", "employer"],
  ["youth centre", "employer"],
  ["community centre", "employer"],
  ["children's home", "employer"],
  ["children’s home", "employer"],
  ["social care", "agency"],
  ["supported living", "employer"],
  ["young carers", "employer"],
  ["ambulance service", "hospital"],
  ["social work", "agency"],
  ["care solutions", "agency"],
  ["language services", "interpreting"],
  ["nhs trust", "hospital"],
  ["foundation trust", "hospital"],
  ["children's hospital", "hospital"],
  ["children’s hospital", "hospital"],
  ["general hospital", "hospital"],
  ["university hospital", "hospital"],
  ["medical centre", "hospital"],
  ["health centre", "hospital"],
  ["medical practice", "hospital"],
  ["civic offices", "employer"],
  ["civic centre", "employer"],
  ["town hall", "employer"],
  ["county hall", "employer"],
  ["group practice", "hospital"],
  ["high school", "school"],
  ["primary school", "school"],
  ["secondary school", "school"],
  ["grammar school", "school"],
  ["infant school", "school"],
  ["junior school", "school"],
  ["sixth form", "school"],
];

/** A word that ends an organisation's trading name ("recruitment", "trust", "clinic"). */
export function isOrganisationEnding(folded: string): boolean {
  return ORGANISATION_ENDINGS.some(([pattern]) => pattern.test(folded));
}
