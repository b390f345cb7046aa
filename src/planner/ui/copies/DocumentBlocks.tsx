/**
 * The PDF's document blocks (pdf/pageLayout.ts `Block`) as HTML, for printing an edition from the
 * browser: headings, paragraphs, lists, label and value pairs, tables with header cells, and each
 * drawing (a point's picture, a drawn signature, the eco-map) as inline SVG with its alternative
 * text. The blocks come from the same reading of the plan as the PDF's, so the words are the same.
 */
import type { ReactNode } from 'react';
import type { Block, DrawOp, Rgb } from '../../pdf/pageLayout';

const colour = (rgb: Rgb | undefined) => (rgb ? `rgb(${rgb.map((c) => Math.round(c * 255)).join(' ')})` : 'none');

/** One drawing operation in SVG: PDF coordinates (y up) turned over inside a box `height` high. */
function DrawnOp({ op, height }: { op: DrawOp; height: number }) {
  const y = (v: number) => height - v;
  switch (op.op) {
    case 'text':
      return (
        <text
          x={op.x}
          y={y(op.y)}
          fontSize={op.size}
          fontWeight={op.font === 'bold' ? 700 : 400}
          fill={colour(op.color)}
        >
          {op.text}
        </text>
      );
    case 'rect':
      return (
        <rect
          x={op.x}
          y={y(op.y + op.height)}
          width={op.width}
          height={op.height}
          fill={colour(op.fill)}
          stroke={colour(op.stroke)}
          strokeWidth={op.lineWidth ?? 1}
        />
      );
    case 'line':
      return (
        <line
          x1={op.x1}
          y1={y(op.y1)}
          x2={op.x2}
          y2={y(op.y2)}
          stroke={colour(op.color)}
          strokeWidth={op.width}
          strokeDasharray={op.dash?.join(' ')}
        />
      );
    case 'ellipse':
      return (
        <ellipse
          cx={op.x}
          cy={y(op.y)}
          rx={op.rx}
          ry={op.ry}
          fill={colour(op.fill)}
          stroke={colour(op.stroke)}
          strokeWidth={op.lineWidth ?? 1}
          strokeDasharray={op.dash?.join(' ')}
        />
      );
    case 'svgPath':
      // The path's own origin (y down) at (x, y), scaled; its line `width` is in points on the page.
      return (
        <path
          d={op.path}
          transform={`translate(${op.x} ${y(op.y)}) scale(${op.scale})`}
          fill={colour(op.fill)}
          stroke={colour(op.color)}
          strokeWidth={op.width / op.scale}
          strokeLinecap="round"
          strokeLinejoin="miter"
        />
      );
  }
}

/** A drawing `width` × `height` points, with its alternative text as its accessible name. */
function Drawing({
  width,
  height,
  label,
  ops,
  className,
}: {
  width: number;
  height: number;
  label: string;
  ops: DrawOp[];
  className: string;
}) {
  return (
    <svg className={className} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      {ops.map((op, i) => (
        <DrawnOp key={i} op={op} height={height} />
      ))}
    </svg>
  );
}

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;

/** `below`: levels to lower every heading by (a second language's half sits under the first's title). */
function BlockView({ block, below }: { block: Block; below: number }): ReactNode {
  switch (block.kind) {
    case 'heading': {
      const Heading = HEADINGS[Math.min(HEADINGS.length, block.level + below) - 1];
      return <Heading>{block.text}</Heading>;
    }
    case 'paragraph': {
      const text = block.font === 'bold' ? <strong>{block.text}</strong> : block.text;
      return <p className={`edition-doc__p edition-doc__p--${block.style ?? 'body'}`}>{text}</p>;
    }
    case 'list':
      return (
        <ul>
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
    case 'fields':
      return (
        <dl className="summary-list edition-doc__fields">
          {block.rows.map((row, i) => (
            <div key={i} className="summary-list__row">
              <dt className="summary-list__key">{row.label}</dt>
              <dd className="summary-list__value">{row.value}</dd>
            </div>
          ))}
        </dl>
      );
    case 'table':
      return (
        <table className="edition-doc__table">
          <thead>
            <tr>
              {block.columns.map((column, i) => (
                <th key={i} scope="col">
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'figure':
      return (
        <Drawing
          className="edition-doc__figure"
          width={block.width}
          height={block.height}
          label={block.label}
          ops={block.draw(0, block.height)}
        />
      );
    case 'keepTogether':
      return (
        <div className="edition-doc__together">
          <DocumentBlocks blocks={block.blocks} below={below} />
        </div>
      );
    case 'language':
      return (
        <div lang={block.lang}>
          <DocumentBlocks blocks={block.blocks} below={below} />
        </div>
      );
    case 'pageBreak':
      return <div className="edition-doc__page-break" />;
    case 'spacer':
      // Room only the PDF's fixed pages need.
      return null;
    case 'point': {
      const { picture } = block;
      return (
        <div className="edition-doc__point">
          {picture && (
            <Drawing
              className="edition-doc__picture"
              width={picture.size}
              height={picture.size}
              label={picture.label}
              ops={picture.draw(0, picture.size)}
            />
          )}
          <div>
            {block.paragraphs.map((runs, i) => (
              <p key={i}>
                {runs.map((run, j) => (run.font === 'bold' ? <strong key={j}>{run.text}</strong> : run.text))}
              </p>
            ))}
          </div>
        </div>
      );
    }
  }
}

/**
 * `below` lowers every heading by that many levels: a bilingual edition's second language has its own
 * title, which must not be a second h1 on the page.
 */
export function DocumentBlocks({ blocks, below = 0 }: { blocks: readonly Block[]; below?: number }) {
  return (
    <>
      {blocks.map((block, i) => (
        <BlockView key={i} block={block} below={below} />
      ))}
    </>
  );
}
