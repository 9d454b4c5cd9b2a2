/**
 * Several addresses added to a case from the Edit menu, one request after the other (the server fetches each page with
 * its URL-import safety): a failure keeps the others, an address the case already holds counts as there, and a refusal
 * that would refuse every later request too (rate limit, token) stops the batch and says what was not tried.
 */

/** An Error from a write, with the HTTP status it came with. */
export interface WriteError extends Error {
  status?: number;
}

export interface BatchReport {
  added: number;
  already: number;
  failed: { address: string; reason: string }[];
  /** Addresses not tried because the server refused all changes for now. */
  notTried: string[];
}

/**
 * Statuses after which no later request of the batch can succeed: no valid token (401) or too many changes for now (429).
 * Not 403: the server also answers it for one address it refuses to fetch (a private address), which says nothing of the next.
 */
const STOPS_THE_BATCH = new Set([401, 429]);

/** The addresses in a field: separated by spaces or line breaks, each once, in order. */
export function splitAddresses(value: string): string[] {
  return [...new Set(value.split(/\s+/).filter((a) => a !== ""))];
}

/** Adds each address with `add`, telling `progress` before each; 409 (already in the case) counts as there. */
export async function addAddresses(addresses: readonly string[], add: (address: string) => Promise<void>, progress: (done: number, total: number) => void): Promise<BatchReport> {
  const report: BatchReport = { added: 0, already: 0, failed: [], notTried: [] };
  for (let i = 0; i < addresses.length; i++) {
    const address = addresses[i] as string;
    progress(i, addresses.length);
    try {
      await add(address);
      report.added++;
    } catch (e) {
      const status = (e as WriteError).status;
      if (status === 409) report.already++;
      else report.failed.push({ address, reason: (e as Error).message });
      if (status !== undefined && STOPS_THE_BATCH.has(status)) {
        report.notTried = addresses.slice(i + 1);
        break;
      }
    }
  }
  progress(addresses.length - report.notTried.length, addresses.length);
  return report;
}

/** The report in a sentence or two, failures named with their reasons. */
export function describeBatch(report: BatchReport, total: number): string {
  const parts = [`Added ${report.added} of ${total}`];
  if (report.already > 0) parts.push(`${report.already} already in the case`);
  if (report.failed.length > 0) parts.push(`${report.failed.length} failed: ${report.failed.map((f) => `${f.address} (${f.reason})`).join("; ")}`);
  let text = `${parts.join(", ")}.`;
  if (report.notTried.length > 0) text += ` ${report.notTried.length} not tried; add them again later (what was added is skipped).`;
  return text;
}
