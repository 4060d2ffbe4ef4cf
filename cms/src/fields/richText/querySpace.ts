/**
 * Stands for a space inside a slash-menu query. Payload's "/" menu ends its query at
 * the first space, so "/tieu de" would close it; the editor plugin types this blank
 * (U+2800, drawn as a space, not a space to the menu) instead while a longer term
 * still matches, and turns it back into a space when the menu is left.
 */
export const QUERY_SPACE = '\u2800'
