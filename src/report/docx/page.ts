/**
 * The Word document's page: A4 portrait with the HTML report's print margins, and the text width
 * every table and image is fitted into. Word measures in twentieths of a point (twips, "DXA").
 */

/** A4 in twips. */
export const PAGE = { width: 11906, height: 16838 } as const;

/** 20 mm top and bottom, 18 mm left and right (as the HTML report's @page), header and footer 10 mm from the edge. */
export const MARGIN = { top: 1134, bottom: 1134, left: 1020, right: 1020, header: 567, footer: 567 } as const;

/** The width of the text between the margins, in twips (9866, about 174 mm). */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** The text width in CSS pixels (96 per inch), the unit docx's image sizes are given in. */
export const TEXT_WIDTH_PX = Math.floor((TEXT_WIDTH / 1440) * 96);
