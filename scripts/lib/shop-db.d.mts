export function seededVersion(url: string): Promise<string | null>
export function findPublishableKey(url: string): Promise<string | null>
export function regionOffersProvider(url: string, providerId: string): Promise<boolean>
