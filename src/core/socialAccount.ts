/**
 * A social-media account written as a credit's name: the handle, after the platform or an account noun or alone
 * ("Instagram @harbour_lens", "TikTok/@harbour.lens", "akun Instagram @harbour_lens", "@harbour_lens"). An account
 * posts; it is no outlet that runs stories, so a line naming it credits the poster, not a publisher.
 * Group "handle" is the account's name without the @.
 */
export const SOCIAL_ACCOUNT = /^(?:\p{L}+(?:\s+\p{L}+){0,2}\s*[/:·-]?\s*)?@(?<handle>[\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)*)\.?$/u;
