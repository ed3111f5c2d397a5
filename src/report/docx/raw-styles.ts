/**
 * The styles docx has no options for, built as styles.xml elements: Word's base styles (Normal,
 * Default Paragraph Font, Normal Table) and the report's table style Rapporttabell (header row
 * bold and shaded under a dark rule, total row bold over one, light rules between rows).
 */
import { ImportedXmlComponent } from 'docx';
import { COLOUR, TABLE_STYLE } from './look.ts';

/** An element of styles.xml that docx has no option for (a table style), built from its parts. */
function el(name: string, attributes: Record<string, string> = {}, ...children: ImportedXmlComponent[]): ImportedXmlComponent {
  const component = new ImportedXmlComponent(name, Object.keys(attributes).length > 0 ? attributes : undefined);
  for (const child of children) component.push(child);
  return component;
}

const val = (name: string, v: string) => el(name, { 'w:val': v });
const rule = (side: string, size: number, color: string) =>
  el(`w:${side}`, { 'w:val': 'single', 'w:sz': String(size), 'w:space': '0', 'w:color': color });
const margin = (side: string, w: number) => el(`w:${side}`, { 'w:w': String(w), 'w:type': 'dxa' });
const bold = () => el('w:rPr', {}, el('w:b'), el('w:bCs'));

/** Word's base styles, which the others are based on: Normal paragraphs and the plain table. */
export function baseStyles(): ImportedXmlComponent[] {
  return [
    el('w:style', { 'w:type': 'paragraph', 'w:default': '1', 'w:styleId': 'Normal' }, val('w:name', 'Normal'), el('w:qFormat')),
    el(
      'w:style',
      { 'w:type': 'character', 'w:default': '1', 'w:styleId': 'DefaultParagraphFont' },
      val('w:name', 'Default Paragraph Font'),
      val('w:uiPriority', '1'),
      el('w:semiHidden'),
      el('w:unhideWhenUsed'),
    ),
    el(
      'w:style',
      { 'w:type': 'table', 'w:default': '1', 'w:styleId': 'TableNormal' },
      val('w:name', 'Normal Table'),
      val('w:uiPriority', '99'),
      el('w:semiHidden'),
      el('w:unhideWhenUsed'),
      el(
        'w:tblPr',
        {},
        el('w:tblInd', { 'w:w': '0', 'w:type': 'dxa' }),
        el('w:tblCellMar', {}, margin('top', 0), margin('left', 108), margin('bottom', 0), margin('right', 108)),
      ),
    ),
  ];
}

/** The table style: header row (firstRow) bold and shaded under a dark rule, total row (lastRow) bold over one, light rules between rows. */
export function tableStyle(): ImportedXmlComponent {
  return el(
    'w:style',
    { 'w:type': 'table', 'w:customStyle': '1', 'w:styleId': TABLE_STYLE },
    val('w:name', TABLE_STYLE),
    val('w:basedOn', 'TableNormal'),
    val('w:uiPriority', '59'),
    el('w:qFormat'),
    el('w:pPr', {}, el('w:spacing', { 'w:before': '0', 'w:after': '0', 'w:line': '240', 'w:lineRule': 'auto' })),
    el('w:rPr', {}, val('w:sz', '20'), val('w:szCs', '20')),
    el(
      'w:tblPr',
      {},
      el('w:tblBorders', {}, rule('bottom', 4, COLOUR.rule), rule('insideH', 4, COLOUR.rule)),
      el('w:tblCellMar', {}, margin('top', 45), margin('left', 85), margin('bottom', 45), margin('right', 85)),
    ),
    el(
      'w:tblStylePr',
      { 'w:type': 'firstRow' },
      bold(),
      el('w:tblPr'),
      el(
        'w:tcPr',
        {},
        el('w:tcBorders', {}, rule('bottom', 12, COLOUR.text)),
        el('w:shd', { 'w:val': 'clear', 'w:color': 'auto', 'w:fill': COLOUR.headerFill }),
      ),
    ),
    el(
      'w:tblStylePr',
      { 'w:type': 'lastRow' },
      bold(),
      el('w:tblPr'),
      el('w:tcPr', {}, el('w:tcBorders', {}, rule('top', 12, COLOUR.text))),
    ),
  );
}
