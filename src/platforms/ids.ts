/** Platform ids, shared by adapters and by packs that list campaign accounts per platform. */
export const PLATFORM_IDS = ['x', 'facebook', 'instagram', 'tiktok', 'youtube', 'threads', 'linkedin', 'whatsapp'] as const;
export type PlatformId = (typeof PLATFORM_IDS)[number];
