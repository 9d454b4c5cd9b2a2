/**
 * A social-media account written as a credit's name: the handle, after the platform or an account noun or alone
 * ("Instagram @harbour_lens", "TikTok/@harbour.lens", "akun Instagram @harbour_lens", "@harbour_lens"). An account
 * posts; it is no outlet that runs stories, so a line naming it credits the poster, not a publisher.
 * Group "handle" is the account's name without the @.
 */
export const SOCIAL_ACCOUNT = /^(?:\p{L}+(?:\s+\p{L}+){0,2}\s*[/:·-]?\s*)?@(?<handle>[\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)*)\.?$/u;

/** Social platforms a credit may name: each carries posts by anyone, and runs no stories of its own. */
const SOCIAL_PLATFORMS = ["Instagram", "Facebook", "Twitter", "X", "TikTok", "YouTube", "WhatsApp", "Telegram", "Threads", "Bluesky", "Mastodon", "Reddit", "Snapchat", "LinkedIn", "Weibo", "WeChat", "VK", "Douyin"];

/**
 * A credit naming a platform, alone or before what was taken from it in small letters ("Instagram", "Instagram
 * screenshot taken Sat Jan 18", "Facebook post, March 3"): where a picture or a text was found, no outlet.
 */
export const SOCIAL_PLATFORM_ITEM = new RegExp(`^(?:${SOCIAL_PLATFORMS.join("|")})(?:\\s*[,:/-]?\\s+\\p{Ll}[^\\n]*)?\\.?$`, "u");
