package io.github.kudos.site;

/**
 * A published profile's celebration kit, for its page: the share card (1200x630 PNG, also the
 * page's og:image) and the badge the profile may put on its own site. URLs ending in Url are
 * root-prefixed, AbsoluteUrl absolute; cardText and badgeText are what they say (for alt text). snippet is the badge's HTML for another site (a link back
 * with rel="nofollow" around the badge image): plain text, to show escaped, never with ?no_esc.
 */
public record ShareView(String cardUrl, String cardAbsoluteUrl, String cardText, int cardWidth, int cardHeight,
                        String badgeUrl, String badgeAbsoluteUrl, String badgeText, int badgeWidth, int badgeHeight,
                        String snippet) {}
