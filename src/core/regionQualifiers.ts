/**
 * Words that make a region of the place after them ("Metro Manila", "Greater London", "North Jakarta", "South Tyrol"),
 * lower case: with a place after them the whole is a place, and never an outlet's brand and the place it serves.
 */
export const REGION_QUALIFIERS: readonly string[] = ["metro", "metropolitan", "greater", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower", "inner", "outer", "downtown", "old"];
