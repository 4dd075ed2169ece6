import { ogImageResponse, siteCard } from './_cards';

/** The card of every page without one of its own. */
export const GET = () => ogImageResponse(siteCard());
