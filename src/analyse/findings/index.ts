/**
 * Findings: what a fact-checker should look at, each with the articles involved, the edges and exact words it rests on,
 * and plain sentences a teacher could read out. One module per finding kind, all reading one FindingInputs.
 */
import type { Finding } from "../../graph/types.ts";
import { quoteGroups, travellingTogether } from "../quoteGroups.ts";
import { alteredQuotes } from "./alteredQuote.ts";
import { amplification } from "./amplification.ts";
import { anonymousEcho } from "./anonymousEcho.ts";
import { circularReporting } from "./circularReporting.ts";
import { claimedIndependence } from "./claimedIndependence.ts";
import { claimOutlivesDebunk } from "./claimOutlivesDebunk.ts";
import { confirmedUnnamed } from "./confirmedUnnamed.ts";
import { drift } from "./drift.ts";
import { emptyCredits } from "./emptyCredit.ts";
import type { FindingInputs } from "./inputs.ts";
import { laundering } from "./laundering.ts";
import { oneNamedSource } from "./oneNamedSource.ts";
import { quantityDrift, withPairDrift } from "./numberDrift.ts";
import { quoteAttributionDrift } from "./quoteAttributionDrift.ts";
import { quotationsOnTheirWords } from "./quoteWords.ts";
import { recycledQuotes } from "./recycledQuote.ts";
import { storyAmplification } from "./storyAmplification.ts";
import { syndication } from "./syndication.ts";
import { uncreditedCopies } from "./uncreditedCopy.ts";
import { unnamedChorus } from "./unnamedChorus.ts";

export { confident, type FindingInputs } from "./inputs.ts";
export { presentingAsTrue } from "./claimViews.ts";
export { articleName } from "./wording.ts";

/** Every finding of a case, in the order a teacher would present them. */
export function findFindings(inputs: FindingInputs): Finding[] {
  const groups = quoteGroups(inputs.relations, inputs.readings);
  const drifted = drift(inputs);
  const recycled = recycledQuotes(inputs, travellingTogether(groups));
  const quoted = [...recycled.findings, ...alteredQuotes(inputs, groups)];
  // Each claim is stated as amplified once: by the first of these that finds it so.
  const { findings: amplified, claims: covered } = amplification(inputs);
  const named = oneNamedSource(inputs, covered);
  for (const f of named) if (f.claim) covered.add(f.claim);
  const story = storyAmplification(inputs, covered, [...amplified, ...named]);
  for (const f of story) if (f.claim) covered.add(f.claim);
  amplified.push(...named, ...story, ...anonymousEcho(inputs, covered), ...claimedIndependence(inputs));
  return [
    ...amplified,
    ...circularReporting(inputs),
    ...unnamedChorus(inputs),
    ...quoted,
    ...quotationsOnTheirWords(inputs, quoted, recycled.notNew),
    ...withPairDrift(quantityDrift(inputs), drifted.filter((f) => f.type === "number_drift")),
    ...drifted.filter((f) => f.type !== "number_drift"),
    ...confirmedUnnamed(inputs),
    ...emptyCredits(inputs),
    ...quoteAttributionDrift(inputs, drifted),
    ...uncreditedCopies(inputs),
    ...syndication(inputs),
    ...claimOutlivesDebunk(inputs),
    ...laundering(inputs),
  ];
}
