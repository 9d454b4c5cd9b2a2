/** The V8 flags every claimtrail process starts with (bin/nodeFlags.js says why). */
export declare const NODE_FLAGS: readonly string[];
