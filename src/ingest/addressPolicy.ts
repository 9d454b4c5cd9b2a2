/** Which network addresses a URL import may connect to: public unicast only, so a pasted URL cannot reach the server's own network. */
import ipaddr from "ipaddr.js";

/** Why an address is refused, in words a user can act on. */
export type RefusalReason =
  | "metadata"
  | "loopback"
  | "private"
  | "link-local"
  | "carrier-grade NAT"
  | "multicast"
  | "unspecified"
  | "broadcast"
  | "IPv4-mapped IPv6"
  | "IPv4-embedding IPv6"
  | "reserved"
  | "not an IP address";

/** Cloud instance-metadata endpoints, named apart because they are the classic target. */
export const METADATA_ADDRESSES: readonly string[] = ["169.254.169.254", "fd00:ec2::254", "169.254.170.2", "100.100.100.200"];

/** ipaddr.js range names mapped to the reason we give; any range not listed here except "unicast" is "reserved". */
const RANGE_REASON: Record<string, RefusalReason> = {
  loopback: "loopback",
  private: "private",
  uniqueLocal: "private",
  linkLocal: "link-local",
  carrierGradeNat: "carrier-grade NAT",
  multicast: "multicast",
  unspecified: "unspecified",
  broadcast: "broadcast",
  ipv4Mapped: "IPv4-mapped IPv6",
  // These IPv6 ranges carry an IPv4 address inside them (NAT64, 6to4, Teredo, SIIT): a way around the IPv4 rules.
  rfc6052: "IPv4-embedding IPv6",
  rfc6145: "IPv4-embedding IPv6",
  "6to4": "IPv4-embedding IPv6",
  teredo: "IPv4-embedding IPv6",
};

export interface AddressPolicyOptions {
  /** Allow 127.0.0.0/8 and ::1: for tests against a local server only; the CLI never sets it. */
  allowLoopback?: boolean;
}

/** Returns why an IP address must not be connected to, or undefined when it is a public unicast address. */
export function refuseAddress(address: string, options: AddressPolicyOptions = {}): RefusalReason | undefined {
  if (!ipaddr.isValid(address)) return "not an IP address";
  const parsed = ipaddr.parse(address);
  const normal = parsed.toString();
  if (METADATA_ADDRESSES.some((m) => ipaddr.parse(m).toString() === normal)) return "metadata";
  const range = parsed.range();
  if (range === "unicast") return undefined;
  if (range === "loopback" && options.allowLoopback) return undefined;
  return RANGE_REASON[range] ?? "reserved";
}
