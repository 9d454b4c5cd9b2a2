import { describe, expect, it } from "vitest";
import { refuseAddress } from "../../src/ingest/addressPolicy.ts";

describe("refuseAddress", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.8.9.10", "loopback"],
    ["::1", "loopback"],
    ["10.0.0.5", "private"],
    ["172.16.3.4", "private"],
    ["192.168.1.1", "private"],
    ["fd12:3456::1", "private"],
    ["169.254.1.1", "link-local"],
    ["fe80::1", "link-local"],
    ["100.64.0.1", "carrier-grade NAT"],
    ["224.0.0.251", "multicast"],
    ["ff02::1", "multicast"],
    ["169.254.169.254", "metadata"],
    ["fd00:ec2::254", "metadata"],
    ["0.0.0.0", "unspecified"],
    ["::", "unspecified"],
    ["255.255.255.255", "broadcast"],
    ["::ffff:127.0.0.1", "IPv4-mapped IPv6"],
    ["::ffff:8.8.8.8", "IPv4-mapped IPv6"],
    ["64:ff9b::a00:1", "IPv4-embedding IPv6"],
    ["2002:a00:1::", "IPv4-embedding IPv6"],
    ["192.0.2.7", "reserved"],
    ["example.com", "not an IP address"],
  ])("refuses %s (%s)", (address, reason) => expect(refuseAddress(address)).toBe(reason));

  it.each(["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111"])("allows the public address %s", (address) => expect(refuseAddress(address)).toBeUndefined());

  it("allows loopback only when a test asks, and never the other refused ranges", () => {
    expect(refuseAddress("127.0.0.1", { allowLoopback: true })).toBeUndefined();
    expect(refuseAddress("::1", { allowLoopback: true })).toBeUndefined();
    expect(refuseAddress("::ffff:127.0.0.1", { allowLoopback: true })).toBe("IPv4-mapped IPv6");
    expect(refuseAddress("10.0.0.1", { allowLoopback: true })).toBe("private");
  });
});
